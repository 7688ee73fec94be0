package nl.openinburgering.portaal.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.openinburgering.portaal.Virusscanner;

/** The default virus scanner accepts every file; a gemeente's own {@link Virusscanner} bean replaces it. */
@Configuration(proxyBeanMethods = false)
class PortaalConfiguratie {

    @Bean
    @ConditionalOnMissingBean(Virusscanner.class)
    Virusscanner geenVirusscanner() {
        return (bestandsnaam, inhoud) -> true;
    }
}
