package nl.openinburgering.inburgeraar.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.openinburgering.inburgeraar.Deelnemersgegevens;
import nl.openinburgering.shared.Bsn;
import nl.openinburgering.shared.Gemeentecode;

/**
 * For provider accounts (docs/adr/0005): the few fields a provider may see of its participants, in one query
 * for any number of people. Row-level security limits the rows to people with a deelname at that provider.
 */
@Repository
public class DeelnemerLezer {

    private final JdbcClient jdbc;

    DeelnemerLezer(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Deelnemersgegevens> lees(Collection<UUID> ids) {
        return jdbc.sql("""
                select id, gemeentecode, bsn, voornamen, geslachtsnaam, geboortedatum
                from inburgeraar where id = any(?)""")
                .param(ids.toArray(UUID[]::new))
                .query((rs, n) -> new Deelnemersgegevens(
                        rs.getObject(1, UUID.class),
                        new Gemeentecode(rs.getString(2)),
                        new Bsn(rs.getString(3)),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getObject(6, LocalDate.class)))
                .list();
    }
}
