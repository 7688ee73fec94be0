package nl.openinburgering.pip;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.openinburgering.platform.Tenant;

/**
 * The concept PIPs of the user's gemeente waiting for vaststelling, oldest first, in one set-based query: the
 * teamleider's queue and the consulent's "concepts waiting". Names the gemeente (the first wall); row-level
 * security is the second. Not logged here: the caller logs the persons it shows.
 */
@Service
@Transactional(readOnly = true)
public class PipWachtrij {

    private final JdbcClient jdbc;

    PipWachtrij(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every concept of the gemeente, the oldest first. */
    public List<PipConcept> concepten() {
        return lees(null);
    }

    /** The concepts of these persons only, the oldest first. */
    public List<PipConcept> concepten(Collection<UUID> inburgeraarIds) {
        return inburgeraarIds.isEmpty() ? List.of() : lees(inburgeraarIds);
    }

    private List<PipConcept> lees(@Nullable Collection<UUID> ids) {
        JdbcClient.StatementSpec sql = jdbc.sql(
                        """
                        select inburgeraar_id, id, opgesteld_op, opgesteld_door
                        from pip
                        where gemeentecode = :gemeente and status = 'CONCEPT'""" + (ids == null ? "" : " and inburgeraar_id = any(:ids)") + " order by opgesteld_op, id")
                .param("gemeente", Tenant.vereist().waarde());
        if (ids != null) {
            sql = sql.param("ids", ids.toArray(UUID[]::new));
        }
        return sql.query((rs, n) -> new PipConcept(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, OffsetDateTime.class).toInstant(),
                        rs.getString(4)))
                .list();
    }
}
