package nl.openinburgering.browser;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The functioneel beheerder's letterhead page in a real browser, checked by axe-core (WCAG 2.1 AA). */
class HuisstijlBrowserTests extends BrowserTest {

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

        sessie.vul(
                "veld-bezwaaradres", "College van burgemeester en wethouders van Dalfsen, Postbus 35, 7720 AA Dalfsen");
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
