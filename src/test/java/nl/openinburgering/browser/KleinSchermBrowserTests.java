package nl.openinburgering.browser;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import nl.openinburgering.Testdossier;
import nl.openinburgering.shared.Leerroute;
import nl.openinburgering.shared.Vandaag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * On a phone (390 px wide) the header filled a third of the screen and the lists and the MAP
 * page scrolled sideways. On each page the document is now no wider than the window, and the header stays
 * within a sixth of the screen height; the menu opens from a button. Failed before the fix: the header was
 * 300 px and more high and the pages were wider than the window.
 */
class KleinSchermBrowserTests extends BrowserTest {

    private static final int BREEDTE = 390;
    private static final int HOOGTE = 844;

    @Autowired
    WebApplicationContext context;

    @BeforeEach
    void telefoon() {
        chromium.manage().window().setSize(new Dimension(BREEDTE, HOOGTE));
    }

    @AfterEach
    void bureaublad() {
        chromium.manage().window().setSize(new Dimension(1280, 1000));
    }

    @Test
    void onAPhoneTheHeaderIsCompactAndNoListOrTheMapPageScrollsSideways() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        String persoon = Testdossier.in(mvc)
                .persoonMetPip(Leerroute.B1_ROUTE, Vandaag.datum().minusDays(100))
                .id();

        sessie.logIn("consulent.dalfsen");
        for (String pad : List.of(
                "/",
                "/inburgeraars",
                "/werkvoorraad",
                "/inburgeraars/" + persoon,
                "/inburgeraars/" + persoon + "/pips",
                "/inburgeraars/" + persoon + "/intake",
                "/inburgeraars/" + persoon + "/map",
                "/inburgeraars/" + persoon + "/pvt")) {
            sessie.open(pad);
            sessie.wachtOp("inhoud");
            controleer(pad);
        }
        sessie.logUit();
        sessie.logIn("teamleider.dalfsen");
        sessie.open("/werkvoorraad/dashboard");
        sessie.wachtOp("inhoud");
        controleer("/werkvoorraad/dashboard");

        sessie.element("menu-knop").click();
        assertThat(chromium.findElement(org.openqa.selenium.By.cssSelector(".oi-menu .oi-menu__link"))
                        .isDisplayed())
                .as("the menu opens from its button")
                .isTrue();
        sessie.controleerToegankelijkheid("menu open op een telefoon");
    }

    private void controleer(String pad) {
        long venster = ((Number) chromium.executeScript("return window.innerWidth")).longValue();
        long document = ((Number) chromium.executeScript("return document.documentElement.scrollWidth")).longValue();
        assertThat(venster).isEqualTo(BREEDTE);
        assertThat(document)
                .as(pad + " scrolls sideways; wider than the window: " + teBreed())
                .isLessThanOrEqualTo(venster);
        long kop = ((Number) chromium.executeScript(
                        "return document.querySelector('.oi-kop-wrapper').getBoundingClientRect().height"))
                .longValue();
        assertThat(kop).as(pad + ": the header's height in px").isLessThanOrEqualTo(HOOGTE / 6);
        sessie.controleerToegankelijkheid("telefoon " + pad);
    }

    @SuppressWarnings("unchecked")
    private List<String> teBreed() {
        return (List<String>) chromium.executeScript("""
                const uit = [];
                for (const e of document.querySelectorAll('body *')) {
                  const r = e.getBoundingClientRect();
                  if (r.right > window.innerWidth + 1 && uit.length < 8) {
                    uit.push(e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className + ' ' + Math.round(r.right));
                  }
                }
                return uit;""");
    }
}
