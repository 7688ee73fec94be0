package nl.openinburgering.platform.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Login for the demo profile: form login for the UI and HTTP Basic for the API, against the accounts in the
 * {@code gebruiker} table (password {@code demo}). Five failed logins lock an account for 15 minutes
 * ({@link Accountblokkering}). It serves every run that is not {@code productie}, also tests without demo data,
 * and loads no data, so it stays in the platform; the demo accounts come from the demo module's {@code db/demo}
 * (ADR 0009).
 */
@Configuration(proxyBeanMethods = false)
@Profile("!productie")
class DemoBeveiliging {

    @Bean
    @Order(1)
    SecurityFilterChain apiBeveiliging(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(Toegangsregels::api)
                .httpBasic(basic ->
                        basic.authenticationEntryPoint(ApiProblemen.nietIngelogd("Basic realm=\"Open Inburgering\"")))
                .exceptionHandling(fouten -> fouten.authenticationEntryPoint(
                                ApiProblemen.nietIngelogd("Basic realm=\"Open Inburgering\""))
                        .accessDeniedHandler(ApiProblemen.geenToegang()))
                .sessionManagement(sessies -> sessies.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable()); // stateless API without cookies: nothing for CSRF to abuse
        Toegangsregels.kopregels(http, false);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiBeveiliging(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(Toegangsregels::ui)
                .exceptionHandling(fouten -> fouten.authenticationEntryPoint(Toegangsregels.naarInloggen("/login")))
                .formLogin(login ->
                        login.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/uitloggen")
                        .logoutSuccessUrl("/login?uitgelogd")
                        .permitAll())
                .sessionManagement(sessies -> sessies.sessionFixation(fixatie -> fixatie.changeSessionId()));
        Toegangsregels.kopregels(http, false);
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
