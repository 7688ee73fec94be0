package nl.openinburgering.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every browser test shares: the app on a random port, one headless Chromium per class, a fresh session
 * per test, and after each test the two checks that hold for every page visited: no WCAG 2.1 A/AA violation
 * found by axe-core, and no CSP violation in the browser console.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
abstract class BrowserTest {

    @TempDir
    static Path profielMap;

    static ChromeDriver chromium;

    @LocalServerPort
    int poort;

    BrowserSessie sessie;

    @BeforeAll
    static void startBrowser() {
        Browser.vereisChromium();
        chromium = Browser.start(profielMap);
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.quit();
            chromium = null;
        }
    }

    @BeforeEach
    void nieuweSessie() {
        sessie = new BrowserSessie(chromium, poort);
    }

    /**
     * R2.1, R2.4: holds the brede intake through the API as this consulent (an intakegesprek and a leerbaarheidstoets
     * result), as a PIP needs before it is vastgesteld (R3.1). Call it before a test fixes a PIP.
     */
    void houdIntake(String consulent, String inburgeraarId) throws Exception {
        String basis = "/api/v1/inburgeraars/" + inburgeraarId + "/intake";
        LocalDate datum = LocalDate.now().minusDays(7);
        intakeApi(consulent, "POST", basis + "/gesprekken", """
                {"soort": "INTAKEGESPREK", "datum": "%s", "deelnemers": "Inburgeraar en consulent", "tolk": false}""".formatted(datum));
        String toets = intakeApi(consulent, "GET", basis + "/leerbaarheidstoets", null);
        String versie = toets.replaceAll("(?s).*\"versie\"\\s*:\\s*(\\d+).*", "$1");
        intakeApi(consulent, "PUT", basis + "/leerbaarheidstoets", """
                {"aanmeldingsdatum": "%s", "resultaat": "B1_ROUTE_HAALBAAR", "versie": %s}""".formatted(datum, versie));
    }

    private String intakeApi(String gebruiker, String methode, String pad, String json) throws Exception {
        HttpResponse<String> antwoord = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString(
                                                                (gebruiker + ":demo").getBytes(StandardCharsets.UTF_8)))
                                .header("Content-Type", "application/json")
                                .method(
                                        methode,
                                        json == null
                                                ? HttpRequest.BodyPublishers.noBody()
                                                : HttpRequest.BodyPublishers.ofString(json))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode())
                .as(methode + " " + pad + ": " + antwoord.body())
                .isBetween(200, 201);
        return antwoord.body();
    }

    @AfterEach
    void allePaginasToegankelijkEnZonderCspOvertreding() {
        assertThat(sessie.cspMeldingen())
                .as("CSP-overtredingen in de browserconsole")
                .isEmpty();
        assertThat(sessie.overtredingen())
                .as("pagina's met WCAG 2.1 AA-overtredingen")
                .isEmpty();
    }
}
