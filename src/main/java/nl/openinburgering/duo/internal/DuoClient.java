package nl.openinburgering.duo.internal;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import nl.openinburgering.duo.Digikoppeling;

/**
 * R10.1: the gemeente's side of raadpleging and melding: one HTTP call to DUO with the Digikoppeling headers. The
 * request is checked against DUO's OpenAPI file before it leaves (a message that does not conform is never sent)
 * and the answer after it arrives. In productie the connection uses the PKIoverheid client certificate of the SSL
 * bundle {@code openinburgering.duo.ssl-bundle} (mutual TLS).
 */
@Component
public class DuoClient {

    /** DUO's answer: its status, body and headers, and what in it does not conform to the specification. */
    public record Antwoord(int status, @Nullable String inhoud, List<String> contractfouten) {

        public boolean gelukt() {
            return status >= 200 && status < 300;
        }

        public boolean geweigerd() {
            return status >= 400 && status < 500;
        }
    }

    /** A request of ours that does not conform: never sent, because DUO would refuse it every time. */
    public static final class BerichtVoldoetNiet extends RuntimeException {
        public BerichtVoldoetNiet(List<String> fouten) {
            super("Het bericht voldoet niet aan de specificatie van DUO: " + String.join("; ", fouten));
        }
    }

    private final DuoContract contract;
    private final RestClient http;

    private final DuoEigenschappen eigenschappen;
    private final Environment omgeving;

    DuoClient(
            DuoContract contract,
            DuoEigenschappen eigenschappen,
            ObjectProvider<SslBundles> bundels,
            Environment omgeving) {
        this.contract = contract;
        this.eigenschappen = eigenschappen;
        this.omgeving = omgeving;
        HttpClient.Builder client = HttpClient.newBuilder().connectTimeout(eigenschappen.verbindingsTimeout());
        if (eigenschappen.sslBundle() != null && !eigenschappen.sslBundle().isBlank()) {
            client.sslContext(
                    bundels.getObject().getBundle(eigenschappen.sslBundle()).createSslContext());
        }
        JdkClientHttpRequestFactory fabriek = new JdkClientHttpRequestFactory(client.build());
        fabriek.setReadTimeout(eigenschappen.leesTimeout());
        this.http = RestClient.builder().requestFactory(fabriek).build();
    }

    /**
     * DUO's base URL; {@code {poort}} in it stands for this app's own port (the simulator in demo and tests, whose
     * port is only known once the server runs).
     */
    private String basis() {
        if (eigenschappen.basisUrl().contains("/duo-simulator/")
                && omgeving.acceptsProfiles(org.springframework.core.env.Profiles.of("productie"))) {
            throw new IllegalStateException("Het adres van DUO is niet ingesteld (openinburgering.duo.basis-url)");
        }
        return eigenschappen.basisUrl().replace("{poort}", omgeving.getProperty("local.server.port", "0"));
    }

    /** Sends one message; a network error or timeout is thrown, any HTTP status is returned. */
    public Antwoord stuur(Digikoppeling kop, String api, String methode, String pad, @Nullable String inhoud) {
        Map<String, String> kopregels = new LinkedHashMap<>();
        kopregels.put(Digikoppeling.BRON, kop.bron().waarde());
        kopregels.put(Digikoppeling.DOEL, kop.doel().waarde());
        kopregels.put(Digikoppeling.BERICHT_ID, kop.berichtId().toString());
        List<String> fouten = contract.verzoek(api, methode, pad, kopregels, inhoud);
        if (!fouten.isEmpty()) {
            throw new BerichtVoldoetNiet(fouten);
        }
        RestClient.RequestBodySpec verzoek = http.method(HttpMethod.valueOf(methode))
                .uri(java.net.URI.create(basis() + pad))
                .accept(MediaType.APPLICATION_JSON)
                .headers(h -> kopregels.forEach(h::set));
        if (inhoud != null) {
            verzoek.contentType(MediaType.APPLICATION_JSON).body(inhoud);
        }
        return verzoek.exchange((req, antwoord) -> {
            byte[] bytes = antwoord.getBody().readAllBytes();
            String tekst = bytes.length == 0 ? null : new String(bytes, StandardCharsets.UTF_8);
            Map<String, String> kop2 = new LinkedHashMap<>();
            antwoord.getHeaders().forEach((naam, waarden) -> kop2.put(naam, String.join(",", waarden)));
            int status = antwoord.getStatusCode().value();
            return new Antwoord(status, tekst, contract.antwoord(api, methode, pad, status, kop2, tekst));
        });
    }
}
