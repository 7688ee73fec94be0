package nl.openinburgering.duo.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.openinburgering.duo.Notificatie;

/**
 * The inbox, table {@code duo_notificatie} (row-level security per gemeente): a notification is stored before it
 * is acknowledged, once per berichtId, and worked off after.
 */
@Repository
public class NotificatieInbox {

    /** A stored notification that still has to be processed. */
    public record TeDoen(UUID berichtId, @Nullable String bsn, String gebeurtenis, Instant registratie, int pogingen) {}

    private final JdbcClient jdbc;

    NotificatieInbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a notification; false when this berichtId was already stored (a repeat does nothing). */
    public boolean bewaar(
            UUID berichtId,
            String gemeentecode,
            String bron,
            @Nullable String bsn,
            String gebeurtenis,
            Instant registratie) {
        return jdbc.sql("""
                        insert into duo_notificatie (bericht_id, gemeentecode, bron, bsn, gebeurtenis, registratie, status)
                        values (?, ?, ?, ?, ?, ?, 'ONTVANGEN') on conflict (bericht_id) do nothing""")
                        .params(Arrays.asList(
                                berichtId,
                                gemeentecode,
                                bron,
                                bsn,
                                gebeurtenis,
                                OffsetDateTime.ofInstant(registratie, ZoneOffset.UTC)))
                        .update()
                == 1;
    }

    /** Up to {@code aantal} due notifications, locked for this worker (others skip them). */
    public List<TeDoen> teDoen(int aantal) {
        return jdbc.sql("""
                        select bericht_id, bsn, gebeurtenis, registratie, pogingen from duo_notificatie
                        where status <> 'VERWERKT' and volgende_poging <= now()
                        order by registratie, ontvangen_op limit ? for update skip locked""")
                .param(aantal)
                .query((rs, i) -> new TeDoen(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getInt(5)))
                .list();
    }

    public void verwerkt(UUID berichtId, @Nullable UUID inburgeraarId) {
        jdbc.sql("""
                        update duo_notificatie set status = 'VERWERKT', verwerkt_op = now(), laatste_fout = null,
                            pogingen = pogingen + 1, inburgeraar_id = coalesce(?, inburgeraar_id)
                        where bericht_id = ?""").params(Arrays.asList(inburgeraarId, berichtId)).update();
    }

    public void mislukt(UUID berichtId, String fout, Instant volgende) {
        jdbc.sql("""
                        update duo_notificatie set status = 'WACHT', pogingen = pogingen + 1, laatste_fout = ?,
                            volgende_poging = ? where bericht_id = ?""")
                .params(fout, OffsetDateTime.ofInstant(volgende, ZoneOffset.UTC), berichtId)
                .update();
    }

    /** The functioneel beheerder's "opnieuw verwerken": due now. */
    public boolean opnieuw(UUID berichtId) {
        return jdbc.sql(
                                "update duo_notificatie set volgende_poging = now() where bericht_id = ? and status <> 'VERWERKT'")
                        .param(berichtId)
                        .update()
                == 1;
    }

    public List<Notificatie> lijst(@Nullable String status, int pagina, int grootte) {
        return jdbc.sql("""
                        select bericht_id, gebeurtenis, registratie, ontvangen_op, status, pogingen, laatste_fout,
                            inburgeraar_id from duo_notificatie where (?::text is null or status = ?)
                        order by ontvangen_op desc, bericht_id limit ? offset ?""")
                .params(Arrays.asList(status, status, grootte, pagina * grootte))
                .query(NotificatieInbox::notificatie)
                .list();
    }

    public long aantal(@Nullable String status) {
        return jdbc.sql("select count(*) from duo_notificatie where (?::text is null or status = ?)")
                .params(Arrays.asList(status, status))
                .query(Long.class)
                .single();
    }

    public List<Notificatie> vanPersoon(UUID inburgeraarId, String bsn) {
        return jdbc.sql("""
                        select bericht_id, gebeurtenis, registratie, ontvangen_op, status, pogingen, laatste_fout,
                            inburgeraar_id from duo_notificatie where inburgeraar_id = ? or bsn = ?
                        order by registratie desc limit 100""")
                .params(inburgeraarId, bsn)
                .query(NotificatieInbox::notificatie)
                .list();
    }

    public Optional<Notificatie> vind(UUID berichtId) {
        return jdbc.sql("""
                        select bericht_id, gebeurtenis, registratie, ontvangen_op, status, pogingen, laatste_fout,
                            inburgeraar_id from duo_notificatie where bericht_id = ?""")
                .param(berichtId)
                .query(NotificatieInbox::notificatie)
                .optional();
    }

    private static Notificatie notificatie(ResultSet rs, int i) throws SQLException {
        Timestamp registratie = rs.getTimestamp(3);
        return new Notificatie(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                registratie.toInstant(),
                rs.getTimestamp(4).toInstant(),
                rs.getString(5),
                rs.getInt(6),
                rs.getString(7),
                rs.getObject(8, UUID.class));
    }
}
