package nl.openinburgering.leerroute.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.openinburgering.leerroute.Inburgeringsaanbod;

/** R4.8: the inburgeringsaanbod per person and provider; a new submission overwrites the earlier one. */
@Repository
public class AanbodOpslag {

    private final JdbcClient jdbc;

    AanbodOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void bewaar(
            String gemeentecode,
            UUID inburgeraarId,
            UUID aanbiederId,
            LocalDate startdatum,
            LocalDate einddatum,
            String door) {
        jdbc.sql("""
                insert into inburgeringsaanbod (gemeentecode, inburgeraar_id, aanbieder_id, startdatum, einddatum,
                    geregistreerd_door, geregistreerd_op)
                values (?, ?, ?, ?, ?, ?, now())
                on conflict (inburgeraar_id, aanbieder_id) do update set startdatum = excluded.startdatum,
                    einddatum = excluded.einddatum, geregistreerd_door = excluded.geregistreerd_door,
                    geregistreerd_op = excluded.geregistreerd_op
                where inburgeringsaanbod.gemeentecode = excluded.gemeentecode""")
                .params(gemeentecode, inburgeraarId, aanbiederId, startdatum, einddatum, door)
                .update();
    }

    public List<Inburgeringsaanbod> vanPersoon(UUID inburgeraarId, String gemeentecode) {
        return jdbc.sql("""
                select a.inburgeraar_id, a.aanbieder_id, p.naam, a.startdatum, a.einddatum, a.geregistreerd_door,
                    a.geregistreerd_op
                from inburgeringsaanbod a join aanbieder p on p.id = a.aanbieder_id
                where a.inburgeraar_id = ? and a.gemeentecode = ? order by a.startdatum, p.naam""")
                .params(inburgeraarId, gemeentecode)
                .query((rij, n) -> new Inburgeringsaanbod(
                        rij.getObject(1, UUID.class),
                        rij.getObject(2, UUID.class),
                        rij.getString(3),
                        rij.getObject(4, LocalDate.class),
                        rij.getObject(5, LocalDate.class),
                        rij.getString(6),
                        rij.getTimestamp(7).toInstant()))
                .list();
    }
}
