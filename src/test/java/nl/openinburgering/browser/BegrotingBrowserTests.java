package nl.openinburgering.browser;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The begroting in a real browser (D6): the functioneel beheerder sets a year's SPUK prices and a contract price;
 * the beleidsmedewerker opens the rekentool on Dalfsen's demo inputs (figure 1.1, with the cells that differ and
 * why), makes a mistake in the prognosis form and corrects it, opens the budget realisation, records an interpreter
 * and removes it after confirming. Every page is checked by axe-core (WCAG 2.1 AA) under the CSP.
 */
class BegrotingBrowserTests extends BrowserTest {

    @Test
    void d6_theBeleidsmedewerkerEstimatesTheSpukAndFollowsTheRealisationWithoutAxeViolations() {
        sessie.logIn("beheer.dalfsen");
        sessie.open("/beheer/begroting");
        sessie.wachtOp("prijzen-formulier");
        sessie.controleerToegankelijkheid("Instellingen begroting");
        sessie.vul("veld-prijsJaar", "2031");
        sessie.vul("veld-prijsJaarT", "abc");
        sessie.element("prijzen-opslaan").click();
        sessie.wachtOp("fout-prijsJaarT");
        assertThat(sessie.tekst("fout-prijsJaarT")).contains("Vul een bedrag in euro in");
        sessie.controleerToegankelijkheid("Instellingen begroting met een fout");
        sessie.vul("veld-prijsJaar", "2031");
        sessie.vul("veld-prijsJaarT", "7712,10");
        sessie.element("prijzen-opslaan").click();
        sessie.wachtOp("prijslijst");
        assertThat(sessie.tekst("prijs-2031")).contains("€ 7.712,10");
        sessie.open("/beheer/contractprijzen");
        sessie.wachtOp("contractprijs-formulier");
        sessie.controleerToegankelijkheid("Contractprijzen");
        assertThat(sessie.tekst("contractprijzen"))
                .contains("Taalschool Regio Zwolle")
                .contains("€ 10.000,00");
        sessie.logUit();

        sessie.logIn("beleid.dalfsen");
        assertThat(chromium.findElements(By.cssSelector("header a[href='/begroting']")))
                .isNotEmpty();
        sessie.open("/begroting");
        sessie.wachtOp("uitkering");
        assertThat(sessie.tekst("cohort-2022"))
                .contains("€ 134.960,00")
                .contains("€ 70.000,00")
                .contains("nvt");
        assertThat(sessie.tekst("totaal")).contains("€ 136.727,00").contains("€ 190.531,80");
        assertThat(sessie.tekst("figuur-uitleg")).contains("8 verschillen").contains("te vroeg");
        assertThat(sessie.tekst("figuurverschillen")).contains("€ 134.962,00").contains("onafgeronde prijs");
        assertThat(sessie.tekst("afrekening")).contains("2022").contains("Jaar afgelopen");
        sessie.controleerToegankelijkheid("SPUK-rekentool");

        sessie.vul("veld-prognoseJaar", "2026");
        sessie.vul("veld-taakstelling", "-1");
        sessie.vul("veld-gezinsmigranten", "3");
        sessie.element("prognose-opslaan").click();
        sessie.wachtOp("fout-taakstelling");
        sessie.controleerToegankelijkheid("SPUK-rekentool met een fout");
        sessie.vul("veld-taakstelling", "20");
        sessie.element("prognose-opslaan").click();
        sessie.wachtOp("melding");
        assertThat(sessie.tekst("melding")).contains("De prognose voor 2026 is opgeslagen");
        assertThat(sessie.tekst("cohort-2026")).contains("€ 107.968,00");
        assertThat(chromium.findElements(By.id("figuurverschillen")))
                .as("other inputs than the figure's: no comparison")
                .isEmpty();
        sessie.element("verwijder-2026").click();
        sessie.wachtOp("bevestig-verwijderen");
        sessie.controleerToegankelijkheid("Prognose verwijderen");
        sessie.element("verwijderen").click();
        sessie.wachtOp("figuurverschillen");

        sessie.element("naar-realisatie").click();
        sessie.wachtOp("budgetten");
        assertThat(sessie.tekst("prognose-uitleg")).contains("naar rato van de verstreken dagen");
        sessie.controleerToegankelijkheid("Budgetrealisatie");
        sessie.datum("veld-tolkDatum", LocalDate.now());
        sessie.vul("veld-tolkOmschrijving", "Arabisch, intakegesprek");
        sessie.vul("veld-tolkBedrag", "92,50");
        sessie.element("tolk-opslaan").click();
        sessie.wachtOp("tolken");
        assertThat(sessie.tekst("tolken")).contains("Arabisch, intakegesprek").contains("€ 92,50");
        assertThat(sessie.tekst("componenten")).contains("Tolken");
        sessie.controleerToegankelijkheid("Budgetrealisatie met een tolk");
        chromium.findElement(By.cssSelector("#tolken a")).click();
        sessie.wachtOp("bevestig-verwijderen");
        assertThat(sessie.tekst("bevestig-verwijderen")).contains("Arabisch, intakegesprek");
        sessie.controleerToegankelijkheid("Tolkinzet verwijderen");
        sessie.element("verwijderen").click();
        sessie.wachtOp("geen-tolken");
        assertThat(sessie.tekst("melding")).contains("verwijderd");
    }
}
