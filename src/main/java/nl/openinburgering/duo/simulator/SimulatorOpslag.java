package nl.openinburgering.duo.simulator;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** DUO's side in tables of its own ({@code duosim_*}): the persons, the PIPs received, every request. */
@Repository
public class SimulatorOpslag {

    /** A person as DUO knows them. */
    public record Persoon(
            String bsn,
            String gemeentecode,
            String doelgroep,
            LocalDate begindatumPlicht,
            LocalDate kennisgeving,
            @Nullable LocalDate termijnStart,
            @Nullable LocalDate termijnEinde) {}

    private final JdbcClient jdbc;

    SimulatorOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void persoon(Persoon p) {
        jdbc.sql("""
                        insert into duosim_persoon (bsn, gemeentecode, doelgroep, begindatum_plicht, kennisgeving,
                            termijn_start, termijn_einde) values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (bsn) do update set gemeentecode = excluded.gemeentecode,
                            doelgroep = excluded.doelgroep, begindatum_plicht = excluded.begindatum_plicht,
                            kennisgeving = excluded.kennisgeving, termijn_start = excluded.termijn_start,
                            termijn_einde = excluded.termijn_einde""")
                .params(Arrays.asList(
                        p.bsn(),
                        p.gemeentecode(),
                        p.doelgroep(),
                        p.begindatumPlicht(),
                        p.kennisgeving(),
                        p.termijnStart(),
                        p.termijnEinde()))
                .update();
    }

    public Optional<Persoon> persoon(String bsn) {
        return jdbc.sql("""
                        select bsn, gemeentecode, doelgroep, begindatum_plicht, kennisgeving, termijn_start, termijn_einde
                        from duosim_persoon where bsn = ?""")
                .param(bsn)
                .query((rs, i) -> new Persoon(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class),
                        rs.getObject(7, LocalDate.class)))
                .optional();
    }

    /** Registers a PIP once per berichtId; false for a repeat. */
    public boolean pip(String berichtId, String bsn, String bron, String inhoud) {
        return jdbc.sql("""
                        insert into duosim_pip (bericht_id, bsn, bron, inhoud) values (?::uuid, ?, ?, ?)
                        on conflict (bericht_id) do nothing""").params(berichtId, bsn, bron, inhoud).update() == 1;
    }

    public List<String> pips(String bsn) {
        return jdbc.sql("select inhoud from duosim_pip where bsn = ? order by ontvangen_op, bericht_id")
                .param(bsn)
                .query(String.class)
                .list();
    }

    /** The OIN ({@code bron}) of the gemeente that sent the person's last PIP. */
    public Optional<String> bronLaatstePip(String bsn) {
        return jdbc.sql("select bron from duosim_pip where bsn = ? order by ontvangen_op desc, bericht_id desc limit 1")
                .param(bsn)
                .query(String.class)
                .optional();
    }

    public void verwijderPips(String bsn) {
        jdbc.sql("delete from duosim_pip where bsn = ?").param(bsn).update();
    }

    /** How many PIPs DUO registered for this person: the count of the fault tests. */
    public int aantalPips(String bsn) {
        return jdbc.sql("select count(*) from duosim_pip where bsn = ?")
                .param(bsn)
                .query(Integer.class)
                .single();
    }

    /** Registers a PVT, MAP or Z-route result once per berichtId; false for a repeat. */
    public boolean resultaat(String berichtId, String bsn, String soort, String bron, String inhoud) {
        return jdbc.sql("""
                        insert into duosim_resultaat (bericht_id, bsn, soort, bron, inhoud) values (?::uuid, ?, ?, ?, ?)
                        on conflict (bericht_id) do nothing""").params(berichtId, bsn, soort, bron, inhoud).update() == 1;
    }

    /** The results DUO registered for this person and kind, oldest first (a PUT replaces: the last counts). */
    public List<String> resultaten(String bsn, String soort) {
        return jdbc.sql(
                        "select inhoud from duosim_resultaat where bsn = ? and soort = ? order by ontvangen_op, bericht_id")
                .params(bsn, soort)
                .query(String.class)
                .list();
    }

    /** Sets what DUO answers to {@code GET /personen/{bsn}<resource>} (exams, LBT, vrijstellingen, ontheffingen). */
    public void gegeven(String bsn, String resource, String inhoud) {
        jdbc.sql("""
                        insert into duosim_gegeven (bsn, vraag, inhoud) values (?, ?, ?)
                        on conflict (bsn, vraag) do update set inhoud = excluded.inhoud""").params(bsn, resource, inhoud).update();
    }

    public Optional<String> gegeven(String bsn, String resource) {
        return jdbc.sql("select inhoud from duosim_gegeven where bsn = ? and vraag = ?")
                .params(bsn, resource)
                .query(String.class)
                .optional();
    }

    public void verzoek(String methode, String pad, @Nullable String berichtId, int status) {
        jdbc.sql("insert into duosim_verzoek (methode, pad, bericht_id, status) values (?, ?, ?, ?)")
                .params(Arrays.asList(methode, pad, berichtId, status))
                .update();
    }

    /** How many requests reached the simulator for a path (with any status). */
    public int aantalVerzoeken(String methode, String pad) {
        return jdbc.sql("select count(*) from duosim_verzoek where methode = ? and pad = ?")
                .params(methode, pad)
                .query(Integer.class)
                .single();
    }
}
