package nl.openinburgering.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The team's worklist in a real browser: a teamleider filters on overdue PIP terms (R2.8), selects two people
 * and reassigns them in one action after a confirmation; the history shows on the person's page. Every page
 * is checked by axe-core against WCAG 2.1 A and AA, under the strict CSP.
 */
class WerkvoorraadBrowserTests extends BrowserTest {

    @Test
    void r2_8_aTeamleiderFiltersOnOverduePipTermsAndReassignsTwoCasesInOneAction() {
        sessie.logIn("teamleider.dalfsen");
        sessie.open("/werkvoorraad");
        sessie.wachtOp("werkvoorraad");
        sessie.controleerToegankelijkheid("Werkvoorraad team");

        new Select(sessie.element("veld-signaal")).selectByValue("PIP_TERMIJN");
        new Select(sessie.element("veld-urgentie")).selectByValue("TE_LAAT");
        sessie.element("filteren").click();
        sessie.wacht(ExpectedConditions.urlContains("urgentie=TE_LAAT"));
        sessie.wachtOp("kies-1");
        assertThat(sessie.tekst("werkvoorraad"))
                .contains("Te laat")
                .contains("dagen over de datum")
                .contains("(R2.8)")
                .doesNotContain("Binnen 7 dagen:")
                .doesNotContain("Later:");
        sessie.controleerToegankelijkheid("Werkvoorraad gefilterd op te late PIP-termijnen");

        String eerste = chromium.findElement(By.cssSelector("#werkvoorraad tbody tr:nth-child(1) td:nth-child(2) a"))
                .getText();
        sessie.element("kies-0").click();
        sessie.element("kies-1").click();
        new Select(sessie.element("veld-naarConsulent")).selectByValue("consulent2.dalfsen");
        sessie.vul("veld-reden", "Verdeling na ziekte van een collega");
        sessie.element("toewijzen").click();
        sessie.wachtOp("bevestig-toewijzen");
        assertThat(sessie.tekst("bevestig-uitleg")).contains("2 inburgeraar(s)").contains("consulent2.dalfsen");
        assertThat(sessie.tekst("bevestig-namen")).contains(eerste);
        sessie.controleerToegankelijkheid("Toewijzing bevestigen");

        sessie.element("bevestig-toewijzen").click();
        sessie.wachtOp("melding");
        assertThat(sessie.tekst("melding")).contains("2 inburgeraar(s) toegewezen aan consulent2.dalfsen");
        sessie.controleerToegankelijkheid("Werkvoorraad na toewijzing");

        new Select(sessie.element("veld-signaal")).selectByValue("PIP_TERMIJN");
        new Select(sessie.element("veld-urgentie")).selectByValue("TE_LAAT");
        sessie.element("filteren").click();
        sessie.wacht(ExpectedConditions.urlContains("urgentie=TE_LAAT"));
        sessie.wacht(ExpectedConditions.elementToBeClickable(By.linkText(eerste)));
        chromium.findElement(By.linkText(eerste)).click();
        sessie.wachtOp("toewijzing-historie");
        assertThat(sessie.tekst("verantwoordelijke")).contains("consulent2.dalfsen");
        assertThat(sessie.tekst("toewijzing-historie"))
                .contains("teamleider.dalfsen")
                .contains("Verdeling na ziekte van een collega");
        sessie.controleerToegankelijkheid("Dossier met toewijzingshistorie");

        sessie.open("/werkvoorraad/dashboard");
        sessie.wachtOp("tabel-routes");
        assertThat(sessie.tekst()).contains("Caseload per consulent").contains("consulent2.dalfsen");
        sessie.controleerToegankelijkheid("Teamoverzicht");
    }
}
