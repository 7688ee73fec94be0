package nl.openinburgering.platform.internal;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.openinburgering.shared.Vandaag;

/**
 * The one clock of the application, on Dutch time. Facades and controllers get it injected instead of reading
 * the system clock, so that a test can fix the day with {@code Clock.fixed}.
 */
@Configuration(proxyBeanMethods = false)
class KlokConfiguratie {

    @Bean
    Clock klok() {
        return Clock.system(Vandaag.NEDERLAND);
    }
}
