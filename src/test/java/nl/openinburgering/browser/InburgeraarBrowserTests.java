package nl.openinburgering.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.openinburgering.TestBsn;

/**
 * The consulent's and the beheerder's main paths in a real browser, with every page checked by axe-core
 * against WCAG 2.1 A and AA. Also proves that the pages work under the strict CSP: htmx loads without
 * inline styles and the browser reports no CSP violation.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class InburgeraarBrowserTests {

    @LocalServerPort
    int poort;

    @TempDir
    static Path profielMap;

    static ChromeDriver browser;
    final List<String> bezochtMetOvertredingen = new ArrayList<>();

    @BeforeAll
    static void startBrowser() {
        Browser.vereisChromium();
        browser = Browser.start(profielMap);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void begin() {
        browser.manage().deleteAllCookies();
    }

    @AfterEach
    void geenCspOvertredingen() {
        List<String> csp = browser.manage().logs().get("browser").getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy")).toList();
        assertThat(csp).as("CSP-overtredingen in de browserconsole").isEmpty();
    }

    @Test
    void consulentRegistersFindsViewsAndEditsAnInburgeraarOnAccessiblePages() throws IOException {
        open("/login");
        assertThat(browser.getTitle()).contains("Inloggen");
        controleerToegankelijkheid("inlogpagina");

        logIn("consulent.dalfsen");
        assertThat(tekst()).contains("Welkom, consulent.dalfsen");
        assertThat(browser.findElement(By.tagName("header")).getText()).contains("gemeente Dalfsen");
        new Actions(browser).sendKeys(Keys.TAB).perform();
        WebElement skiplink = browser.switchTo().activeElement();
        assertThat(skiplink.getText()).isEqualTo("Naar de inhoud");
        assertThat(skiplink.getAttribute("href")).endsWith("#inhoud");
        controleerToegankelijkheid("startpagina");
        assertThat(browser.executeScript("return htmx.config.includeIndicatorStyles")).isEqualTo(false);
        assertThat(browser.executeScript("return document.querySelectorAll('style').length")).isEqualTo(0L);

        open("/inburgeraars/nieuw");
        controleerToegankelijkheid("registratieformulier");
        vul("veld-bsn", TestBsn.ongeldig());
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        wacht(ExpectedConditions.presenceOfElementLocated(By.id("foutsamenvatting")));
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("foutsamenvatting");
        assertThat(browser.findElement(By.id("fout-bsn")).getText()).contains("elfproef");
        assertThat(browser.findElement(By.id("veld-bsn")).getAttribute("aria-invalid")).isEqualTo("true");
        controleerToegankelijkheid("registratieformulier met fouten");

        String bsn = TestBsn.nieuw();
        vul("veld-bsn", bsn);
        vul("veld-voornamen", "Amina");
        vul("veld-geslachtsnaam", "Haddad");
        datum("veld-geboortedatum", LocalDate.of(1994, 5, 17));
        browser.findElement(By.id("veld-doelgroep")).click();
        LocalDate vestiging = LocalDate.now().minusWeeks(4);
        datum("veld-datumStartInburgeringsplicht", vestiging.minusWeeks(8));
        datum("veld-datumVestigingGemeente", vestiging);
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        wacht(ExpectedConditions.presenceOfElementLocated(By.id("melding")));
        assertThat(tekst()).contains("De inburgeraar is geregistreerd.").contains("Amina Haddad")
                .contains("Nog 42 dagen.");
        controleerToegankelijkheid("detailpagina");
        String detail = browser.getCurrentUrl();
        assertThat(detail).doesNotContain(bsn);

        open("/inburgeraars/zoeken");
        controleerToegankelijkheid("zoekpagina");
        vul("veld-bsn", bsn);
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        wacht(ExpectedConditions.presenceOfElementLocated(By.id("resultaten")));
        assertThat(browser.findElement(By.id("resultaten")).getText()).contains("Amina Haddad");
        // htmx swapped the result in and app.js moved focus to it: proof that both run under the CSP.
        wacht(d -> "resultaten-titel".equals(browser.switchTo().activeElement().getAttribute("id")));
        assertThat(browser.getCurrentUrl()).doesNotContain(bsn);
        controleerToegankelijkheid("zoekresultaat");
        vul("veld-bsn", "12345");
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        wacht(ExpectedConditions.presenceOfElementLocated(By.id("fout-bsn")));
        assertThat(browser.findElement(By.id("fout-bsn")).getText()).contains("precies 9 cijfers");
        wacht(d -> "veld-bsn".equals(browser.switchTo().activeElement().getAttribute("id")));
        controleerToegankelijkheid("zoekpagina met ongeldig BSN");

        browser.get(detail);
        browser.findElement(By.id("wijzigen")).click();
        wacht(ExpectedConditions.presenceOfElementLocated(By.name("versie")));
        controleerToegankelijkheid("wijzigformulier");
        vul("veld-voornamen", "Amina Sara");
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        wacht(ExpectedConditions.presenceOfElementLocated(By.id("melding")));
        assertThat(tekst()).contains("De wijzigingen zijn opgeslagen.").contains("Amina Sara Haddad");

        open("/inburgeraars");
        controleerToegankelijkheid("lijst van inburgeraars");
        browser.findElement(By.cssSelector("th[aria-sort] a")).click();
        wacht(ExpectedConditions.presenceOfElementLocated(By.cssSelector("th[aria-sort=descending]")));
        open("/inburgeraars?sorteer=uiterlijkeDatumVaststellingPip");
        schermafbeelding();
        controleerToegankelijkheid("gesorteerde lijst");

        open("/toegankelijkheid");
        controleerToegankelijkheid("toegankelijkheidsverklaring");

        open("/inburgeraars/00000000-0000-0000-0000-000000000000");
        assertThat(tekst()).contains("Niet gevonden");
        controleerToegankelijkheid("foutpagina");

        browser.findElement(By.cssSelector("header form button[type=submit]")).click();
        wacht(ExpectedConditions.urlContains("/login?uitgelogd"));
        assertThat(tekst()).contains("U bent uitgelogd.");
        controleerToegankelijkheid("uitgelogd");

        assertThat(bezochtMetOvertredingen).as("pagina's met WCAG 2.1 AA-overtredingen").isEmpty();
    }

    @Test
    void beheerderSeesWhoProcessedAPersonsDataOnAnAccessiblePage() throws IOException {
        String bsn = TestBsn.nieuw();
        logIn("consulent.dalfsen");
        open("/inburgeraars/nieuw");
        vul("veld-bsn", bsn);
        vul("veld-voornamen", "Yonas");
        vul("veld-geslachtsnaam", "Tesfaye");
        datum("veld-geboortedatum", LocalDate.of(1988, 2, 3));
        browser.findElement(By.id("veld-doelgroep")).click();
        datum("veld-datumStartInburgeringsplicht", LocalDate.now().minusWeeks(2));
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        wacht(ExpectedConditions.presenceOfElementLocated(By.id("melding")));
        browser.findElement(By.cssSelector("header form button[type=submit]")).click();
        wacht(ExpectedConditions.urlContains("/login?uitgelogd"));

        logIn("beheer.dalfsen");
        open("/beheer/verwerkingen");
        controleerToegankelijkheid("verwerkingen opvragen");
        vul("veld-bsn", bsn);
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        wacht(ExpectedConditions.presenceOfElementLocated(By.id("resultaten")));
        assertThat(browser.findElement(By.id("verwerkingen")).getText())
                .contains("consulent.dalfsen").contains("Inburgeraar registreren").contains("Dossier inburgeraar raadplegen")
                .contains("AVG art. 6 lid 1 sub e");
        controleerToegankelijkheid("verwerkingen van een persoon");

        assertThat(bezochtMetOvertredingen).as("pagina's met WCAG 2.1 AA-overtredingen").isEmpty();
    }

    @Test
    void showsADutchMessageForAWrongPassword() throws IOException {
        open("/login");
        browser.findElement(By.id("username")).sendKeys("teamleider.dalfsen");
        browser.findElement(By.id("password")).sendKeys("verkeerd");
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        wacht(ExpectedConditions.presenceOfElementLocated(By.id("login-fout")));
        assertThat(browser.findElement(By.id("login-fout")).getText()).contains("wachtwoord is onjuist");
        controleerToegankelijkheid("inlogpagina met fout");
        assertThat(bezochtMetOvertredingen).isEmpty();
    }

    private void logIn(String gebruiker) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(gebruiker);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        wacht(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header form button[type=submit]")));
    }

    private void open(String pad) {
        browser.get("http://localhost:" + poort + pad);
    }

    private String tekst() {
        return browser.findElement(By.tagName("main")).getText();
    }

    private void vul(String id, String waarde) {
        WebElement veld = browser.findElement(By.id(id));
        veld.clear();
        veld.sendKeys(waarde);
    }

    /** Typing into a date field depends on the browser's locale; setting the ISO value does not. */
    private void datum(String id, LocalDate datum) {
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), datum.toString());
    }

    private <T> T wacht(Function<WebDriver, T> voorwaarde) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(voorwaarde);
    }

    /** Collects the violations per page, printed readably, so one run shows every page that fails. */
    private void controleerToegankelijkheid(String pagina) throws IOException {
        bewaarVoorBeoordeling(pagina);
        List<String> overtredingen = Browser.axeOvertredingen(browser);
        if (!overtredingen.isEmpty()) {
            String verslag = pagina + " (" + browser.getCurrentUrl() + "):\n  " + String.join("\n  ", overtredingen);
            System.err.println("axe-core WCAG 2.1 AA: " + verslag);
            bezochtMetOvertredingen.add(verslag);
        }
    }

    /** With {@code -Dui.schermafbeeldingen=<map>} every checked page is saved, for a human look at the layout. */
    private void bewaarVoorBeoordeling(String pagina) throws IOException {
        String map = System.getProperty("ui.schermafbeeldingen");
        if (map != null) {
            Path bestand = Path.of(map, pagina.replaceAll("[^a-zA-Z0-9]+", "-") + ".png");
            Files.createDirectories(bestand.getParent());
            Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), bestand, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The picture in the README: the list of inburgeraars of the demo gemeente. */
    private void schermafbeelding() throws IOException {
        Path bestand = Path.of(System.getProperty("user.dir"), "docs", "screenshot.png");
        Files.createDirectories(bestand.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), bestand, StandardCopyOption.REPLACE_EXISTING);
    }
}
