package nl.openinburgering.browser;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import nl.openinburgering.TestBsn;
import nl.openinburgering.shared.Vandaag;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consulent's and the beheerder's main paths in a real browser, with every page checked by axe-core
 * against WCAG 2.1 A and AA. Also proves that the pages work under the strict CSP: htmx and our own script
 * run, htmx adds no inline styles, and the browser reports no CSP violation.
 */
class InburgeraarBrowserTests extends BrowserTest {

    @Test
    void consulentRegistersFindsViewsAndEditsAnInburgeraarOnAccessiblePages() {
        sessie.open("/login");
        assertThat(chromium.getTitle()).contains("Inloggen");
        sessie.controleerToegankelijkheid("inlogpagina");
        sessie.logIn("consulent.dalfsen");
        startpaginaIsMetToetsenbordEnOnderCspTeGebruiken();

        String bsn = TestBsn.nieuw();
        registratieMetOngeldigBsnToontDeFouten();
        String detail = registreer(bsn, "Amina", "Haddad");
        assertThat(sessie.tekst()).contains("De inburgeraar is geregistreerd.").contains("Nog 42 dagen.");
        sessie.controleerToegankelijkheid("detailpagina");
        assertThat(detail).doesNotContain(bsn);

        zoekOpBsn(bsn);
        wijzigVoornamen(detail, "Amina Sara");
        lijstIsSorteerbaar();

        sessie.open("/toegankelijkheid");
        sessie.controleerToegankelijkheid("toegankelijkheidsverklaring");
        sessie.open("/inburgeraars/00000000-0000-0000-0000-000000000000");
        assertThat(sessie.tekst()).contains("Niet gevonden");
        sessie.controleerToegankelijkheid("foutpagina");
        sessie.logUit();
        assertThat(sessie.tekst()).contains("U bent uitgelogd.");
        sessie.controleerToegankelijkheid("uitgelogd");
    }

    @Test
    void beheerderSeesWhoProcessedAPersonsDataOnAnAccessiblePage() {
        String bsn = TestBsn.nieuw();
        sessie.logIn("consulent.dalfsen");
        registreer(bsn, "Yonas", "Tesfaye");
        sessie.logUit();

        sessie.logIn("beheer.dalfsen");
        sessie.open("/beheer/verwerkingen");
        sessie.controleerToegankelijkheid("verwerkingen opvragen");
        sessie.vul("veld-bsn", bsn);
        sessie.verstuur();
        sessie.wachtOp("resultaten");
        assertThat(sessie.tekst("verwerkingen"))
                .contains("consulent.dalfsen")
                .contains("Inburgeraar registreren")
                .contains("Dossier inburgeraar raadplegen")
                .contains("AVG art. 6 lid 1 sub e");
        sessie.controleerToegankelijkheid("verwerkingen van een persoon");
    }

    @Test
    void showsADutchMessageForAWrongPassword() {
        sessie.open("/login");
        sessie.vul("username", "teamleider.dalfsen");
        sessie.vul("password", "verkeerd");
        sessie.verstuur();
        sessie.wachtOp("login-fout");
        assertThat(sessie.tekst("login-fout")).contains("wachtwoord is onjuist");
        sessie.controleerToegankelijkheid("inlogpagina met fout");
    }

    /** Guards the guard: a check that finds nothing on a page with a known fault would prove nothing. */
    @Test
    void axeReportsAViolationThatIsPlantedInThePage() {
        sessie.open("/toegankelijkheid");
        chromium.executeScript("document.querySelector('main').appendChild(document.createElement('img'))"
                + ".setAttribute('src', '/favicon.ico')");
        assertThat(Browser.axeOvertredingen(chromium)).anyMatch(v -> v.contains("image-alt"));
    }

    private void startpaginaIsMetToetsenbordEnOnderCspTeGebruiken() {
        assertThat(sessie.tekst()).contains("Welkom, consulent.dalfsen");
        assertThat(chromium.findElement(By.tagName("header")).getText()).contains("gemeente Dalfsen");
        sessie.controleerToegankelijkheid("startpagina");
        new Actions(chromium).sendKeys(Keys.TAB).perform();
        WebElement skiplink = chromium.switchTo().activeElement();
        assertThat(skiplink.getText()).isEqualTo("Naar de inhoud");
        assertThat(skiplink.getAttribute("href")).endsWith("#inhoud");
        assertThat(chromium.executeScript("return htmx.config.includeIndicatorStyles"))
                .isEqualTo(false);
        assertThat(chromium.executeScript("return document.querySelectorAll('style').length"))
                .isEqualTo(0L);
    }

    private void registratieMetOngeldigBsnToontDeFouten() {
        sessie.open("/inburgeraars/nieuw");
        sessie.controleerToegankelijkheid("registratieformulier");
        sessie.vul("veld-bsn", TestBsn.ongeldig());
        sessie.verstuur();
        sessie.wachtOp("foutsamenvatting");
        assertThat(sessie.focus()).isEqualTo("foutsamenvatting");
        assertThat(sessie.tekst("fout-bsn")).contains("elfproef");
        assertThat(sessie.element("veld-bsn").getAttribute("aria-invalid")).isEqualTo("true");
        sessie.controleerToegankelijkheid("registratieformulier met fouten");
    }

    /** Registers a person through the form and returns the URL of their detail page. */
    private String registreer(String bsn, String voornamen, String geslachtsnaam) {
        sessie.open("/inburgeraars/nieuw");
        sessie.vul("veld-bsn", bsn);
        sessie.vul("veld-voornamen", voornamen);
        sessie.vul("veld-geslachtsnaam", geslachtsnaam);
        sessie.datum("veld-geboortedatum", LocalDate.of(1994, 5, 17));
        sessie.element("veld-doelgroep").click();
        // Dutch date, as the detail page counts the days remaining in Dutch days.
        LocalDate vestiging = Vandaag.datum().minusWeeks(4);
        sessie.datum("veld-datumStartInburgeringsplicht", vestiging.minusWeeks(8));
        sessie.datum("veld-datumVestigingGemeente", vestiging);
        sessie.verstuur();
        sessie.wachtOp("melding");
        assertThat(sessie.tekst()).contains(voornamen + " " + geslachtsnaam);
        return chromium.getCurrentUrl();
    }

    private void zoekOpBsn(String bsn) {
        sessie.open("/inburgeraars/zoeken");
        sessie.controleerToegankelijkheid("zoekpagina");
        sessie.vul("veld-bsn", bsn);
        sessie.verstuur();
        sessie.wachtOp("resultaten");
        assertThat(sessie.tekst("resultaten")).contains("Amina Haddad");
        // htmx swapped the result in and app.js moved focus to it: both run under the CSP.
        sessie.wacht(d -> "resultaten-titel".equals(sessie.focus()));
        assertThat(chromium.getCurrentUrl()).doesNotContain(bsn);
        sessie.controleerToegankelijkheid("zoekresultaat");

        sessie.vul("veld-bsn", "12345");
        sessie.verstuur();
        sessie.wachtOp("fout-bsn");
        assertThat(sessie.tekst("fout-bsn")).contains("precies 9 cijfers");
        sessie.wacht(d -> "veld-bsn".equals(sessie.focus()));
        sessie.controleerToegankelijkheid("zoekpagina met ongeldig BSN");
    }

    private void wijzigVoornamen(String detail, String voornamen) {
        chromium.get(detail);
        sessie.element("wijzigen").click();
        sessie.wacht(ExpectedConditions.presenceOfElementLocated(By.name("versie")));
        sessie.controleerToegankelijkheid("wijzigformulier");
        sessie.vul("veld-voornamen", voornamen);
        sessie.verstuur();
        sessie.wachtOp("melding");
        assertThat(sessie.tekst()).contains("De wijzigingen zijn opgeslagen.").contains(voornamen + " Haddad");
        sessie.controleerToegankelijkheid("detailpagina na wijzigen");
    }

    /** Also takes the README's picture: the demo gemeente's list, by deadline. */
    private void lijstIsSorteerbaar() {
        sessie.open("/inburgeraars");
        sessie.controleerToegankelijkheid("lijst van inburgeraars");
        chromium.findElement(By.cssSelector("th[aria-sort] a")).click();
        sessie.wacht(ExpectedConditions.presenceOfElementLocated(By.cssSelector("th[aria-sort=descending]")));
        sessie.controleerToegankelijkheid("aflopend gesorteerde lijst");
        sessie.open("/inburgeraars?sorteer=uiterlijkeDatumVaststellingPip");
        // Into target/ on every run, so a build leaves the work tree clean; -Dui.readme=true renews the README's.
        sessie.schermafbeelding(Path.of(System.getProperty("user.dir"), "target", "screenshot.png"));
        if (Boolean.getBoolean("ui.readme")) {
            sessie.schermafbeelding(Path.of(System.getProperty("user.dir"), "docs", "screenshot.png"));
        }
        sessie.controleerToegankelijkheid("gesorteerde lijst");
    }
}
