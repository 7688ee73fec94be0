package nl.openinburgering.browser;

import java.nio.file.Path;

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
