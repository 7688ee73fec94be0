package nl.openinburgering.browser;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** D1, R9.2: the functioneel beheerder's fine policy page in a real browser, checked by axe-core (WCAG 2.1 AA). */
class BoetebeleidBrowserTests extends BrowserTest {

    @Test
    void d1_r9_2_beheerder_edits_the_fine_policy_on_an_accessible_page_with_accessible_errors() {
        sessie.open("/login");
        sessie.logIn("beheer.dalfsen");
        sessie.open("/beheer/handhaving");
        assertThat(sessie.tekst())
                .contains("Boetebeleid handhaving")
                .contains("€ 250,00")
                .contains("€ 800,00");
        sessie.controleerToegankelijkheid("boetebeleid");

        sessie.vul("veld-hoogsteTrede", "900");
        sessie.verstuur();
        sessie.wachtOp("foutsamenvatting");
        assertThat(sessie.tekst()).contains("R9.2: De hoogste trede ligt tussen");
        sessie.controleerToegankelijkheid("boetebeleid met fouten");

        // Back to the statutory maximum, so other tests keep the default ladder.
        sessie.vul("veld-hoogsteTrede", "800");
        sessie.verstuur();
        sessie.wachtOp("melding");
        assertThat(sessie.tekst()).contains("Het boetebeleid is opgeslagen.");
        sessie.controleerToegankelijkheid("boetebeleid opgeslagen");
    }
}
