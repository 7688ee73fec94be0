package nl.openinburgering.platform.internal;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import nl.openinburgering.OpenInburgeringApplication;
import nl.openinburgering.platform.ProefIdentityProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Starts the whole app in profile productie against the real PostgreSQL on 127.0.0.1:5432, in a fresh database
 * with an owner role and a restricted app role, and a stand-in identity provider on loopback. Skipped when
 * that PostgreSQL server is not there.
 */
class ProductieIntegrationTests {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String ACHTERVOEGSEL = UUID.randomUUID().toString().substring(0, 8);
    private static final String DATABASE = "oi_test_" + ACHTERVOEGSEL;
    private static final String EIGENAAR = "oi_eigenaar_" + ACHTERVOEGSEL;
    private static final String APP = "oi_app_" + ACHTERVOEGSEL;

    private static JdbcClient beheer;
    private static ProefIdentityProvider idp;
    private static ConfigurableApplicationContext applicatie;
    private static String basis;
    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() throws Exception {
        try (Connection proef = DriverManager.getConnection(SERVER + "postgres", "postgres", "")) {
            proef.isValid(1);
        } catch (SQLException geenServer) {
            // CI has this server (.ci/run starts it): there a missing server is a failure, never a silent skip.
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
        applicatie = productie(APP).run();
        basis = "http://127.0.0.1:" + applicatie.getEnvironment().getProperty("local.server.port");
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

    @Test
    void migratesAsTheOwnerAndConnectsAsTheAppRole() {
        JdbcClient database = JdbcClient.create(new DriverManagerDataSource(SERVER + DATABASE, "postgres", ""));

        assertThat(database.sql("select distinct tableowner from pg_tables where schemaname = 'public'")
                        .query(String.class)
                        .list())
                .containsExactly(EIGENAAR);
        assertThat(database.sql(
                                "select distinct usename from pg_stat_activity where datname = ? and usename <> 'postgres'")
                        .param(DATABASE)
                        .query(String.class)
                        .list())
                .containsExactly(APP);
    }

    @Test
    void answersARequestWithoutATokenWith401ProblemJson() throws Exception {
        HttpResponse<String> antwoord = get("/api/v1/inburgeraars", null);

        assertThat(antwoord.statusCode()).isEqualTo(401);
        assertThat(antwoord.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(antwoord.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Bearer"));
        assertThat(antwoord.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(antwoord.body()).contains("\"status\":401");
    }

    @Test
    void acceptsASignedTokenOfAConsulent() throws Exception {
        String token = idp.token(Map.of(
                "sub",
                "c1",
                "preferred_username",
                "consulent.proef",
                "roles",
                List.of("CONSULENT"),
                "gemeentecode",
                "0148"));

        assertThat(get("/api/v1/inburgeraars", token).statusCode()).isEqualTo(200);
    }

    @Test
    void answersARoleThatMayNotListInburgeraarsWith403ProblemJson() throws Exception {
        String token = idp.token(Map.of(
                "sub",
                "a1",
                "roles",
                List.of("AANBIEDER"),
                "aanbieder_id",
                UUID.randomUUID().toString()));

        HttpResponse<String> antwoord = get("/api/v1/inburgeraars", token);

        assertThat(antwoord.statusCode()).isEqualTo(403);
        assertThat(antwoord.body()).contains("\"status\":403");
    }

    @Test
    void refusesATokenWithAMalformedGemeenteWith401() throws Exception {
        String token = idp.token(Map.of("sub", "c2", "roles", List.of("CONSULENT"), "gemeentecode", "Dalfsen"));

        assertThat(get("/api/v1/inburgeraars", token).statusCode()).isEqualTo(401);
    }

    @Test
    void sendsAnAnonymousVisitorOfTheUiToTheIdentityProvider() throws Exception {
        HttpResponse<String> start = get("/", null);
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(start.headers().firstValue("Location"))
                .hasValueSatisfying(adres -> assertThat(adres).endsWith("/oauth2/authorization/oidc"));

        HttpResponse<String> naarIdp = get("/oauth2/authorization/oidc", null);
        assertThat(naarIdp.statusCode()).isEqualTo(302);
        assertThat(naarIdp.headers().firstValue("Location"))
                .hasValueSatisfying(adres -> assertThat(adres)
                        .startsWith(idp.issuer() + "/authorize?")
                        .contains("client_id=open-inburgering", "nonce=", "state="));
    }

    /** Issue 19, point 8: the session cookie never travels over plain HTTP and is out of reach of scripts. */
    @Test
    void theSessionCookieIsSecureHttpOnlyAndSameSiteLax() throws Exception {
        HttpResponse<String> naarIdp = get("/oauth2/authorization/oidc", null);

        assertThat(naarIdp.headers().allValues("Set-Cookie"))
                .filteredOn(cookie -> cookie.startsWith("SESSION="))
                .isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie)
                        .contains("; Secure")
                        .contains("; HttpOnly")
                        .containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void logsAUiUserInThroughTheIdentityProviderWithTheRoleFromTheIdTokenAndANewSessionId() throws Exception {
        HttpResponse<String> naarIdp = get("/oauth2/authorization/oidc", null);
        String sessie = sessiecookie(naarIdp);
        Map<String, String> parameters =
                parameters(naarIdp.headers().firstValue("Location").orElseThrow());
        idp.volgendIdToken(Map.of(
                "sub",
                "c9",
                "preferred_username",
                "consulent.oidc",
                "roles",
                List.of("CONSULENT"),
                "gemeentecode",
                "0148",
                "aud",
                "open-inburgering",
                "nonce",
                URLDecoder.decode(parameters.get("nonce"), StandardCharsets.UTF_8)));

        HttpResponse<String> terug =
                metSessie("/login/oauth2/code/oidc?code=proefcode&state=" + parameters.get("state"), sessie);

        assertThat(terug.statusCode()).isEqualTo(302);
        assertThat(terug.headers().firstValue("Location")).hasValue(basis + "/");
        String ingelogd = sessiecookie(terug);
        assertThat(ingelogd).isNotEqualTo(sessie);
        assertThat(metSessie("/beheer/verwerkingen", ingelogd).statusCode()).isEqualTo(403);
        assertThat(metSessie("/inburgeraars", ingelogd).statusCode()).isNotIn(302, 401, 403);
    }

    @Test
    void refusesALogoutWithoutCsrfToken() throws Exception {
        HttpRequest uitloggen = HttpRequest.newBuilder(URI.create(basis + "/uitloggen"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();

        assertThat(http.send(uitloggen, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(403);
    }

    @Test
    void refusesToStartWhenTheAppConnectsAsASuperuser() {
        assertThatThrownBy(() -> productie("postgres").run())
                .satisfies(fout -> assertThat(NestedExceptionUtils.getMostSpecificCause(fout))
                        .isInstanceOf(ProductieWeigering.class)
                        .hasMessageContaining("superuser 'postgres'")
                        .hasMessageContaining("SPRING_DATASOURCE_USERNAME"));
    }

    private HttpResponse<String> metSessie(String pad, String sessiecookie) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(basis + pad))
                        .header("Cookie", sessiecookie)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String sessiecookie(HttpResponse<?> antwoord) {
        return antwoord.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("SESSION=") || cookie.startsWith("JSESSIONID="))
                .map(cookie -> cookie.substring(0, cookie.indexOf(';')))
                .findFirst()
                .orElseThrow();
    }

    /** The query parameters of a URL, still URL-encoded. */
    private static Map<String, String> parameters(String adres) {
        Map<String, String> parameters = new HashMap<>();
        for (String paar : URI.create(adres).getRawQuery().split("&")) {
            int is = paar.indexOf('=');
            parameters.put(paar.substring(0, is), paar.substring(is + 1));
        }
        return parameters;
    }

    private HttpResponse<String> get(String pad, String token) throws Exception {
        HttpRequest.Builder verzoek =
                HttpRequest.newBuilder(URI.create(basis + pad)).GET();
        if (token != null) {
            verzoek.header("Authorization", "Bearer " + token);
        }
        return http.send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Command-line arguments, so they win over application.yml exactly as environment variables would. */
    private static SpringApplicationBuilder productie(String appRol) {
        List<String> argumenten = new ArrayList<>(List.of(
                "--spring.profiles.active=productie",
                "--server.port=0",
                "--spring.datasource.url=" + SERVER + DATABASE,
                "--spring.datasource.username=" + appRol,
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
                "--openinburgering.verwerkingenlog.sleutel=proef-" + UUID.randomUUID() + UUID.randomUUID()));
        return new SpringApplicationBuilder(OpenInburgeringApplication.class) {
            @Override
            public ConfigurableApplicationContext run(String... ignored) {
                return super.run(argumenten.toArray(String[]::new));
            }
        };
    }
}
