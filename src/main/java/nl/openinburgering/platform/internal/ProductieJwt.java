package nl.openinburgering.platform.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * The settings for bearer tokens on the API and the decoder made from them. A JWK set URI alone is enough to
 * check signatures; with an issuer too, the {@code iss} claim must match it. An issuer alone is resolved
 * through discovery on the first request, so the API does not need the identity provider at startup.
 */
@ConfigurationProperties("openinburgering.jwt")
record ProductieJwt(String issuerUri, String jwkSetUri, String audience) {

    JwtDecoder decoder() {
        if (!gezet(jwkSetUri)) {
            return new SupplierJwtDecoder(() -> {
                NimbusJwtDecoder ontdekt = JwtDecoders.fromIssuerLocation(issuerUri);
                ontdekt.setJwtValidator(validator());
                return ontdekt;
            });
        }
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwkSetUri).build();
        decoder.setJwtValidator(validator());
        return decoder;
    }

    OAuth2TokenValidator<Jwt> validator() {
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(
                gezet(issuerUri) ? JwtValidators.createDefaultWithIssuer(issuerUri) : JwtValidators.createDefault());
        if (gezet(audience)) {
            // A token the gemeente's provider issued for another application must not open this API.
            validators.add(new JwtClaimValidator<List<String>>(
                    JwtClaimNames.AUD, doelgroepen -> doelgroepen != null && doelgroepen.contains(audience)));
        }
        return new DelegatingOAuth2TokenValidator<>(validators);
    }

    private static boolean gezet(String waarde) {
        return waarde != null && !waarde.isBlank();
    }
}
