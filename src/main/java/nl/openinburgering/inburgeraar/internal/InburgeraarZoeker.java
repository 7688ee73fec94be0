package nl.openinburgering.inburgeraar.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds files of one gemeente by id, BSN, date of birth or part of the name, for the quick search and the
 * processing-log filter. Ids and the few fields a result list shows; the facade logs the persons found.
 */
@Component
public class InburgeraarZoeker {

    /** One file found. */
    public record Gevonden(
            UUID id, String bsn, String voornamen, String geslachtsnaam, LocalDate geboortedatum, boolean actief) {

        @Override
        public String toString() {
            return "Gevonden[id=" + id + ", ***]";
        }
    }

    private static final String KOLOMMEN = """
            select id, bsn, voornamen, geslachtsnaam, geboortedatum, actief
            from inburgeraar
            where gemeentecode = :gemeente""";

    private static final String VOLGORDE = " order by geslachtsnaam, voornamen, geboortedatum, id limit :maximum";

    private final JdbcClient jdbc;

    InburgeraarZoeker(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Gevonden> opId(String gemeente, UUID id) {
        return jdbc.sql(KOLOMMEN + " and id = :id")
                .param("gemeente", gemeente)
                .param("id", id)
                .query(InburgeraarZoeker::gevonden)
                .list();
    }

    public List<Gevonden> opBsn(String gemeente, String bsn, boolean alleenActief, int maximum) {
        return jdbc.sql(KOLOMMEN + " and bsn = :bsn" + actief(alleenActief) + VOLGORDE)
                .param("gemeente", gemeente)
                .param("bsn", bsn)
                .param("maximum", maximum)
                .query(InburgeraarZoeker::gevonden)
                .list();
    }

    public List<Gevonden> opGeboortedatum(String gemeente, LocalDate datum, boolean alleenActief, int maximum) {
        return jdbc.sql(KOLOMMEN + " and geboortedatum = :datum" + actief(alleenActief) + VOLGORDE)
                .param("gemeente", gemeente)
                .param("datum", datum)
                .param("maximum", maximum)
                .query(InburgeraarZoeker::gevonden)
                .list();
    }

    /** Every word must occur in the first names or the surname ("amina had" finds Amina Haddad). */
    public List<Gevonden> opNaam(String gemeente, String naam, boolean alleenActief, int maximum) {
        List<String> woorden = List.of(naam.strip().toLowerCase().split("\\s+"));
        StringBuilder sql = new StringBuilder(KOLOMMEN);
        for (int i = 0; i < woorden.size(); i++) {
            sql.append(" and lower(voornamen || ' ' || geslachtsnaam) like :woord")
                    .append(i)
                    .append(" escape '\\'");
        }
        var opdracht = jdbc.sql(sql + actief(alleenActief) + VOLGORDE)
                .param("gemeente", gemeente)
                .param("maximum", maximum);
        for (int i = 0; i < woorden.size(); i++) {
            opdracht = opdracht.param("woord" + i, "%" + letterlijk(woorden.get(i)) + "%");
        }
        return opdracht.query(InburgeraarZoeker::gevonden).list();
    }

    private static String actief(boolean alleenActief) {
        return alleenActief ? " and actief" : "";
    }

    /** The user's text is matched literally: % and _ are no wildcards. */
    private static String letterlijk(String tekst) {
        return tekst.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Gevonden gevonden(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Gevonden(
                rs.getObject("id", UUID.class),
                rs.getString("bsn"),
                rs.getString("voornamen"),
                rs.getString("geslachtsnaam"),
                rs.getObject("geboortedatum", LocalDate.class),
                rs.getBoolean("actief"));
    }
}
