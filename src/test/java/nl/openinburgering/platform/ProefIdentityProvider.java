package nl.openinburgering.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for the gemeente's identity provider in tests: serves its JWK set on loopback and signs tokens
 * with the matching key, and answers the token endpoint of the authorization code flow with an ID token the test
 * prepared. No discovery document: the app is configured with explicit endpoints.
 */
public final class ProefIdentityProvider implements AutoCloseable {

    private final RSAKey sleutel;
    private final HttpServer server;
    private volatile Map<String, Object> volgendIdToken = Map.of();

    public ProefIdentityProvider() throws IOException, JOSEException {
        this.sleutel = new RSAKeyGenerator(2048).keyID("proef").generate();
        byte[] jwks = new JWKSet(sleutel.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/jwks.json", uitwisseling -> {
            uitwisseling.getResponseHeaders().add("Content-Type", "application/json");
            uitwisseling.sendResponseHeaders(200, jwks.length);
            try (OutputStream uit = uitwisseling.getResponseBody()) {
                uit.write(jwks);
            }
        });
        server.createContext("/token", uitwisseling -> {
            // The authorization code flow's last step: hand out the ID token the test prepared.
            uitwisseling.getRequestBody().readAllBytes();
            byte[] antwoord = ("{\"access_token\":\"toegang\",\"token_type\":\"Bearer\",\"expires_in\":300,"
                            + "\"id_token\":\"" + token(volgendIdToken) + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            uitwisseling.getResponseHeaders().add("Content-Type", "application/json");
            uitwisseling.sendResponseHeaders(200, antwoord.length);
            try (OutputStream uit = uitwisseling.getResponseBody()) {
                uit.write(antwoord);
            }
        });
        server.start();
    }

    /** The claims of the ID token the token endpoint hands out next (include {@code aud} and {@code nonce}). */
    public void volgendIdToken(Map<String, Object> claims) {
        this.volgendIdToken = Map.copyOf(claims);
    }

    public String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String jwkSetUri() {
        return issuer() + "/jwks.json";
    }

    /** A token valid for five minutes, issued by this provider, with the given claims. */
    public String token(Map<String, Object> claims) {
        JWTClaimsSet.Builder inhoud = new JWTClaimsSet.Builder()
                .issuer(issuer())
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(300)));
        claims.forEach(inhoud::claim);
        SignedJWT token = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(sleutel.getKeyID())
                        .build(),
                inhoud.build());
        try {
            token.sign(new RSASSASigner(sleutel));
        } catch (JOSEException onmogelijk) {
            throw new IllegalStateException(onmogelijk);
        }
        return token.serialize();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
