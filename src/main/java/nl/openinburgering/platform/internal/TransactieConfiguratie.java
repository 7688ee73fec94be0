package nl.openinburgering.platform.internal;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration(proxyBeanMethods = false)
class TransactieConfiguratie {

    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource) {
        return new TenantTransactieManager(dataSource);
    }
}
