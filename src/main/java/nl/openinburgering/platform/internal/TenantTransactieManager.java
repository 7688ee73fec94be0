package nl.openinburgering.platform.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

import nl.openinburgering.platform.Tenant;
import nl.openinburgering.shared.Gemeentecode;

/**
 * Starts every transaction by telling PostgreSQL which gemeente it works for
 * ({@code set_config(..., is_local => true)}, so the value dies with the transaction and never leaks to the
 * next user of the pooled connection). The row-level security policies compare each row's
 * {@code gemeentecode} with it; without a tenant the value is empty and no row matches. A provider account
 * gets its provider id in {@code openinburgering.aanbieder} the same way (docs/adr/0005).
 */
class TenantTransactieManager extends JdbcTransactionManager {

    static final String INSTELLING = "openinburgering.gemeentecode";
    /** The provider of a provider account (docs/adr/0005); empty for everyone else. */
    static final String AANBIEDER_INSTELLING = "openinburgering.aanbieder";

    TenantTransactieManager(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void prepareTransactionalConnection(Connection verbinding, TransactionDefinition definitie)
            throws SQLException {
        super.prepareTransactionalConnection(verbinding, definitie);
        String gemeente = Tenant.huidige().map(Gemeentecode::waarde).orElse("");
        String aanbieder = Tenant.huidigeAanbieder().map(UUID::toString).orElse("");
        try (PreparedStatement sql =
                verbinding.prepareStatement("select set_config(?, ?, true), set_config(?, ?, true)")) {
            sql.setString(1, INSTELLING);
            sql.setString(2, gemeente);
            sql.setString(3, AANBIEDER_INSTELLING);
            sql.setString(4, aanbieder);
            sql.execute();
        }
    }
}
