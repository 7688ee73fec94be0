package nl.openinburgering.duo.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.openinburgering.duo.Aanmelding;
import nl.openinburgering.duo.Gebeurtenis;
import nl.openinburgering.inburgeraar.Doelgroep;

/**
 * What came from DUO: the answers of raadplegingen per person ({@code duo_gegeven}, shown as "van DUO", never
 * edited by hand) and the announced new inburgeringsplichtigen without a file ({@code duo_aanmelding}).
 */
@Repository
public class DuoGegevens {

    /** One fact of DUO: which API's answer, its JSON, when it was fetched. */
    public record Gegeven(String soort, String inhoud, Instant opgehaaldOp) {}

    private final JdbcClient jdbc;

    DuoGegevens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void bewaar(String gemeentecode, UUID inburgeraarId, String soort, String inhoud, Instant op) {
        jdbc.sql("""
                        insert into duo_gegeven (gemeentecode, inburgeraar_id, soort, inhoud, opgehaald_op)
                        values (?, ?, ?, ?, ?) on conflict (gemeentecode, inburgeraar_id, soort)
                        do update set inhoud = excluded.inhoud, opgehaald_op = excluded.opgehaald_op""")
                .params(gemeentecode, inburgeraarId, soort, inhoud, OffsetDateTime.ofInstant(op, ZoneOffset.UTC))
                .update();
    }

    public void vergeet(UUID inburgeraarId, String soort) {
        jdbc.sql("delete from duo_gegeven where inburgeraar_id = ? and soort = ?")
                .params(inburgeraarId, soort)
                .update();
    }

    public Map<String, Gegeven> van(UUID inburgeraarId) {
        Map<String, Gegeven> gegevens = new LinkedHashMap<>();
        jdbc.sql("select soort, inhoud, opgehaald_op from duo_gegeven where inburgeraar_id = ? order by soort")
                .param(inburgeraarId)
                .query((rs, i) -> new Gegeven(
                        rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .list()
                .forEach(g -> gegevens.put(g.soort(), g));
        return gegevens;
    }

    public void meldAan(
            UUID berichtId,
            String gemeentecode,
            String bsn,
            Gebeurtenis gebeurtenis,
            Doelgroep doelgroep,
            LocalDate begindatumPlicht,
            @Nullable LocalDate kennisgeving) {
        jdbc.sql("""
                        insert into duo_aanmelding (bericht_id, gemeentecode, bsn, gebeurtenis, doelgroep,
                            begindatum_plicht, kennisgeving) values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (bericht_id) do nothing""")
                .params(Arrays.asList(
                        berichtId,
                        gemeentecode,
                        bsn,
                        gebeurtenis.name(),
                        doelgroep.name(),
                        begindatumPlicht,
                        kennisgeving))
                .update();
    }

    public List<Aanmelding> openAanmeldingen(int pagina, int grootte) {
        return jdbc
                .sql("""
                        select distinct on (bsn) bericht_id, bsn, gebeurtenis, doelgroep, begindatum_plicht, kennisgeving
                        from duo_aanmelding where inburgeraar_id is null order by bsn, ontvangen_op desc""")
                .query((rs, i) -> new Aanmelding(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        Gebeurtenis.valueOf(rs.getString(3)),
                        Doelgroep.valueOf(rs.getString(4)),
                        rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class)))
                .list()
                .stream()
                .skip((long) pagina * grootte)
                .limit(grootte)
                .toList();
    }

    public long aantalOpen() {
        return jdbc.sql("select count(distinct bsn) from duo_aanmelding where inburgeraar_id is null")
                .query(Long.class)
                .single();
    }

    public Optional<Aanmelding> aanmelding(UUID berichtId) {
        return jdbc.sql("""
                        select bericht_id, bsn, gebeurtenis, doelgroep, begindatum_plicht, kennisgeving
                        from duo_aanmelding where bericht_id = ? and inburgeraar_id is null""")
                .param(berichtId)
                .query((rs, i) -> new Aanmelding(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        Gebeurtenis.valueOf(rs.getString(3)),
                        Doelgroep.valueOf(rs.getString(4)),
                        rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class)))
                .optional();
    }

    /** The file now exists: every open announcement of this BSN is done, and its notifications point to it. */
    public void geregistreerd(String bsn, UUID inburgeraarId) {
        jdbc.sql("update duo_aanmelding set inburgeraar_id = ? where bsn = ? and inburgeraar_id is null")
                .params(inburgeraarId, bsn)
                .update();
        jdbc.sql("update duo_notificatie set inburgeraar_id = ? where bsn = ? and inburgeraar_id is null")
                .params(inburgeraarId, bsn)
                .update();
    }
}
