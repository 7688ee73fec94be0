package nl.openinburgering.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

import nl.openinburgering.Gebeurtenissen;
import nl.openinburgering.Testdossier;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.portaal.PortaalBeheer;
import nl.openinburgering.shared.Gemeentecode;
import nl.openinburgering.shared.Leerroute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The day from the start page, at desktop width and on a phone (390 px): the consulent goes from a signal on
 * the start page to the page where it is resolved and resolves it, and is told the next step; the teamleider
 * fixes the oldest waiting PIP from the queue; the consulent reads a file's stage, moves between its tabs and
 * filters its timeline. No page scrolls sideways; axe-core checks every page.
 * With {@code -Dui.readme=true} the desktop run renews the README's screenshots of the start page and the file, from
 * the file of a person with a realistic history; that test runs first, so no other test's people are on the start
 * page in the picture.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MijnWerkBrowserTests extends BrowserTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactie;

    @Autowired
    PortaalBeheer portaal;

    @AfterEach
    void bureaublad() {
        chromium.manage().window().setSize(new Dimension(1280, 1000));
    }

    @Order(1)
    @ParameterizedTest
    @ValueSource(ints = {1280, 390})
    void theConsulentReadsTheStageMovesBetweenTheTabsAndFiltersTheTimelineOfAFile(int breedte) throws Exception {
        chromium.manage().window().setSize(new Dimension(breedte, 900));
        String id =
                dossierMetGeschiedenis(breedte > 1000 ? "Samira" : "Yonas", breedte > 1000 ? "El Amrani" : "Tesfaye");

        sessie.logIn("consulent.dalfsen");
        sessie.open("/inburgeraars/" + id);
        sessie.wachtOp("tijdlijn");
        assertThat(chromium.findElement(By.cssSelector("#fasen [aria-current='step']"))
                        .getText())
                .contains("Leerroute");
        assertThat(chromium.findElement(By.cssSelector("#dossiertabs [aria-current='page']"))
                        .getText())
                .isEqualTo("Overzicht");
        assertThat(sessie.tekst("tijdlijn"))
                .contains("Beschikking PIP (PDF)")
                .contains("Uren van Taalschool")
                .contains("Vraag over de les op donderdag");
        controleer("dossier " + breedte);
        if (breedte > 1000 && Boolean.getBoolean("ui.readme")) {
            sessie.schermafbeelding(Path.of(System.getProperty("user.dir"), "docs", "screenshot-dossier.png"));
        }

        new Select(sessie.element("veld-tijdlijn-soort")).selectByValue("BRIEF");
        sessie.element("tijdlijn-filteren").click();
        new WebDriverWait(chromium, Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElement(By.id("tijdlijn")).getText().contains("Uren van"));
        assertThat(sessie.tekst("tijdlijn")).contains("Beschikking PIP (PDF)").doesNotContain("Vraag over de les");
        controleer("tijdlijn gefilterd " + breedte);

        chromium.findElement(By.cssSelector("#dossiertabs a[href$='/leerroute']"))
                .click();
        sessie.wachtOp("persoonskop");
        assertThat(chromium.findElement(By.cssSelector("#dossiertabs [aria-current='page']"))
                        .getText())
                .isEqualTo("Leerroute");
        controleer("tab leerroute " + breedte);
        chromium.findElement(By.cssSelector("#dossiertabs a[href$='/tijdlijn']"))
                .click();
        sessie.wachtOp("tijdlijn");
        assertThat(chromium.findElement(By.cssSelector("#dossiertabs [aria-current='page']"))
                        .getText())
                .isEqualTo("Tijdlijn");
        controleer("tab tijdlijn " + breedte);

        sessie.open("/");
        sessie.wachtOp("mijnwerk-signalen");
        controleer("start consulent " + breedte);
        if (breedte > 1000 && Boolean.getBoolean("ui.readme")) {
            sessie.schermafbeelding(Path.of(System.getProperty("user.dir"), "docs", "screenshot-start.png"));
        }
        sessie.logUit();
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

    /**
     * A person with the history of an ordinary file: registered eight months ago, the PIP drafted and fixed five
     * months ago, at the Taalschool since, two uploads of hours, a first exam passed and a question in the portal.
     */
    private String dossierMetGeschiedenis(String voornaam, String achternaam) throws Exception {
        LocalDate vandaag = LocalDate.now();
        LocalDate dagtekening = vandaag.minusMonths(5);
        Testdossier.Persoon persoon = Testdossier.in(mvc())
                .naam(voornaam, achternaam)
                .geboren(LocalDate.of(1991, 3, 14))
                .plichtVanaf(dagtekening.minusDays(75))
                .gevestigd(dagtekening.minusDays(60))
                .persoon()
                .metPipMetAfspraken(Leerroute.B1_ROUTE)
                .vastgesteld(dagtekening);
        Tenant.alsGemeente(
                new Gemeentecode("0148"),
                () -> transactie.execute(status -> jdbc.sql("update pip set opgesteld_op = :op where id = :id")
                        .param(
                                "op",
                                java.sql.Timestamp.valueOf(
                                        dagtekening.minusDays(9).atTime(10, 30)))
                        .param("id", UUID.fromString(persoon.pip()))
                        .update()));
        Testdossier.Deelname les =
                persoon.deelname(Testdossier.Aanbieder.TAALSCHOOL, "LEERROUTE", dagtekening.plusDays(14));
        les.uren("TAALLES_KNM", "48", dagtekening.plusDays(14));
        les.uren("TAALLES_KNM", "40", vandaag.minusDays(30));
        les.examen("LU", "B1", "GESLAAGD", vandaag.minusDays(12));
        String account = "inburgeraar." + voornaam.toLowerCase() + "." + UUID.randomUUID();
        Tenant.alsGemeente(new Gemeentecode("0148"), () -> {
            portaal.koppelAccount(account, UUID.fromString(persoon.id()), Optional.empty());
            return null;
        });
        mvc().perform(post("/mijn/berichten")
                        .with(user(account)
                                .authorities(
                                        new SimpleGrantedAuthority("ROLE_INBURGERAAR"),
                                        new SimpleGrantedAuthority("GEMEENTE_0148")))
                        .with(csrf())
                        .param("onderwerp", "Vraag over de les op donderdag")
                        .param("tekst", "Mag ik deze week op donderdag komen in plaats van dinsdag?"))
                .andExpect(status().is3xxRedirection());
        Gebeurtenissen.afgehandeld(mvc());
        return persoon.id();
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
