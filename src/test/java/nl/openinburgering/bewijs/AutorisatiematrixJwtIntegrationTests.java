package nl.openinburgering.bewijs;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.openinburgering.OpenInburgeringApplication;
import nl.openinburgering.TestBsn;
import nl.openinburgering.platform.ProefIdentityProvider;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19, point 1: the authorisation matrix of the API once more, now through the productie profile's path: the
 * whole app in profile productie on a real Tomcat port, against a fresh database on the PostgreSQL server at
 * 127.0.0.1:5432 (owner and restricted app role, as {@code ProductieIntegrationTests}), every request with a bearer
 * JWT signed by a stand-in identity provider, its claims mapped to role and tenant by {@code ProductieClaims}. Every
 * operation × every role of {@code bewijs/autorisatiematrix.tsv} is called on a person of the token's own gemeente
 * (registered through the API by a consulent token) and, for operations with an id, on one of another gemeente.
 * The letters must hold as in the demo profile's run: {@code A} 401, {@code G} 403, {@code N} 404, {@code T} let
 * through (never 401/403/5xx); another gemeente's person is never 2xx. Productie has no demo data, so the parts
 * of a file below the person (a PIP, a zaak) are random ids there: those cells prove the role check and the 404,
 * the demo-profile run proves the rest.
 */
class AutorisatiematrixJwtIntegrationTests {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String ACHTERVOEGSEL = UUID.randomUUID().toString().substring(0, 8);
    private static final String DATABASE = "oi_jwt_" + ACHTERVOEGSEL;
    private static final String EIGENAAR = "oi_eigenaar_j" + ACHTERVOEGSEL;
    private static final String APP = "oi_app_j" + ACHTERVOEGSEL;

    private static JdbcClient beheer;
    private static ProefIdentityProvider idp;
    private static ConfigurableApplicationContext applicatie;
    private static String basis;
    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void start() throws Exception {
        try (Connection proef = DriverManager.getConnection(SERVER + "postgres", "postgres", "")) {
            proef.isValid(1);
        } catch (SQLException geenServer) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("Geen PostgreSQL op 127.0.0.1:5432 in CI", geenServer);
            }
            Assumptions.abort("Geen PostgreSQL op 127.0.0.1:5432: " + geenServer.getMessage());
        }
        beheer = JdbcClient.create(new DriverManagerDataSource(SERVER + "postgres", "postgres", ""));
        beheer.sql("create role " + EIGENAAR + " login password 'eigenaar' nosuperuser nobypassrls")
                .update();
        beheer.sql("create role " + APP + " login password 'app' nosuperuser nobypassrls nocreatedb nocreaterole")
                .update();
        beheer.sql("create database " + DATABASE + " owner " + EIGENAAR).update();
        idp = new ProefIdentityProvider();
        List<String> argumenten = List.of(
                "--spring.profiles.active=productie",
                "--server.port=0",
                "--spring.datasource.url=" + SERVER + DATABASE,
                "--spring.datasource.username=" + APP,
                "--spring.datasource.password=app",
                "--spring.flyway.user=" + EIGENAAR,
                "--spring.flyway.password=eigenaar",
                "--openinburgering.oidc.issuer-uri=" + idp.issuer(),
                "--openinburgering.oidc.client-id=open-inburgering",
                "--openinburgering.oidc.client-secret=proefgeheim",
                "--openinburgering.oidc.authorization-uri=" + idp.issuer() + "/authorize",
                "--openinburgering.oidc.token-uri=" + idp.issuer() + "/token",
                "--openinburgering.oidc.jwk-set-uri=" + idp.jwkSetUri(),
                "--openinburgering.jwt.issuer-uri=" + idp.issuer(),
                "--openinburgering.jwt.jwk-set-uri=" + idp.jwkSetUri(),
                "--openinburgering.verwerkingenlog.sleutel=proef-" + UUID.randomUUID() + UUID.randomUUID());
        applicatie =
                new SpringApplicationBuilder(OpenInburgeringApplication.class).run(argumenten.toArray(String[]::new));
        basis = "http://127.0.0.1:" + applicatie.getEnvironment().getProperty("local.server.port");
        // The gemeenten are reference rows an operator loads; the owner does it here as a migration would.
        JdbcClient.create(new DriverManagerDataSource(SERVER + DATABASE, EIGENAAR, "eigenaar"))
                .sql("insert into gemeente (code, naam) values ('0148', 'Dalfsen'), ('0180', 'Staphorst') "
                        + "on conflict do nothing")
                .update();
    }

    @AfterAll
    static void stop() {
        if (applicatie != null) {
            applicatie.close();
        }
        if (idp != null) {
            idp.close();
        }
        if (beheer != null) {
            beheer.sql("drop database if exists " + DATABASE + " with (force)").update();
            beheer.sql("drop role if exists " + APP).update();
            beheer.sql("drop role if exists " + EIGENAAR).update();
        }
    }

    String token(String rol, boolean eigen) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("sub", rol.toLowerCase() + (eigen ? "-eigen" : "-ander"));
        claims.put("preferred_username", rol.toLowerCase() + ".proef");
        claims.put("roles", List.of(rol));
        if (rol.equals("AANBIEDER")) {
            claims.put(
                    "aanbieder_id",
                    eigen
                            ? AutorisatiematrixIntegrationTests.TAALSCHOOL
                            : AutorisatiematrixIntegrationTests.PARTICIPATIE);
        } else {
            claims.put("gemeentecode", eigen ? "0148" : "0180");
        }
        return idp.token(claims);
    }

    HttpResponse<String> stuur(String methode, String pad, String token, String soort, String inhoud) throws Exception {
        return stuur(methode, pad, token, soort, inhoud, List.of());
    }

    HttpResponse<String> stuur(
            String methode, String pad, String token, String soort, String inhoud, List<String> koppen)
            throws Exception {
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create(basis + pad))
                .header("Accept", "application/json, application/problem+json, */*");
        for (String kop : koppen) {
            verzoek.header(kop, UUID.randomUUID().toString());
        }
        if (token != null) {
            verzoek.header("Authorization", "Bearer " + token);
        }
        if (soort != null) {
            verzoek.header("Content-Type", soort);
        }
        verzoek.method(
                methode,
                inhoud == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(inhoud));
        return http.send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A person registered through the API by a consulent of the gemeente; its id. */
    String persoon(boolean eigen) throws Exception {
        HttpResponse<String> antwoord =
                stuur("POST", "/api/v1/inburgeraars", token("CONSULENT", eigen), "application/json", """
                {"bsn": "%s", "voornamen": "Hiwet", "geslachtsnaam": "Gebremedhin", "geboortedatum": "1990-01-01",
                 "doelgroep": "ASIELSTATUSHOUDER", "datumStartInburgeringsplicht": "2026-01-01"}""".formatted(
                                TestBsn.nieuw()));
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(201);
        return json.readTree(antwoord.body()).path("id").asString();
    }

    @Test
    void everyOperationTimesEveryRoleThroughTheProductieJwtPath() throws Exception {
        HttpResponse<String> doc = stuur("GET", "/api/v1/openapi.json", token("CONSULENT", true), null, null);
        assertThat(doc.statusCode()).isEqualTo(200);
        JsonNode document = json.readTree(doc.body());
        List<AutorisatiematrixIntegrationTests.Operatie> operaties =
                AutorisatiematrixIntegrationTests.operaties(document);
        Map<String, List<String>> verwacht = AutorisatiematrixIntegrationTests.verwacht();
        Map<Boolean, String> personen = Map.of(true, persoon(true));
        List<String> fouten = new ArrayList<>();
        List<String> lekken = new ArrayList<>();
        int cellen = 0;
        var rollen = AutorisatiematrixIntegrationTests.ROLLEN;
        for (var operatie : operaties) {
            List<String> rij = verwacht.get(operatie.id());
            if (rij == null || rij.size() != rollen.size()) {
                fouten.add("no (complete) row for " + operatie.id());
                continue;
            }
            for (int i = 0; i < rollen.size(); i++) {
                String rol = rollen.get(i).kolom();
                boolean anoniem = rol.equals("ANONIEM");
                int eigen = voerUit(operatie, anoniem ? null : token(rol, true), personen.get(true), true);
                cellen++;
                String moet = rij.get(i);
                boolean goed = switch (moet) {
                    case "T" -> eigen != 401 && eigen != 403 && eigen < 500;
                    // A facade that loads the resource before it checks the role answers 404 for an id that does
                    // not exist; productie's database has only the person, so a PIP or zaak id is random here.
                    case "G" -> eigen == 403 || eigen == 404 && zonderGegevens(operatie) && ++geweigerdAlsOnbekend > 0;
                    case "N" -> eigen == 404;
                    case "A" -> eigen == 401;
                    default -> false;
                };
                if (!goed) {
                    fouten.add("%s as %s (JWT): %d, expected %s".formatted(operatie.id(), rol, eigen, moet));
                }
                if (!anoniem && !operatie.padParameters().isEmpty()) {
                    // The token of this role in the other gemeente (or provider), on the first gemeente's person.
                    int ander = voerUit(operatie, token(rol, false), personen.get(true), true);
                    cellen++;
                    if (ander >= 200 && ander < 300) {
                        lekken.add("%s as %s of another tenant (JWT): %d".formatted(operatie.id(), rol, ander));
                    }
                    if (moet.equals("T") && ander != 404 && ander != 400 && ander != 409) {
                        fouten.add("%s as %s of another tenant (JWT): %d, expected 404"
                                .formatted(operatie.id(), rol, ander));
                    }
                }
            }
        }
        String verslag = ("Authorisation matrix, productie JWT path: %d operations, %d roles, %d cells, %d leaks; "
                        + "%d G cells answered 404 for a resource productie's database does not hold%n")
                .formatted(operaties.size(), rollen.size(), cellen, lekken.size(), geweigerdAlsOnbekend);
        System.out.print(verslag);
        Path uit = Path.of("target", "bewijs", "autorisatiematrix-jwt.txt");
        Files.createDirectories(uit.getParent());
        Files.writeString(uit, verslag + String.join("\n", fouten));
        assertThat(lekken).isEmpty();
        assertThat(fouten).isEmpty();
        assertThat(zonderProbleem).isEmpty();
        assertThat(operaties).hasSizeGreaterThan(50);
    }

    final List<String> zonderProbleem = new ArrayList<>();
    int geweigerdAlsOnbekend;

    /** Whether the path names a resource below the person that productie's empty database does not hold. */
    static boolean zonderGegevens(AutorisatiematrixIntegrationTests.Operatie operatie) {
        return operatie.padParameters().stream()
                .anyMatch(p -> !List.of("inburgeraarId", "id", "aanbiederId", "volgnummer")
                        .contains(p));
    }

    int voerUit(AutorisatiematrixIntegrationTests.Operatie operatie, String token, String persoon, boolean eigen)
            throws Exception {
        String pad = operatie.pad();
        for (String parameter : operatie.padParameters()) {
            String waarde = switch (parameter) {
                case "inburgeraarId", "id" -> persoon;
                case "aanbiederId" ->
                    eigen
                            ? AutorisatiematrixIntegrationTests.TAALSCHOOL
                            : AutorisatiematrixIntegrationTests.PARTICIPATIE;
                case "volgnummer" -> "1";
                default -> UUID.randomUUID().toString();
            };
            pad = pad.replace("{" + parameter + "}", waarde);
        }
        String soort = operatie.soortInhoud().orElse(null);
        String inhoud = soort == null ? null : soort.contains("json") ? "{}" : "";
        HttpResponse<String> antwoord =
                stuur(operatie.methode().name(), pad, token, soort, inhoud, operatie.kopParameters());
        if (operatie.methode() != HttpMethod.GET
                && antwoord.statusCode() >= 400
                && !antwoord.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            zonderProbleem.add(operatie.id() + ": " + antwoord.statusCode() + " without problem+json");
        }
        return antwoord.statusCode();
    }
}
