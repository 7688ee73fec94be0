package nl.openinburgering.platform.internal;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;

import nl.openinburgering.OpenInburgeringApplication;
import nl.openinburgering.platform.internal.ProductieWeigering.Bezwaar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProductieInstellingenControleTests {

    static final Map<String, String> VOLLEDIG = Map.ofEntries(
            Map.entry("spring.datasource.url", "jdbc:postgresql://db.gemeente.nl:5432/openinburgering"),
            Map.entry("spring.datasource.username", "openinburgering_app"),
            Map.entry("spring.datasource.password", "app-wachtwoord"),
            Map.entry("spring.flyway.user", "openinburgering_eigenaar"),
            Map.entry("openinburgering.oidc.issuer-uri", "https://login.gemeente.nl/realms/inburgering"),
            Map.entry("openinburgering.oidc.client-id", "open-inburgering"),
            Map.entry("openinburgering.oidc.client-secret", "client-geheim"),
            Map.entry("openinburgering.jwt.issuer-uri", "https://login.gemeente.nl/realms/inburgering"),
            Map.entry("openinburgering.verwerkingenlog.sleutel", "k3Y-v00r-d3-v3rw3rk1ng3nl0g-Xq9Zr7Wp2Lm"));

    @Test
    void acceptsACompleteProductieConfiguration() {
        assertThat(ProductieInstellingenControle.bezwaren(productie(VOLLEDIG))).isEmpty();
    }

    @ParameterizedTest(name = "refuses to start without {0} and names {1}")
    @CsvSource({
        "spring.datasource.url, SPRING_DATASOURCE_URL",
        "spring.datasource.username, SPRING_DATASOURCE_USERNAME",
        "spring.datasource.password, SPRING_DATASOURCE_PASSWORD",
        "spring.flyway.user, SPRING_FLYWAY_USER",
        "openinburgering.oidc.issuer-uri, OPENINBURGERING_OIDC_ISSUER_URI",
        "openinburgering.oidc.client-id, OPENINBURGERING_OIDC_CLIENT_ID",
        "openinburgering.oidc.client-secret, OPENINBURGERING_OIDC_CLIENT_SECRET",
        "openinburgering.jwt.issuer-uri, OPENINBURGERING_JWT_ISSUER_URI",
        "openinburgering.verwerkingenlog.sleutel, OPENINBURGERING_VERWERKINGENLOG_SLEUTEL"
    })
    void refusesToStartWithoutARequiredSettingAndNamesIt(String eigenschap, String omgevingsvariabele) {
        MockEnvironment omgeving = productie(VOLLEDIG);
        omgeving.setProperty(eigenschap, "");

        assertThatThrownBy(() -> new ProductieInstellingenControle().postProcessEnvironment(omgeving, null))
                .isInstanceOf(ProductieWeigering.class)
                .hasMessageContaining(eigenschap)
                .hasMessageContaining(omgevingsvariabele)
                .hasMessageContaining("Instelling ontbreekt")
                .hasMessageContaining("Missing setting");
    }

    @Test
    void acceptsAJwkSetUriInsteadOfAJwtIssuer() {
        MockEnvironment omgeving = productie(VOLLEDIG);
        omgeving.setProperty("openinburgering.jwt.issuer-uri", "");
        omgeving.setProperty("openinburgering.jwt.jwk-set-uri", "https://login.gemeente.nl/certs");

        assertThat(ProductieInstellingenControle.bezwaren(omgeving)).isEmpty();
    }

    @Test
    void refusesTheEmbeddedDatabase() {
        assertThat(instellingen(met("openinburgering.database.ingebed", "true")))
                .containsExactly("openinburgering.database.ingebed (OPENINBURGERING_DATABASE_INGEBED)");
    }

    @Test
    void refusesWhenProfileDemoIsActiveToo() {
        MockEnvironment omgeving = productie(VOLLEDIG);
        omgeving.setActiveProfiles("productie", "demo");

        assertThat(ProductieInstellingenControle.bezwaren(omgeving))
                .extracting(Bezwaar::instelling)
                .containsExactly("spring.profiles.active (SPRING_PROFILES_ACTIVE)");
    }

    @Test
    void refusesDemoData() {
        assertThat(instellingen(met("openinburgering.demo.gegevens", "true")))
                .containsExactly("openinburgering.demo.gegevens (OPENINBURGERING_DEMO_GEGEVENS)");
    }

    @Test
    void refusesTheFlywayLocationWithDemoAccounts() {
        assertThat(instellingen(met("spring.flyway.locations", "classpath:db/migration,classpath:db/demo")))
                .containsExactly("spring.flyway.locations (SPRING_FLYWAY_LOCATIONS)");
    }

    @Test
    void refusesTheDemoKeyOfTheProcessingLog() {
        List<Bezwaar> bezwaren = ProductieInstellingenControle.bezwaren(
                met("openinburgering.verwerkingenlog.sleutel", "demo-sleutel-alleen-voor-het-demoprofiel"));

        assertThat(bezwaren).singleElement().satisfies(bezwaar -> {
            assertThat(bezwaar.instelling()).contains("OPENINBURGERING_VERWERKINGENLOG_SLEUTEL");
            assertThat(bezwaar.engels()).contains("known default");
        });
    }

    @Test
    void refusesAProcessingLogKeyShorterThan32Characters() {
        List<Bezwaar> bezwaren = ProductieInstellingenControle.bezwaren(
                met("openinburgering.verwerkingenlog.sleutel", "Kort-maar-uniek-0123456789abcde"));

        assertThat(bezwaren)
                .singleElement()
                .satisfies(bezwaar -> assertThat(bezwaar.nederlands()).contains("te zwak"));
    }

    @Test
    void refusesARepetitiveProcessingLogKey() {
        assertThat(instellingen(met("openinburgering.verwerkingenlog.sleutel", "a".repeat(64))))
                .containsExactly("openinburgering.verwerkingenlog.sleutel (OPENINBURGERING_VERWERKINGENLOG_SLEUTEL)");
    }

    @Test
    void refusesTheSameRoleForFlywayAndTheApp() {
        assertThat(instellingen(met("spring.flyway.user", "openinburgering_app")))
                .containsExactly("spring.flyway.user (SPRING_FLYWAY_USER)");
    }

    @Test
    void refusesADatabaseOtherThanPostgresql() {
        assertThat(instellingen(met("spring.datasource.url", "jdbc:h2:mem:test")))
                .containsExactly("spring.datasource.url (SPRING_DATASOURCE_URL)");
    }

    @Test
    void requiresTheOtherExplicitEndpointsOnceOneIsSet() {
        assertThat(instellingen(met("openinburgering.oidc.authorization-uri", "https://login.gemeente.nl/auth")))
                .containsExactly(
                        "openinburgering.oidc.token-uri (OPENINBURGERING_OIDC_TOKEN_URI)",
                        "openinburgering.oidc.jwk-set-uri (OPENINBURGERING_OIDC_JWK_SET_URI)");
    }

    @Test
    void leavesOtherProfilesAlone() {
        MockEnvironment omgeving = new MockEnvironment();
        omgeving.setActiveProfiles("demo");

        new ProductieInstellingenControle().postProcessEnvironment(omgeving, null);
    }

    @Test
    void refusesToStartTheApplicationBeforeAnyBeanExists() {
        SpringApplicationBuilder applicatie = new SpringApplicationBuilder(OpenInburgeringApplication.class)
                .profiles("productie")
                .web(WebApplicationType.NONE)
                .properties("openinburgering.verwerkingenlog.sleutel=");

        assertThatThrownBy(() -> applicatie.run())
                .isInstanceOf(ProductieWeigering.class)
                .hasMessageContaining("OPENINBURGERING_VERWERKINGENLOG_SLEUTEL")
                .hasMessageContaining("SPRING_DATASOURCE_URL");
    }

    @Test
    void explainsTheRefusalWithoutAStackTrace() {
        ProductieWeigering weigering =
                new ProductieWeigering(List.of(Bezwaar.ontbreekt("spring.flyway.user", "SPRING_FLYWAY_USER")));

        var analyse = new ProductieWeigeringAnalyse().analyze(new IllegalStateException(weigering));

        assertThat(analyse.getDescription()).contains("weigert te starten", "refuses to start", "SPRING_FLYWAY_USER");
        assertThat(analyse.getAction()).contains("docs/configuration.md");
    }

    private static List<String> instellingen(MockEnvironment omgeving) {
        return ProductieInstellingenControle.bezwaren(omgeving).stream()
                .map(Bezwaar::instelling)
                .toList();
    }

    private static MockEnvironment met(String eigenschap, String waarde) {
        MockEnvironment omgeving = productie(VOLLEDIG);
        omgeving.setProperty(eigenschap, waarde);
        return omgeving;
    }

    private static MockEnvironment productie(Map<String, String> eigenschappen) {
        MockEnvironment omgeving = new MockEnvironment();
        omgeving.setActiveProfiles("productie");
        eigenschappen.forEach(omgeving::setProperty);
        return omgeving;
    }
}
