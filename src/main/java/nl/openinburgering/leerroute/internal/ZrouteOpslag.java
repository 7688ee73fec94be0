package nl.openinburgering.leerroute.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.openinburgering.leerroute.ZrouteAfronding;

/** R4.4: the completed Z-routes; one per person (the primary key refuses a second). */
@Repository
public class ZrouteOpslag {

    private final JdbcClient jdbc;

    ZrouteOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void bewaar(ZrouteAfronding afronding, String gemeentecode) {
        jdbc.sql("""
                insert into zroute_afronding (inburgeraar_id, gemeentecode, pip_id, datum_eindgesprek, cursusuren,
                    participatieuren, afgerond_door, afgerond_op)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Arrays.asList(
                        afronding.inburgeraarId(),
                        gemeentecode,
                        afronding.pipId(),
                        afronding.datumEindgesprek(),
                        afronding.cursusuren(),
                        afronding.participatieuren(),
                        afronding.afgerondDoor(),
                        Timestamp.from(afronding.afgerondOp())))
                .update();
    }

    public Optional<ZrouteAfronding> vind(UUID inburgeraarId, String gemeentecode) {
        return jdbc.sql("""
                select inburgeraar_id, pip_id, datum_eindgesprek, cursusuren, participatieuren, afgerond_door, afgerond_op
                from zroute_afronding where inburgeraar_id = ? and gemeentecode = ?""")
                .params(inburgeraarId, gemeentecode)
                .query((rij, n) -> new ZrouteAfronding(
                        rij.getObject(1, UUID.class),
                        rij.getObject(2, UUID.class),
                        rij.getObject(3, LocalDate.class),
                        rij.getBigDecimal(4),
                        rij.getBigDecimal(5),
                        rij.getString(6),
                        rij.getTimestamp(7).toInstant()))
                .optional();
    }

    /** Which of these persons completed their Z-route: one query, the ids as one array parameter (no per-id binds). */
    public Set<UUID> afgerond(String gemeentecode, Collection<UUID> inburgeraarIds) {
        if (inburgeraarIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("""
                select inburgeraar_id from zroute_afronding where gemeentecode = ? and inburgeraar_id = any(?)""")
                .params(gemeentecode, inburgeraarIds.toArray(UUID[]::new))
                .query(UUID.class)
                .list());
    }
}
