package nl.openinburgering.platform.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProductieOidcTests {

    private static final String ISSUER = "https://login.gemeente.nl/realms/inburgering";

    private final ProductieOidc oidc = new ProductieOidc(
            ISSUER,
            "open-inburgering",
            "geheim",
            null,
            ISSUER + "/auth",
            ISSUER + "/token",
            ISSUER + "/certs",
            null,
            ISSUER + "/logout");

    @Test
    void buildsTheRegistrationFromExplicitEndpointsWithoutAskingTheProvider() {
        ClientRegistration registratie = oidc.registratie();

        assertThat(registratie.getRegistrationId()).isEqualTo("oidc");
        assertThat(registratie.getProviderDetails().getIssuerUri()).isEqualTo(ISSUER);
        assertThat(registratie.getProviderDetails().getTokenUri()).isEqualTo(ISSUER + "/token");
        assertThat(registratie.getProviderDetails().getJwkSetUri()).isEqualTo(ISSUER + "/certs");
        assertThat(registratie.getScopes()).containsExactlyInAnyOrder("openid", "profile", "email");
        assertThat(registratie.getProviderDetails().getConfigurationMetadata())
                .containsEntry("end_session_endpoint", ISSUER + "/logout");
    }

    @Test
    void mapsTheClaimsOfTheIdTokenToTheAuthoritiesOfTheUiUser() {
        OidcUser gebruiker = ProductieBeveiliging.oidcGebruikers(new ProductieClaims(ProductieClaims.Namen.standaard()))
                .loadUser(verzoek(Map.of(
                        "sub",
                        "9f1",
                        "preferred_username",
                        "t.teamleider",
                        "roles",
                        List.of("TEAMLEIDER"),
                        "gemeentecode",
                        "1896")));

        assertThat(gebruiker.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_TEAMLEIDER", "GEMEENTE_1896");
        assertThat(gebruiker.getName()).isEqualTo("t.teamleider");
    }

    @Test
    void refusesAnOidcLoginWithAMalformedGemeentecode() {
        var gebruikers = ProductieBeveiliging.oidcGebruikers(new ProductieClaims(ProductieClaims.Namen.standaard()));

        assertThatThrownBy(() -> gebruikers.loadUser(
                        verzoek(Map.of("sub", "9f1", "roles", "CONSULENT", "gemeentecode", "01480"))))
                .isInstanceOf(OAuth2AuthenticationException.class);
    }

    @Test
    void logsOutAtTheIdentityProviderWithTheIdTokenAsHint() throws Exception {
        var afhandeling = ProductieBeveiliging.uitgelogd(new InMemoryClientRegistrationRepository(oidc.registratie()));
        OidcUser gebruiker = ProductieBeveiliging.oidcGebruikers(new ProductieClaims(ProductieClaims.Namen.standaard()))
                .loadUser(verzoek(Map.of("sub", "9f1", "roles", "CONSULENT", "gemeentecode", "0148")));
        MockHttpServletRequest verzoek = new MockHttpServletRequest("POST", "/uitloggen");
        verzoek.setScheme("https");
        verzoek.setServerName("inburgering.gemeente.nl");
        verzoek.setServerPort(443);
        MockHttpServletResponse antwoord = new MockHttpServletResponse();

        afhandeling.onLogoutSuccess(
                verzoek, antwoord, new OAuth2AuthenticationToken(gebruiker, gebruiker.getAuthorities(), "oidc"));

        assertThat(antwoord.getRedirectedUrl())
                .startsWith(ISSUER + "/logout?")
                .contains("id_token_hint=idtoken")
                .contains("post_logout_redirect_uri=https://inburgering.gemeente.nl/login?uitgelogd");
    }

    private OidcUserRequest verzoek(Map<String, Object> claims) {
        OidcIdToken idToken = OidcIdToken.withTokenValue("idtoken")
                .claims(c -> c.putAll(claims))
                .issuer(ISSUER)
                .audience(List.of("open-inburgering"))
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(300))
                .build();
        OAuth2AccessToken toegang = new OAuth2AccessToken(
                OAuth2AccessToken.TokenType.BEARER,
                "toegang",
                Instant.now(),
                Instant.now().plusSeconds(300));
        return new OidcUserRequest(oidc.registratie(), toegang, idToken);
    }
}
