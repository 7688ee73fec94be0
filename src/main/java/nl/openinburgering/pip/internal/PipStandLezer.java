package nl.openinburgering.pip.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.openinburgering.pip.PipStand;
import nl.openinburgering.shared.Leerroute;

/**
 * The current beschikking of many persons in one set-based query (no query per person). Names the gemeente
 * (the first wall); row-level security is the second.
 */
@Component
public class PipStandLezer {

    private final JdbcClient jdbc;

    PipStandLezer(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Of all persons of the gemeente, or with {@code ids} of those only. */
    public List<PipStand> lees(String gemeente, @Nullable Collection<UUID> ids) {
        // One pass with a window over each person's PIPs instead of a correlated subquery per vastgesteld PIP:
        // the first dagtekening (R2.8) comes from the same rows the current PIP is read from.
        JdbcClient.StatementSpec sql = jdbc.sql("""
                select inburgeraar_id, leerroute, dagtekening, aantal_voortgangsgesprekken, eerste,
                       eerste_vaststelling, reden_eerdere_dagtekening
                from (select inburgeraar_id, leerroute, dagtekening, aantal_voortgangsgesprekken, status,
                             reden_eerdere_dagtekening,
                             min(dagtekening) filter (where status <> 'CONCEPT')
                                 over (partition by inburgeraar_id) as eerste,
                             -- R3.2: the real day of the first vaststelling (PIPs fixed before V130: dagtekening)
                             min(coalesce((vastgesteld_op at time zone 'Europe/Amsterdam')::date, dagtekening))
                                 filter (where status <> 'CONCEPT')
                                 over (partition by inburgeraar_id) as eerste_vaststelling
                      from pip
                      where gemeentecode = :gemeente""" + (ids == null ? "" : " and inburgeraar_id = any(:ids)") + """
                ) p
                where status = 'VASTGESTELD'""")
                .param("gemeente", gemeente);
        if (ids != null) {
            sql = sql.param("ids", ids.toArray(UUID[]::new));
        }
        return sql.query((rs, n) -> new PipStand(
                        rs.getObject(1, UUID.class),
                        Leerroute.valueOf(rs.getString(2)),
                        rs.getObject(3, LocalDate.class),
                        rs.getObject(5, LocalDate.class),
                        (Integer) rs.getObject(4),
                        rs.getObject(6, LocalDate.class),
                        rs.getString(7)))
                .list();
    }

    /** The persons of the gemeente with a concept PIP (a PIP being drafted or waiting to be fixed). */
    public Set<UUID> metConcept(String gemeente) {
        return Set.copyOf(jdbc.sql(
                        "select distinct inburgeraar_id from pip where gemeentecode = :gemeente and status = 'CONCEPT'")
                .param("gemeente", gemeente)
                .query(UUID.class)
                .list());
    }
}
