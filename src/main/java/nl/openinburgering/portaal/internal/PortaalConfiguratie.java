package nl.openinburgering.portaal.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import nl.openinburgering.portaal.Virusscanner;

/**
 * The default virus scanner accepts every file; a gemeente's own {@link Virusscanner} bean replaces it. The
 * "deadline near" e-mail is a scheduled task ({@link TermijnMeldingen}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PortaalConfiguratie {

    @Bean
    @ConditionalOnMissingBean(Virusscanner.class)
    Virusscanner geenVirusscanner() {
        return (bestandsnaam, inhoud) -> true;
    }
}
