package nl.openinburgering.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The functioneel beheerder's letterhead page in a real browser, checked by axe-core (WCAG 2.1 AA). */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class HuisstijlBrowserTests {

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
        }
    }

    @BeforeEach
    void nieuweSessie() {
        sessie = new BrowserSessie(chromium, poort);
    }

    @AfterEach
    void allePaginasToegankelijkEnZonderCspOvertreding() {
        assertThat(sessie.cspMeldingen()).as("CSP-overtredingen in de browserconsole").isEmpty();
        assertThat(sessie.overtredingen()).as("pagina's met WCAG 2.1 AA-overtredingen").isEmpty();
    }

    @Test
    void beheerderEditsTheLetterheadOnAnAccessiblePageWithAccessibleErrors() {
        sessie.open("/login");
        sessie.logIn("beheer.dalfsen");
        sessie.open("/beheer/huisstijl");
        assertThat(sessie.tekst()).contains("Huisstijl van de brieven").contains("Gemeente Dalfsen");
        sessie.controleerToegankelijkheid("huisstijl");

        sessie.vul("veld-bezwaaradres", "");
        sessie.verstuur();
        sessie.wachtOp("foutsamenvatting");
        assertThat(sessie.tekst()).contains("Vul het adres in waar een inwoner bezwaar maakt.");
        sessie.controleerToegankelijkheid("huisstijl met fouten");

        sessie.vul("veld-bezwaaradres", "College van burgemeester en wethouders van Dalfsen, Postbus 35, 7720 AA Dalfsen");
        sessie.verstuur();
        sessie.wachtOp("melding");
        assertThat(sessie.tekst()).contains("De huisstijl is opgeslagen.");
        sessie.controleerToegankelijkheid("huisstijl opgeslagen");

        // The gemeente's other setting for letters and PIPs: four eyes. Saved as it is, so other tests keep it.
        sessie.open("/beheer/pip-beleid");
        sessie.controleerToegankelijkheid("beleid PIP");
        assertThat(sessie.element("veld-vierOgen").isSelected()).isTrue();
        sessie.element("opslaan").click();
        sessie.wachtOp("melding");
        assertThat(sessie.tekst("melding")).contains("vier ogen");
        sessie.controleerToegankelijkheid("beleid PIP opgeslagen");
    }
}
