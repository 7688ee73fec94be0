package nl.openinburgering.platform.internal;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.session.jdbc.config.annotation.SpringSessionTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * UI sessions live in PostgreSQL (Spring Session JDBC). Their transactions must not go through the
 * {@link TenantTransactieManager}: that one asks the security context for the gemeente, and the security
 * context is itself loaded from the session, so loading a session would start loading the session again,
 * without end. Sessions hold no gemeente data and have no row-level security, so a plain manager is right.
 */
@Configuration(proxyBeanMethods = false)
class SessieConfiguratie {

    @Bean(defaultCandidate = false)
    @SpringSessionTransactionManager
    PlatformTransactionManager sessieTransactieManager(DataSource dataSource) {
        return new JdbcTransactionManager(dataSource);
    }
}
