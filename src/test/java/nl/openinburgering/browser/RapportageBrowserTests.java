package nl.openinburgering.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The beleidsmedewerker's report page in a real browser: from the start page to the two tables (own gemeente
 * and national, ADR 0007), each an accessible table with a caption; checked by axe-core (WCAG 2.1 AA) under the CSP.
 */
class RapportageBrowserTests extends BrowserTest {

    @Test
    void theBeleidsmedewerkerFindsTheReportOfTheGemeenteAndTheNationalReportFromTheStartPage() {
        sessie.logIn("beleid.dalfsen");
        sessie.open("/");
        sessie.controleerToegankelijkheid("Start beleidsmedewerker");
        assertThat(sessie.tekst()).doesNotContain("Voor uw rol zijn hier nog geen taken.");
        chromium.findElement(By.linkText("Uren per cohort bekijken, van uw gemeente en landelijk"))
                .click();

        sessie.wachtOp("tabel-landelijk");
        sessie.controleerToegankelijkheid("Rapportages");
        assertThat(sessie.tekst("tabel-gemeente"))
                .startsWith("Uren per cohort, gemeente Dalfsen")
                .contains("Cohort (start termijn)")
                .contains("Z-routes afgerond");
        assertThat(sessie.tekst("tabel-landelijk"))
                .startsWith("Uren per cohort, landelijk (alle gemeenten)")
                .contains("Gevolgde uren taalles/KNM");
        assertThat(chromium.findElements(By.cssSelector("nav.oi-navigatie a[href='/rapportages']")))
                .hasSize(1);
    }
}
