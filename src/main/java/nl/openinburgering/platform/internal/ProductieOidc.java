package nl.openinburgering.platform.internal;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;

/**
 * The settings of the gemeente's OIDC identity provider for the UI login, and the client registration made
 * from them. With only an issuer, the endpoints come from the provider's discovery document (so the provider
 * must be reachable at startup); with explicit endpoints the app starts without asking the provider anything,
 * which suits a network where the app may not reach out at boot.
 */
@ConfigurationProperties("openinburgering.oidc")
record ProductieOidc(
        String issuerUri,
        String clientId,
        String clientSecret,
        List<String> scopes,
        String authorizationUri,
        String tokenUri,
        String jwkSetUri,
        String userInfoUri,
        String endSessionUri) {

    static final String REGISTRATIE = "oidc";

    ProductieOidc {
        scopes = scopes == null || scopes.isEmpty() ? List.of("openid", "profile", "email") : List.copyOf(scopes);
    }

    boolean heeftExpliciteEindpunten() {
        return gezet(authorizationUri) && gezet(tokenUri) && gezet(jwkSetUri);
    }

    ClientRegistration registratie() {
        ClientRegistration.Builder builder =
                heeftExpliciteEindpunten() ? expliciet() : ClientRegistrations.fromIssuerLocation(issuerUri);
        return builder.registrationId(REGISTRATIE)
                .clientName("Inloggen bij de gemeente")
                .clientId(clientId)
                .clientSecret(clientSecret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope(scopes)
                .build();
    }

    private ClientRegistration.Builder expliciet() {
        ClientRegistration.Builder builder = ClientRegistration.withRegistrationId(REGISTRATIE)
                .issuerUri(issuerUri)
                .authorizationUri(authorizationUri)
                .tokenUri(tokenUri)
                .jwkSetUri(jwkSetUri)
                .userNameAttributeName(IdTokenClaimNames.SUB);
        if (gezet(userInfoUri)) {
            builder.userInfoUri(userInfoUri);
        }
        if (gezet(endSessionUri)) {
            // Read by the RP-initiated logout handler, exactly as if it came from the discovery document.
            builder.providerConfigurationMetadata(Map.of("end_session_endpoint", endSessionUri));
        }
        return builder;
    }

    private static boolean gezet(String waarde) {
        return waarde != null && !waarde.isBlank();
    }
}
