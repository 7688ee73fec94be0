package nl.openinburgering.inburgeraar.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.openinburgering.inburgeraar.Uitstroom;
import nl.openinburgering.inburgeraar.Uitstroomsoort;

/** The table {@code uitstroom} (V195), under row-level security per gemeente. */
@Repository
public class UitstroomOpslag {

    private final JdbcClient jdbc;

    UitstroomOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void bewaar(String gemeente, Uitstroom uitstroom, String door) {
        jdbc.sql("""
                insert into uitstroom (id, gemeentecode, inburgeraar_id, soort, datum, toelichting, geregistreerd_door)
                values (:id, :gemeente, :persoon, :soort, :datum, :toelichting, :door)""")
                .param("id", uitstroom.id())
                .param("gemeente", gemeente)
                .param("persoon", uitstroom.inburgeraarId())
                .param("soort", uitstroom.soort().name())
                .param("datum", uitstroom.datum())
                .param("toelichting", uitstroom.toelichting())
                .param("door", door)
                .update();
    }

    /** Newest first. */
    public List<Uitstroom> vanPersoon(String gemeente, UUID inburgeraarId) {
        return jdbc.sql("""
                select id, inburgeraar_id, soort, datum, toelichting from uitstroom
                where gemeentecode = :gemeente and inburgeraar_id = :persoon
                order by datum desc, geregistreerd_op desc""")
                .param("gemeente", gemeente)
                .param("persoon", inburgeraarId)
                .query((rij, n) -> new Uitstroom(
                        rij.getObject(1, UUID.class),
                        rij.getObject(2, UUID.class),
                        Uitstroomsoort.valueOf(rij.getString(3)),
                        rij.getObject(4, java.time.LocalDate.class),
                        rij.getString(5)))
                .list();
    }

    public boolean verwijder(String gemeente, UUID inburgeraarId, UUID id) {
        return jdbc.sql(
                                "delete from uitstroom where gemeentecode = :gemeente and inburgeraar_id = :persoon and id = :id")
                        .param("gemeente", gemeente)
                        .param("persoon", inburgeraarId)
                        .param("id", id)
                        .update()
                > 0;
    }
}
