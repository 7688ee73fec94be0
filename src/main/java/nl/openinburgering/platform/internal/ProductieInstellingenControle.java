package nl.openinburgering.platform.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;

import nl.openinburgering.platform.internal.ProductieWeigering.Bezwaar;

/**
 * Checks the settings of the productie profile before any bean exists, and refuses to start when one is
 * missing or unsafe. It runs last among the environment post-processors, so it sees every config file,
 * environment variable and command-line argument. Checking this early means a misconfigured installation
 * fails in seconds with a list of what to fix, instead of starting half-way with a demo key or an embedded
 * database holding real personal data.
 */
class ProductieInstellingenControle implements EnvironmentPostProcessor, Ordered {

    static final String PROFIEL = "productie";
    static final int MINIMALE_SLEUTELLENGTE = 32;

    /** Keys that appear in this repository or in every tutorial: whoever has the code could use them. */
    private static final Set<String> BEKENDE_SLEUTELS = Set.of(
            "demo-sleutel-alleen-voor-het-demoprofiel",
            "changeme",
            "change-me",
            "geheim",
            "secret",
            "wachtwoord",
            "password",
            "test",
            "demo");

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment omgeving, SpringApplication applicatie) {
        if (!omgeving.matchesProfiles(PROFIEL)) {
            return;
        }
        List<Bezwaar> bezwaren = bezwaren(omgeving);
        if (!bezwaren.isEmpty()) {
            throw new ProductieWeigering(bezwaren);
        }
    }

    static List<Bezwaar> bezwaren(Environment omgeving) {
        List<Bezwaar> bezwaren = new ArrayList<>();
        geenDemo(omgeving, bezwaren);
        verplicht(omgeving, bezwaren, "spring.datasource.url", "SPRING_DATASOURCE_URL");
        verplicht(omgeving, bezwaren, "spring.datasource.username", "SPRING_DATASOURCE_USERNAME");
        verplicht(omgeving, bezwaren, "spring.datasource.password", "SPRING_DATASOURCE_PASSWORD");
        verplicht(omgeving, bezwaren, "spring.flyway.user", "SPRING_FLYWAY_USER");
        database(omgeving, bezwaren);
        verplicht(omgeving, bezwaren, "openinburgering.oidc.issuer-uri", "OPENINBURGERING_OIDC_ISSUER_URI");
        verplicht(omgeving, bezwaren, "openinburgering.oidc.client-id", "OPENINBURGERING_OIDC_CLIENT_ID");
        verplicht(omgeving, bezwaren, "openinburgering.oidc.client-secret", "OPENINBURGERING_OIDC_CLIENT_SECRET");
        expliciteEindpunten(omgeving, bezwaren);
        jwt(omgeving, bezwaren);
        verwerkingenlogSleutel(omgeving, bezwaren);
        return bezwaren;
    }

    /** Demo accounts have a published password; the embedded database keeps personal data on the app host. */
    private static void geenDemo(Environment omgeving, List<Bezwaar> bezwaren) {
        if (omgeving.matchesProfiles("demo")) {
            bezwaren.add(new Bezwaar(
                    "spring.profiles.active (SPRING_PROFILES_ACTIVE)",
                    "Profiel demo is ook actief; productie draait nooit samen met demo",
                    "Profile demo is active too; productie never runs together with demo"));
        }
        if (isWaar(omgeving, "openinburgering.database.ingebed")) {
            bezwaren.add(
                    new Bezwaar(
                            "openinburgering.database.ingebed (OPENINBURGERING_DATABASE_INGEBED)",
                            "De ingebedde database staat aan; productie gebruikt een externe PostgreSQL (SPRING_DATASOURCE_URL)",
                            "The embedded database is switched on; productie uses an external PostgreSQL (SPRING_DATASOURCE_URL)"));
        }
        if (isWaar(omgeving, "openinburgering.demo.gegevens")) {
            bezwaren.add(new Bezwaar(
                    "openinburgering.demo.gegevens (OPENINBURGERING_DEMO_GEGEVENS)",
                    "Demogegevens staan aan; productie heeft geen demo-accounts of demodossiers",
                    "Demo data is switched on; productie has no demo accounts or demo files"));
        }
        if (waarde(omgeving, "spring.flyway.locations").contains("db/demo")) {
            bezwaren.add(new Bezwaar(
                    "spring.flyway.locations (SPRING_FLYWAY_LOCATIONS)",
                    "De Flyway-locatie db/demo is ingesteld; die maakt demo-accounts met een bekend wachtwoord",
                    "The Flyway location db/demo is configured; it creates demo accounts with a known password"));
        }
    }

    /** Row-level security needs PostgreSQL, and it only binds a role that does not own the tables. */
    private static void database(Environment omgeving, List<Bezwaar> bezwaren) {
        String url = waarde(omgeving, "spring.datasource.url");
        if (!url.isEmpty() && !url.startsWith("jdbc:postgresql:")) {
            bezwaren.add(
                    new Bezwaar(
                            "spring.datasource.url (SPRING_DATASOURCE_URL)",
                            "Geen PostgreSQL-adres (jdbc:postgresql:...); de gemeentescheiding steunt op PostgreSQL row-level security",
                            "Not a PostgreSQL URL (jdbc:postgresql:...); tenant isolation relies on PostgreSQL row-level security"));
        }
        String app = waarde(omgeving, "spring.datasource.username");
        if (!app.isEmpty() && app.equals(waarde(omgeving, "spring.flyway.user"))) {
            bezwaren.add(new Bezwaar(
                    "spring.flyway.user (SPRING_FLYWAY_USER)",
                    "Flyway en de app gebruiken dezelfde rol '" + app
                            + "'; de app-rol mag geen eigenaar van de tabellen zijn",
                    "Flyway and the app use the same role '" + app + "'; the app role must not own the tables"));
        }
    }

    /** Explicit endpoints are all or nothing: a half-configured provider would fail at the first login. */
    private static void expliciteEindpunten(Environment omgeving, List<Bezwaar> bezwaren) {
        List<String> eindpunten = List.of("authorization-uri", "token-uri", "jwk-set-uri");
        boolean enigeGezet = eindpunten.stream()
                .anyMatch(eindpunt ->
                        !waarde(omgeving, "openinburgering.oidc." + eindpunt).isEmpty());
        if (enigeGezet) {
            for (String eindpunt : eindpunten) {
                verplicht(
                        omgeving,
                        bezwaren,
                        "openinburgering.oidc." + eindpunt,
                        "OPENINBURGERING_OIDC_" + eindpunt.replace('-', '_').toUpperCase(Locale.ROOT));
            }
        }
    }

    private static void jwt(Environment omgeving, List<Bezwaar> bezwaren) {
        if (waarde(omgeving, "openinburgering.jwt.issuer-uri").isEmpty()
                && waarde(omgeving, "openinburgering.jwt.jwk-set-uri").isEmpty()) {
            String instelling = "openinburgering.jwt.issuer-uri (OPENINBURGERING_JWT_ISSUER_URI) of/or "
                    + "openinburgering.jwt.jwk-set-uri (OPENINBURGERING_JWT_JWK_SET_URI)";
            bezwaren.add(new Bezwaar(
                    instelling,
                    "Instelling ontbreekt; zet minstens een van beide",
                    "Missing setting; set at least one of the two"));
        }
    }

    private static void verwerkingenlogSleutel(Environment omgeving, List<Bezwaar> bezwaren) {
        String eigenschap = "openinburgering.verwerkingenlog.sleutel";
        String variabele = "OPENINBURGERING_VERWERKINGENLOG_SLEUTEL";
        String sleutel = waarde(omgeving, eigenschap);
        if (sleutel.isEmpty()) {
            bezwaren.add(Bezwaar.ontbreekt(eigenschap, variabele));
        } else if (BEKENDE_SLEUTELS.contains(sleutel.toLowerCase(Locale.ROOT)) || sleutel.contains("demo-sleutel")) {
            bezwaren.add(new Bezwaar(
                    eigenschap + " (" + variabele + ")",
                    "De sleutel van de verwerkingenlog is een bekende standaardwaarde; kies een eigen geheime sleutel",
                    "The processing-log key is a known default value; choose a secret key of your own"));
        } else if (sleutel.length() < MINIMALE_SLEUTELLENGTE
                || sleutel.chars().distinct().count() < 8) {
            // The key turns a BSN into a pseudonym; a short or repetitive key can be brute-forced over all BSNs.
            bezwaren.add(new Bezwaar(
                    eigenschap + " (" + variabele + ")",
                    "De sleutel van de verwerkingenlog is te zwak: minstens " + MINIMALE_SLEUTELLENGTE
                            + " tekens en niet eentonig (bijvoorbeeld: openssl rand -base64 48)",
                    "The processing-log key is too weak: at least " + MINIMALE_SLEUTELLENGTE
                            + " characters and not repetitive (for example: openssl rand -base64 48)"));
        }
    }

    private static void verplicht(Environment omgeving, List<Bezwaar> bezwaren, String eigenschap, String variabele) {
        if (waarde(omgeving, eigenschap).isEmpty()) {
            bezwaren.add(Bezwaar.ontbreekt(eigenschap, variabele));
        }
    }

    private static boolean isWaar(Environment omgeving, String eigenschap) {
        return "true".equalsIgnoreCase(waarde(omgeving, eigenschap));
    }

    /** A setting whose placeholder cannot be resolved counts as missing rather than as a crash. */
    private static String waarde(Environment omgeving, String eigenschap) {
        try {
            String waarde = omgeving.getProperty(eigenschap);
            return waarde == null ? "" : waarde.strip();
        } catch (IllegalArgumentException onoplosbaar) {
            return "";
        }
    }
}
