package nl.openinburgering.platform.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

import nl.openinburgering.platform.Tenant;
import nl.openinburgering.shared.Gemeentecode;

/**
 * Starts every transaction by telling PostgreSQL which gemeente it works for
 * ({@code set_config(..., is_local => true)}, so the value dies with the transaction and never leaks to the
 * next user of the pooled connection). The row-level security policies compare each row's
 * {@code gemeentecode} with it; without a tenant the value is empty and no row matches.
 */
class TenantTransactieManager extends JdbcTransactionManager {

    static final String INSTELLING = "openinburgering.gemeentecode";

    TenantTransactieManager(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void prepareTransactionalConnection(Connection verbinding, TransactionDefinition definitie)
            throws SQLException {
        super.prepareTransactionalConnection(verbinding, definitie);
        String gemeente = Tenant.huidige().map(Gemeentecode::waarde).orElse("");
        try (PreparedStatement sql = verbinding.prepareStatement("select set_config(?, ?, true)")) {
            sql.setString(1, INSTELLING);
            sql.setString(2, gemeente);
            sql.execute();
        }
    }
}
