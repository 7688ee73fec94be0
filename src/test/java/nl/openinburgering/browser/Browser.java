package nl.openinburgering.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Headless Debian Chromium for the browser tests, and the axe-core check every page must pass. Without
 * Chromium the tests are skipped on a developer's machine, but fail on CI, where a skip would hide that
 * nothing was tested.
 */
final class Browser {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Browser() {}

    static void vereisChromium() {
        boolean aanwezig = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String melding = "Chromium (" + CHROMIUM + ") en chromedriver (" + CHROMEDRIVER + ") ontbreken; "
                + "installeer ze met: apt-get install -y chromium chromium-driver";
        if (!aanwezig && "true".equals(System.getenv("CI"))) {
            fail(melding);
        }
        assumeTrue(aanwezig, melding + " (browsertests overgeslagen)");
    }

    static ChromeDriver start(Path profielMap) {
        ChromeOptions opties = new ChromeOptions();
        opties.setBinary(CHROMIUM.toFile());
        opties.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + profielMap.toAbsolutePath(),
                "--window-size=1280,1000",
                "--lang=nl-NL");
        opties.setExperimentalOption("prefs", Map.of("intl.accept_languages", "nl-NL,nl"));
        opties.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService dienst = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(dienst, opties);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /**
     * Injects axe-core into the page and runs the WCAG 2.1 A/AA rules. Selenium runs the script through the
     * driver, not as a page script, so the page's strict CSP ({@code script-src 'self'}) does not block it.
     */
    static List<String> axeOvertredingen(JavascriptExecutor browser) {
        browser.executeScript(AXE);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> overtredingen =
                (List<Map<String, Object>>) browser.executeAsyncScript("""
                const klaar = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: arguments[0] } })
                   .then(r => klaar(r.violations.map(v => ({
                       id: v.id, impact: v.impact, help: v.help,
                       nodes: v.nodes.map(n => n.target.join(' ') + ' -> ' + n.failureSummary) }))))
                   .catch(e => klaar([{ id: 'axe-fout', impact: 'critical', help: String(e), nodes: [] }]));
                """, WCAG_21_AA);
        return overtredingen.stream()
                .map(v -> "[" + v.get("impact") + "] " + v.get("id") + ": " + v.get("help") + "\n    "
                        + ((List<?>) v.get("nodes"))
                                .stream().map(String::valueOf).collect(Collectors.joining("\n    ")))
                .toList();
    }

    private static final String AXE = lees("/axe/axe.min.js");

    private static String lees(String bron) {
        try (InputStream in = Browser.class.getResourceAsStream(bron)) {
            if (in == null) {
                throw new IllegalStateException("Ontbreekt op het classpath: " + bron);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
