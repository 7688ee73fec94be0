package nl.openinburgering.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published OpenAPI document, fetched the way an integrator would: over HTTP, without logging in. The
 * test also saves it as {@code target/openapi.json}, which {@code .ci/run} lints with the official NL API
 * Design Rules ruleset.
 */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "openinburgering.database.map=target/postgres-openapi",
            "openinburgering.database.schoon=true",
            "openinburgering.demo.gegevens=false"
        })
class OpenApiDocumentTests {

    static final Path DOCUMENT = Path.of("target/openapi.json");

    @LocalServerPort
    int poort;

    @Test
    void publishesTheOpenApiDocumentWithoutLogin() throws Exception {
        HttpResponse<String> antwoord = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + poort + "/api/v1/openapi.json"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(antwoord.statusCode()).isEqualTo(200);
        assertThat(antwoord.headers().firstValue("API-Version"))
                .hasValueSatisfying(versie -> assertThat(versie).matches("\\d+\\.\\d+\\.\\d+"));
        Files.createDirectories(DOCUMENT.getParent());
        Files.writeString(DOCUMENT, antwoord.body());

        JsonNode document = JsonMapper.builder().build().readTree(antwoord.body());
        assertThat(document.path("openapi").asString()).startsWith("3.");
        assertThat(document.path("servers").path(0).path("url").asString()).isEqualTo("/api/v1");
        assertThat(document.path("info").path("version").asString())
                .isEqualTo(antwoord.headers().firstValue("API-Version").orElseThrow());
        assertThat(document.path("paths").has("/inburgeraars")).isTrue();
        assertThat(document.path("paths").has("/inburgeraars/{id}")).isTrue();
        assertThat(document.path("paths").has("/inburgeraars/_zoek")).isTrue();
    }

    @Test
    void documentsTheVersionHeaderAndProblemJsonOnEveryOperation() throws Exception {
        HttpResponse<String> antwoord = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + poort + "/api/v1/openapi.json"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        JsonNode paden = JsonMapper.builder().build().readTree(antwoord.body()).path("paths");

        paden.properties()
                .forEach(pad -> pad.getValue().properties().forEach(operatie -> {
                    JsonNode antwoorden = operatie.getValue().path("responses");
                    assertThat(antwoorden.properties())
                            .as(pad.getKey() + " " + operatie.getKey())
                            .isNotEmpty();
                    antwoorden.properties().forEach(code -> {
                        String waar = operatie.getKey() + " " + pad.getKey() + " " + code.getKey();
                        assertThat(code.getValue().path("headers").has("API-Version"))
                                .as(waar)
                                .isTrue();
                        if (code.getKey().startsWith("4") || code.getKey().startsWith("5")) {
                            assertThat(code.getValue().path("content").has("application/problem+json"))
                                    .as(waar)
                                    .isTrue();
                        }
                    });
                }));
    }
}
