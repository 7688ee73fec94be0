package nl.openinburgering.platform.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import nl.openinburgering.platform.Gebruiker;
import nl.openinburgering.platform.HuidigeGebruiker;
import nl.openinburgering.platform.Rol;
import nl.openinburgering.shared.Gemeentecode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProductieClaimsTests {

    private final ProductieClaims standaard = new ProductieClaims(ProductieClaims.Namen.standaard());

    @AfterEach
    void vergeetGebruiker() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void mapsAJwtWithRoleAndGemeenteToTheGebruiker() {
        Jwt token = token(Map.of(
                "sub",
                "f3a9",
                "preferred_username",
                "j.jansen",
                "roles",
                List.of("CONSULENT"),
                "gemeentecode",
                "0148"));

        Gebruiker gebruiker = ingelogdMet(token, standaard);

        assertThat(gebruiker)
                .isEqualTo(new Gebruiker(
                        "j.jansen", Rol.CONSULENT, Optional.of(new Gemeentecode("0148")), Optional.empty()));
    }

    @Test
    void mapsAnAanbiederTokenToTheProvider() {
        UUID aanbieder = UUID.fromString("6a0c1b6e-2f4d-4c36-9a77-1f0e5b1d0a01");
        Jwt token = token(Map.of("sub", "taalschool", "roles", "aanbieder", "aanbieder_id", aanbieder.toString()));

        Gebruiker gebruiker = ingelogdMet(token, standaard);

        assertThat(gebruiker.rol()).isEqualTo(Rol.AANBIEDER);
        assertThat(gebruiker.aanbieder()).contains(aanbieder);
        assertThat(gebruiker.gemeente()).isEmpty();
        assertThat(gebruiker.gebruikersnaam()).isEqualTo("taalschool");
    }

    @Test
    void readsConfiguredAndNestedClaimNamesAsKeycloakSendsThem() {
        ProductieClaims keycloak =
                new ProductieClaims(new ProductieClaims.Namen("realm_access.roles", "gemeente", "aanbieder", "email"));
        Jwt token = token(Map.of(
                "sub",
                "x",
                "email",
                "t.teamleider@dalfsen.nl",
                "realm_access",
                Map.of("roles", List.of("offline_access", "uma_authorization", "teamleider")),
                "gemeente",
                "0148"));

        Gebruiker gebruiker = ingelogdMet(token, keycloak);

        assertThat(gebruiker.rol()).isEqualTo(Rol.TEAMLEIDER);
        assertThat(gebruiker.gemeente()).contains(new Gemeentecode("0148"));
        assertThat(gebruiker.gebruikersnaam()).isEqualTo("t.teamleider@dalfsen.nl");
    }

    @Test
    void acceptsRoleNamesInLowerCaseWithDashesOrWithTheRolePrefix() {
        assertThat(rechten(Map.of("roles", "functioneel-beheerder"))).containsExactly("ROLE_FUNCTIONEEL_BEHEERDER");
        assertThat(rechten(Map.of("roles", List.of("ROLE_CONSULENT")))).containsExactly("ROLE_CONSULENT");
    }

    @Test
    void takesTheFirstKnownRoleOnlyBecauseTheDomainWorksWithOneRole() {
        assertThat(rechten(Map.of("roles", List.of("offline_access", "TEAMLEIDER", "CONSULENT"))))
                .containsExactly("ROLE_TEAMLEIDER");
    }

    @Test
    void padsANumericGemeentecodeToFourDigits() {
        assertThat(rechten(Map.of("roles", "CONSULENT", "gemeentecode", 148)))
                .containsExactly("ROLE_CONSULENT", "GEMEENTE_0148");
    }

    @Test
    void givesNoRoleForATokenWithoutAKnownRoleSoEveryUrlIsClosed() {
        Jwt token = token(Map.of("sub", "x", "roles", List.of("offline_access"), "gemeentecode", "0148"));

        assertThat(ProductieBeveiliging.authenticatie(token, standaard).getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactly("GEMEENTE_0148");
        SecurityContextHolder.getContext().setAuthentication(ProductieBeveiliging.authenticatie(token, standaard));
        assertThat(HuidigeGebruiker.huidige()).isEmpty();
    }

    @Test
    void refusesATokenWithAMalformedGemeentecode() {
        Jwt token = token(Map.of("sub", "x", "roles", "CONSULENT", "gemeentecode", "Dalfsen"));

        assertThatThrownBy(() -> ProductieBeveiliging.authenticatie(token, standaard))
                .isInstanceOf(InvalidBearerTokenException.class)
                .hasMessageContaining("gemeentecode");
    }

    @Test
    void refusesATokenWithSeveralGemeentenBecauseTheTenantWouldBeAGuess() {
        Jwt token = token(Map.of("sub", "x", "roles", "CONSULENT", "gemeentecode", List.of("0148", "0180")));

        assertThatThrownBy(() -> ProductieBeveiliging.authenticatie(token, standaard))
                .isInstanceOf(InvalidBearerTokenException.class);
    }

    @Test
    void refusesATokenWithAMalformedAanbiederId() {
        Jwt token = token(Map.of("sub", "x", "roles", "AANBIEDER", "aanbieder_id", "taalschool"));

        assertThatThrownBy(() -> ProductieBeveiliging.authenticatie(token, standaard))
                .isInstanceOf(InvalidBearerTokenException.class)
                .hasMessageContaining("aanbieder_id");
    }

    private List<String> rechten(Map<String, Object> claims) {
        return standaard.rechten(claims).stream()
                .map(GrantedAuthority::getAuthority)
                .toList();
    }

    private static Gebruiker ingelogdMet(Jwt token, ProductieClaims claims) {
        Authentication authenticatie = ProductieBeveiliging.authenticatie(token, claims);
        SecurityContextHolder.getContext().setAuthentication(authenticatie);
        return HuidigeGebruiker.vereist();
    }

    private static Jwt token(Map<String, Object> claims) {
        return Jwt.withTokenValue("token")
                .header("alg", "RS256")
                .claims(c -> c.putAll(claims))
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(300))
                .build();
    }
}
