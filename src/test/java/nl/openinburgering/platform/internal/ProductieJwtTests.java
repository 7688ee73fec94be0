package nl.openinburgering.platform.internal;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

class ProductieJwtTests {

    private static final String ISSUER = "https://login.gemeente.nl/realms/inburgering";

    @Test
    void acceptsATokenOfTheConfiguredIssuerAndAudience() {
        ProductieJwt jwt = new ProductieJwt(ISSUER, ISSUER + "/certs", "open-inburgering");

        assertThat(jwt.validator().validate(token(ISSUER, "open-inburgering")).hasErrors())
                .isFalse();
    }

    @Test
    void refusesATokenOfAnotherIssuer() {
        ProductieJwt jwt = new ProductieJwt(ISSUER, ISSUER + "/certs", null);

        assertThat(jwt.validator()
                        .validate(token("https://login.elders.nl", "open-inburgering"))
                        .hasErrors())
                .isTrue();
    }

    @Test
    void refusesATokenIssuedForAnotherApplicationWhenAnAudienceIsSet() {
        ProductieJwt jwt = new ProductieJwt(ISSUER, ISSUER + "/certs", "open-inburgering");

        assertThat(jwt.validator().validate(token(ISSUER, "zaaksysteem")).hasErrors())
                .isTrue();
    }

    @Test
    void refusesAnExpiredToken() {
        ProductieJwt jwt = new ProductieJwt(null, ISSUER + "/certs", null);
        Jwt verlopen = Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .issuer(ISSUER)
                .issuedAt(Instant.now().minusSeconds(3600))
                .expiresAt(Instant.now().minusSeconds(1800))
                .build();

        assertThat(jwt.validator().validate(verlopen).hasErrors()).isTrue();
    }

    private static Jwt token(String issuer, String audience) {
        return Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .issuer(issuer)
                .audience(List.of(audience))
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(300))
                .build();
    }
}
