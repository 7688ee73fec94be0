package nl.openinburgering.duo.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.openinburgering.duo.UitgaandBericht;

/**
 * The outbox, table {@code duo_uitgaand} (row-level security per gemeente). A row is written in the transaction
 * that took the decision, with its berichtId fixed at that moment, so every attempt sends the same message.
 */
@Repository
public class Uitgaande {

    private static final String KOLOMMEN =
            "id, bericht_id, inburgeraar_id, soort, methode, pad, inhoud, kanaal, status, aangemaakt_op, pogingen, "
                    + "laatste_fout, weigering";

    private final JdbcClient jdbc;

    Uitgaande(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID schrijf(
            String gemeentecode,
            UUID inburgeraarId,
            String soort,
            String api,
            String methode,
            String pad,
            @Nullable String inhoud,
            String kanaal) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into duo_uitgaand (id, bericht_id, gemeentecode, inburgeraar_id, soort, api, methode, pad,
                            inhoud, kanaal, status) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'WACHT')""")
                .params(Arrays.asList(
                        id, UUID.randomUUID(), gemeentecode, inburgeraarId, soort, api, methode, pad, inhoud, kanaal))
                .update();
        return id;
    }

    /** A due M2M message, locked for this worker, with the API it belongs to. */
    public record TeVerzenden(UitgaandBericht bericht, String api) {}

    public Optional<TeVerzenden> volgende() {
        return jdbc.sql("select " + KOLOMMEN + ", api from duo_uitgaand where kanaal = 'M2M' and status = 'WACHT' "
                        + "and volgende_poging <= now() order by aangemaakt_op limit 1 for update skip locked")
                .query((rs, i) -> new TeVerzenden(bericht(rs, i), rs.getString(14)))
                .optional();
    }

    public void verzonden(UUID id) {
        jdbc.sql("update duo_uitgaand set status = 'VERZONDEN', pogingen = pogingen + 1, laatste_fout = null, "
                        + "afgehandeld_op = now() where id = ?")
                .param(id)
                .update();
    }

    public void geweigerd(UUID id, String weigering) {
        jdbc.sql("update duo_uitgaand set status = 'GEWEIGERD', pogingen = pogingen + 1, weigering = ?, "
                        + "afgehandeld_op = now() where id = ?")
                .params(weigering, id)
                .update();
    }

    public void later(UUID id, String fout, Instant volgende) {
        jdbc.sql("update duo_uitgaand set pogingen = pogingen + 1, laatste_fout = ?, volgende_poging = ? where id = ?")
                .params(fout, OffsetDateTime.ofInstant(volgende, ZoneOffset.UTC), id)
                .update();
    }

    /** The functioneel beheerder's resend: a refused or waiting message is due again, with the same berichtId. */
    public boolean opnieuw(UUID id) {
        return jdbc.sql("update duo_uitgaand set status = 'WACHT', volgende_poging = now(), weigering = null "
                                + "where id = ? and kanaal = 'M2M' and status in ('WACHT', 'GEWEIGERD')")
                        .param(id)
                        .update()
                == 1;
    }

    /** R10.5: the consulent typed it in the DUO portal. */
    public boolean inPortaal(UUID id, String door) {
        return jdbc.sql("update duo_uitgaand set status = 'GEREGISTREERD_IN_PORTAAL', afgehandeld_op = now(), "
                                + "afgehandeld_door = ? where id = ? and kanaal = 'PORTAAL' and status = 'WACHT'")
                        .params(door, id)
                        .update()
                == 1;
    }

    public List<UitgaandBericht> lijst(@Nullable String kanaal, @Nullable String status, int pagina, int grootte) {
        return jdbc.sql("select " + KOLOMMEN + " from duo_uitgaand where (?::text is null or kanaal = ?) "
                        + "and (?::text is null or status = ?) order by aangemaakt_op desc, id limit ? offset ?")
                .params(Arrays.asList(kanaal, kanaal, status, status, grootte, pagina * grootte))
                .query(Uitgaande::bericht)
                .list();
    }

    public long aantal(@Nullable String kanaal, @Nullable String status) {
        return jdbc.sql("select count(*) from duo_uitgaand where (?::text is null or kanaal = ?) "
                        + "and (?::text is null or status = ?)")
                .params(Arrays.asList(kanaal, kanaal, status, status))
                .query(Long.class)
                .single();
    }

    public List<UitgaandBericht> vanPersoon(UUID inburgeraarId) {
        return jdbc.sql("select " + KOLOMMEN
                        + " from duo_uitgaand where inburgeraar_id = ? order by aangemaakt_op desc")
                .param(inburgeraarId)
                .query(Uitgaande::bericht)
                .list();
    }

    /**
     * R10.3: the refusals still open, oldest first: refused by DUO, not marked handled, and no later melding of the
     * same kind for the same person accepted since. {@code inburgeraarIds} null: all of the gemeente.
     */
    public List<UitgaandBericht> geweigerd(@Nullable Collection<UUID> inburgeraarIds) {
        return jdbc.sql("select " + KOLOMMEN + " from duo_uitgaand u where status = 'GEWEIGERD' "
                        + "and weigering_afgehandeld_op is null "
                        + "and (?::uuid[] is null or inburgeraar_id = any(?::uuid[])) "
                        + "and not exists (select 1 from duo_uitgaand later where later.inburgeraar_id = u.inburgeraar_id "
                        + "and later.soort = u.soort and later.status = 'VERZONDEN' "
                        + "and later.aangemaakt_op > u.aangemaakt_op) order by aangemaakt_op")
                .params(Arrays.asList(
                        inburgeraarIds == null ? null : inburgeraarIds.toArray(UUID[]::new),
                        inburgeraarIds == null ? null : inburgeraarIds.toArray(UUID[]::new)))
                .query(Uitgaande::bericht)
                .list();
    }

    /** R10.3: the consulent marks DUO's refusal as handled (solved outside the app, or no longer needed). */
    public boolean weigeringAfgehandeld(UUID inburgeraarId, UUID id, String door) {
        return jdbc.sql("update duo_uitgaand set weigering_afgehandeld_op = now(), weigering_afgehandeld_door = ? "
                                + "where id = ? and inburgeraar_id = ? and status = 'GEWEIGERD' "
                                + "and weigering_afgehandeld_op is null")
                        .params(door, id, inburgeraarId)
                        .update()
                == 1;
    }

    private static UitgaandBericht bericht(ResultSet rs, int i) throws SQLException {
        return new UitgaandBericht(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getObject(3, UUID.class),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getTimestamp(10).toInstant(),
                rs.getInt(11),
                rs.getString(12),
                rs.getString(13));
    }
}
