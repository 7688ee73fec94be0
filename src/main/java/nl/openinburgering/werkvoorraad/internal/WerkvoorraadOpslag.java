package nl.openinburgering.werkvoorraad.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.openinburgering.werkvoorraad.Toewijzingsregel;

/**
 * The werkvoorraad's own tables: assignments, their history and the voortgangsgesprekken held. Set-based
 * reads for whole gemeenten; every query names the gemeente (first wall), row-level security is the second.
 */
@Component
public class WerkvoorraadOpslag {

    private final JdbcClient jdbc;

    WerkvoorraadOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Person to responsible consulent, for the whole gemeente (one index-only scan). */
    public Map<UUID, String> toewijzingen(String gemeente) {
        Map<UUID, String> toewijzingen = new HashMap<>();
        jdbc.sql("select inburgeraar_id, consulent from toewijzing where gemeentecode = :gemeente")
                .param("gemeente", gemeente)
                .query(rs -> {
                    toewijzingen.put(rs.getObject(1, UUID.class), rs.getString(2));
                });
        return toewijzingen;
    }

    public Optional<String> consulentVan(String gemeente, UUID inburgeraarId) {
        return jdbc.sql("select consulent from toewijzing where gemeentecode = :gemeente and inburgeraar_id = :id")
                .param("gemeente", gemeente)
                .param("id", inburgeraarId)
                .query(String.class)
                .optional();
    }

    /**
     * Assigns one person (insert or replace) and writes the history line, in the caller's transaction. Returns
     * false, and changes nothing, when the person is no longer assigned to {@code van} (someone else was faster).
     */
    public boolean wijs(
            String gemeente, UUID inburgeraarId, Optional<String> van, String naar, String door, String reden) {
        // Compare and set: the row changes only if it still holds the consulent the caller read (or is still
        // absent). A concurrent reassignment that committed first makes this one change nothing (PostgreSQL
        // re-checks the condition on the committed row), so there is exactly one winner.
        int gewijzigd = jdbc.sql("""
                insert into toewijzing (inburgeraar_id, gemeentecode, consulent, sinds) values (:id, :gemeente, :naar, now())
                on conflict (inburgeraar_id) do update set consulent = excluded.consulent, sinds = excluded.sinds
                where toewijzing.consulent is not distinct from cast(:van as text)""")
                .param("id", inburgeraarId)
                .param("gemeente", gemeente)
                .param("naar", naar)
                .param("van", van.orElse(null))
                .update();
        if (gewijzigd == 0) {
            return false;
        }
        jdbc.sql("""
                insert into toewijzing_historie (inburgeraar_id, gemeentecode, van_consulent, naar_consulent, door, reden)
                values (:id, :gemeente, :van, :naar, :door, :reden)""")
                .param("id", inburgeraarId)
                .param("gemeente", gemeente)
                .param("van", van.orElse(null))
                .param("naar", naar)
                .param("door", door)
                .param("reden", reden)
                .update();
        return true;
    }

    /** The history of one person, newest first. */
    public List<Toewijzingsregel> historie(String gemeente, UUID inburgeraarId) {
        return jdbc.sql("""
                select van_consulent, naar_consulent, door, tijdstip, reden from toewijzing_historie
                where gemeentecode = :gemeente and inburgeraar_id = :id order by tijdstip desc, id desc""")
                .param("gemeente", gemeente)
                .param("id", inburgeraarId)
                .query((rs, n) -> new Toewijzingsregel(
                        Optional.ofNullable(rs.getString(1)),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant(),
                        rs.getString(5)))
                .list();
    }

    /** D9: records a voortgangsgesprek as held. */
    public void gesprekGehouden(String gemeente, UUID inburgeraarId, LocalDate datum, String door) {
        jdbc.sql("""
                insert into voortgangsgesprek (inburgeraar_id, gemeentecode, datum, gevoerd_door)
                values (:id, :gemeente, :datum, :door)""")
                .param("id", inburgeraarId)
                .param("gemeente", gemeente)
                .param("datum", datum)
                .param("door", door)
                .update();
    }

    /** D9: the number of voortgangsgesprekken held per person, up to and including the peildatum. */
    public Map<UUID, Integer> gesprekkenGehouden(
            String gemeente, Optional<? extends Collection<UUID>> ids, LocalDate peildatum) {
        Map<UUID, Integer> aantallen = new HashMap<>();
        JdbcClient.StatementSpec sql = jdbc.sql(
                        """
                select inburgeraar_id, count(*) from voortgangsgesprek
                where gemeentecode = :gemeente and datum <= :peildatum""" + (ids.isPresent() ? " and inburgeraar_id = any(:ids)" : "") + " group by inburgeraar_id")
                .param("gemeente", gemeente)
                .param("peildatum", peildatum);
        if (ids.isPresent()) {
            sql = sql.param("ids", ids.get().toArray(UUID[]::new));
        }
        sql.query(rs -> {
            aantallen.put(rs.getObject(1, UUID.class), rs.getInt(2));
        });
        return aantallen;
    }

    /** The gesprekken of one person, newest first. */
    public List<LocalDate> gesprekken(String gemeente, UUID inburgeraarId) {
        return jdbc.sql(
                        "select datum from voortgangsgesprek where gemeentecode = :gemeente and inburgeraar_id = :id order by datum desc")
                .param("gemeente", gemeente)
                .param("id", inburgeraarId)
                .query(LocalDate.class)
                .list();
    }
}
