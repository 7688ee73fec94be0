package nl.openinburgering.duo.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The machine-to-machine paths have no user: DUO is recognised by its PKIoverheid certificate (mutual TLS at the
 * gemeente's Digikoppeling gateway or reverse proxy, docs/operations.md) and by the {@code bron} OIN the endpoint
 * checks. Only the Notificatie endpoint, and in demo and tests the simulator, are open; everything else under these
 * prefixes is refused. No session, no CSRF (no cookies).
 */
@Configuration(proxyBeanMethods = false)
class DuoBeveiliging {

    @Bean
    @Order(0)
    SecurityFilterChain duoM2mBeveiliging(
            HttpSecurity http,
            @org.springframework.beans.factory.annotation.Value("${openinburgering.duo.simulator.aan:false}")
                    boolean simulator)
            throws Exception {
        http.securityMatcher("/duo-m2m/**", "/duo-simulator/**")
                .authorizeHttpRequests(regels -> {
                    regels.requestMatchers(HttpMethod.POST, "/duo-m2m/v1/notificaties")
                            .permitAll();
                    if (simulator) {
                        regels.requestMatchers("/duo-simulator/v1/**").permitAll();
                    }
                    regels.anyRequest().denyAll();
                })
                .sessionManagement(sessies -> sessies.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }
}
