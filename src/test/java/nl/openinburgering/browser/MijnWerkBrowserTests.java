package nl.openinburgering.browser;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

import nl.openinburgering.Gebeurtenissen;
import nl.openinburgering.Testdossier;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.shared.Gemeentecode;
import nl.openinburgering.shared.Leerroute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * The day from the start page, at desktop width and on a phone (390 px): the consulent goes from a signal on
 * the start page to the page where it is resolved and resolves it, and is told the next step; the teamleider
 * fixes the oldest waiting PIP from the queue. No page scrolls sideways; axe-core checks every page.
 * With {@code -Dui.readme=true} the desktop run renews the README's screenshots of the start page and the file.
 */
class MijnWerkBrowserTests extends BrowserTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactie;

    @AfterEach
    void bureaublad() {
        chromium.manage().window().setSize(new Dimension(1280, 1000));
    }

    @ParameterizedTest
    @ValueSource(ints = {1280, 390})
    void theConsulentGoesFromASignalOnTheStartPageToItsPageAndResolvesIt(int breedte) throws Exception {
        chromium.manage().window().setSize(new Dimension(breedte, 900));
        String naam = "Gesprek" + breedte;
        // Six voortgangsgesprekken over a termijn that started two years ago: the first is long overdue, so it is
        // among the first of the consulent's signals; recording it resolves that signal.
        LocalDate dagtekening = LocalDate.now().minusYears(2).minusMonths(1);
        Testdossier.Persoon persoon = Testdossier.in(mvc())
                .naam("Amina", naam)
                .geboren(LocalDate.of(1990, 5, 17))
                .plichtVanaf(dagtekening.minusDays(60))
                .gevestigd(dagtekening.minusDays(30))
                .persoon()
                .metPip("""
                        {"leerroute": "B1_ROUTE", "geschatteIntensiteitB1Route": 600, "alfabetisering": "NVT",
                         "afsprakenPvt": "PVT in groep", "afsprakenMap": "MAP bij de gemeente", "aantalVoortgangsgesprekken": 6}""")
                .vastgesteld(dagtekening);
        Gebeurtenissen.afgehandeld(mvc());

        sessie.logIn("consulent.dalfsen");
        sessie.open("/");
        sessie.wachtOp("mijnwerk-signalen");
        controleer("start consulent " + breedte);
        WebElement regel = regelMet("mijnwerk-signalen", "Amina " + naam, "Voortgangsgesprek");
        String signaal = regel.getText();
        regel.findElement(By.cssSelector(".oi-mijnwerk__actie")).click();

        sessie.wachtOp("gesprek-formulier");
        controleer("voortgangsgesprek " + breedte);
        sessie.datum("veld-gesprekDatum", LocalDate.now());
        sessie.element("gesprek-vastleggen").click();
        sessie.wachtOp("volgende-stap");
        assertThat(sessie.tekst("melding")).contains("Volgende stap:");
        // The file's overview (loaded by htmx) is part of the page checked.
        sessie.wachtOp("fasen");
        assertThat(sessie.tekst("dossieroverzicht")).contains("Leerroute").contains("Voortgangsgesprek gehouden");
        controleer("dossier na het gesprek " + breedte);
        if (breedte > 1000 && Boolean.getBoolean("ui.readme")) {
            sessie.schermafbeelding(Path.of(System.getProperty("user.dir"), "docs", "screenshot-dossier.png"));
        }

        sessie.element("volgende-stap-link").click();
        sessie.wachtOp("mijnwerk-signalen");
        assertThat(sessie.tekst("mijnwerk-signalen"))
                .as("the signal is resolved (the next conversation, due later, may follow it)")
                .doesNotContain(signaal);
        sessie.logUit();
        assertThat(persoon.id()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(ints = {1280, 390})
    void theTeamleiderFixesTheOldestWaitingPipFromTheQueue(int breedte) throws Exception {
        chromium.manage().window().setSize(new Dimension(breedte, 900));
        String naam = "Wachtrij" + breedte;
        Testdossier.Persoon persoon = Testdossier.in(mvc())
                .naam("Hiwet", naam)
                .persoon()
                .metPipMetAfspraken(Leerroute.B1_ROUTE)
                .metIntake();
        Gebeurtenissen.afgehandeld(mvc());
        oudste(persoon.pip());

        sessie.logIn("teamleider.dalfsen");
        sessie.open("/");
        sessie.wachtOp("mijnwerk-wachtrij");
        controleer("start teamleider " + breedte);
        if (breedte > 1000 && Boolean.getBoolean("ui.readme")) {
            sessie.schermafbeelding(Path.of(System.getProperty("user.dir"), "docs", "screenshot-start.png"));
        }
        WebElement eerste = chromium.findElement(By.cssSelector("#mijnwerk-wachtrij .oi-mijnwerk__regel"));
        assertThat(eerste.getText()).as("the oldest concept first").contains("Hiwet " + naam);
        eerste.findElement(By.cssSelector(".oi-mijnwerk__actie")).click();

        sessie.wachtOp("bevestig-vaststellen");
        controleer("vaststellen " + breedte);
        sessie.element("bevestig-vaststellen").click();
        sessie.wachtOp("volgende-stap");
        controleer("PIP vastgesteld " + breedte);
        sessie.element("volgende-stap-link").click();
        sessie.wachtOp("mijnwerk-wachtrij");
        assertThat(sessie.tekst("mijnwerk-wachtrij")).doesNotContain("Hiwet " + naam);
        sessie.logUit();
    }

    private WebElement regelMet(String lijst, String naam, String soort) {
        return chromium.findElements(By.cssSelector("#" + lijst + " .oi-mijnwerk__regel")).stream()
                .filter(r -> r.getText().contains(naam) && r.getText().contains(soort))
                .findFirst()
                .orElseThrow(() -> new AssertionError(naam + " not in " + sessie.tekst(lijst)));
    }

    private void controleer(String pagina) {
        long venster = ((Number) chromium.executeScript("return window.innerWidth")).longValue();
        long document = ((Number) chromium.executeScript("return document.documentElement.scrollWidth")).longValue();
        assertThat(document).as(pagina + " scrolls sideways").isLessThanOrEqualTo(venster);
        sessie.controleerToegankelijkheid(pagina);
    }

    /** Makes the concept the oldest of the gemeente, whatever the demo data holds. */
    private void oudste(String pip) {
        Tenant.alsGemeente(
                new Gemeentecode("0148"),
                () -> transactie.execute(status -> jdbc.sql(
                                "update pip set opgesteld_op = timestamptz '1999-01-01 09:00:00+01' where id = :id")
                        .param("id", UUID.fromString(pip))
                        .update()));
    }

    private MockMvc mvc() {
        return MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }
}
