package nl.openinburgering.platform.internal;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Login for the productie profile: OIDC login at the gemeente's identity provider for the UI, bearer JWTs from
 * that provider for the API. The URL rules and security headers are the same as in the demo profile
 * ({@link Toegangsregels}); HSTS is sent on every response because TLS ends at the proxy in front of the app,
 * so the app itself only ever sees plain HTTP.
 */
@Configuration(proxyBeanMethods = false)
@Profile(ProductieInstellingenControle.PROFIEL)
@EnableConfigurationProperties({ProductieOidc.class, ProductieJwt.class, ProductieClaims.Namen.class})
class ProductieBeveiliging {

    @Bean
    @Order(1)
    SecurityFilterChain apiBeveiliging(HttpSecurity http, ProductieClaims claims) throws Exception {
        AuthenticationEntryPoint nietIngelogd = nietIngelogd();
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(Toegangsregels::api)
                .oauth2ResourceServer(server -> server.jwt(
                                jwt -> jwt.jwtAuthenticationConverter(token -> authenticatie(token, claims)))
                        .authenticationEntryPoint(nietIngelogd)
                        .accessDeniedHandler(ApiProblemen.geenToegang()))
                .exceptionHandling(fouten ->
                        fouten.authenticationEntryPoint(nietIngelogd).accessDeniedHandler(ApiProblemen.geenToegang()))
                .sessionManagement(sessies -> sessies.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable()); // bearer tokens, no cookies: nothing for CSRF to abuse
        Toegangsregels.kopregels(http, true);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiBeveiliging(
            HttpSecurity http, ClientRegistrationRepository registraties, ProductieClaims claims) throws Exception {
        http.authorizeHttpRequests(Toegangsregels::ui)
                .exceptionHandling(fouten ->
                        fouten.authenticationEntryPoint(Toegangsregels.naarInloggen("/oauth2/authorization/oidc")))
                .oauth2Login(
                        login -> login.userInfoEndpoint(gebruiker -> gebruiker.oidcUserService(oidcGebruikers(claims)))
                                .defaultSuccessUrl("/", false))
                .logout(logout -> logout.logoutUrl("/uitloggen").logoutSuccessHandler(uitgelogd(registraties)))
                .sessionManagement(sessies -> sessies.sessionFixation(fixatie -> fixatie.changeSessionId()));
        Toegangsregels.kopregels(http, true);
        return http.build();
    }

    @Bean
    ClientRegistrationRepository clientRegistrationRepository(ProductieOidc oidc) {
        return new InMemoryClientRegistrationRepository(oidc.registratie());
    }

    @Bean
    JwtDecoder jwtDecoder(ProductieJwt jwt) {
        return jwt.decoder();
    }

    @Bean
    ProductieClaims productieClaims(ProductieClaims.Namen namen) {
        return new ProductieClaims(namen);
    }

    static AbstractAuthenticationToken authenticatie(Jwt token, ProductieClaims claims) {
        try {
            return new JwtAuthenticationToken(
                    token, claims.rechten(token.getClaims()), claims.gebruikersnaam(token.getClaims()));
        } catch (ProductieClaims.OngeldigeClaim fout) {
            throw new InvalidBearerTokenException(fout.melding(), fout);
        }
    }

    /** The standard OIDC user, with the authorities taken from the ID token and user info claims. */
    static OAuth2UserService<OidcUserRequest, OidcUser> oidcGebruikers(ProductieClaims claims) {
        OidcUserService standaard = new OidcUserService();
        return verzoek -> {
            OidcUser gebruiker = standaard.loadUser(verzoek);
            Map<String, Object> alle = new HashMap<>(gebruiker.getClaims());
            try {
                return new DefaultOidcUser(
                        claims.rechten(alle),
                        gebruiker.getIdToken(),
                        gebruiker.getUserInfo(),
                        claims.gebruikersnaamClaim(alle));
            } catch (ProductieClaims.OngeldigeClaim fout) {
                throw new OAuth2AuthenticationException(
                        new OAuth2Error("invalid_token", fout.getMessage(), null), fout);
            }
        };
    }

    /**
     * RP-initiated logout: the browser goes on to the provider's end-session endpoint with the ID token as
     * hint, so the single sign-on session ends too, and comes back to the login page.
     */
    static OidcClientInitiatedLogoutSuccessHandler uitgelogd(ClientRegistrationRepository registraties) {
        OidcClientInitiatedLogoutSuccessHandler uitgelogd = new OidcClientInitiatedLogoutSuccessHandler(registraties);
        uitgelogd.setPostLogoutRedirectUri("{baseUrl}/login?uitgelogd");
        // Without an end-session endpoint, not "/": that would send the user straight back into single sign-on.
        uitgelogd.setDefaultTargetUrl("/login?uitgelogd");
        return uitgelogd;
    }

    /** The bearer challenge (with the reason a token was refused) plus a problem+json body. */
    private static AuthenticationEntryPoint nietIngelogd() {
        BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
        return (verzoek, antwoord, fout) -> {
            bearer.commence(verzoek, antwoord, fout);
            ApiProblemen.schrijf(
                    antwoord,
                    HttpStatus.UNAUTHORIZED,
                    "Niet ingelogd",
                    "Stuur een geldig toegangstoken van de identity provider van de gemeente mee (Authorization: Bearer).");
        };
    }
}
