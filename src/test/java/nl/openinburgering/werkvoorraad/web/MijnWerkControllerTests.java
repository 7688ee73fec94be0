package nl.openinburgering.werkvoorraad.web;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import nl.openinburgering.Gebeurtenissen;
import nl.openinburgering.Testdossier;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.platform.web.Volgendestap;
import nl.openinburgering.shared.Gemeentecode;
import nl.openinburgering.shared.Leerroute;

import static nl.openinburgering.UiTestGebruikers.consulentDalfsen;
import static nl.openinburgering.UiTestGebruikers.teamleiderDalfsen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The start page is "mijn werk": the consulent's open signals and waiting concepts, the teamleider's queue of
 * concept PIPs (oldest first, straight to the vaststellen page), what is overdue and the team load; every
 * signal links to the page where it is resolved, and after saving the page names the next step.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MijnWerkControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactie;

    @Test
    void theTeamleidersQueueShowsTheOldestConceptFirstWithADirectLinkToTheVaststellenPage() throws Exception {
        Testdossier.Persoon persoon =
                Testdossier.in(mvc).naam("Wachtrij", "Oudste").persoon().metPip(Leerroute.B1_ROUTE);
        oudste(persoon.pip(), "2000-01-01");
        String html = pagina("/", teamleiderDalfsen());
        String wachtrij = sectie(html, "mijnwerk-wachtrij");
        assertThat(wachtrij).contains("PIP&#39;s die wachten op vaststelling");
        int eerste = wachtrij.indexOf("oi-mijnwerk__regel\"");
        assertThat(eerste).as("a line in the queue").isPositive();
        assertThat(wachtrij.substring(eerste, wachtrij.indexOf("</li>", eerste)))
                .as("the oldest concept is the first line")
                .contains("Wachtrij Oudste");
        assertThat(wachtrij)
                .contains("href=\"/inburgeraars/" + persoon.id() + "/pips/" + persoon.pip() + "/vaststellen\"")
                .contains("Vaststellen");
        assertThat(sectie(html, "mijnwerk-telaat")).contains("Te laat in het team");
        assertThat(sectie(html, "mijnwerk-team")).contains("Teambelasting").contains("consulent.dalfsen");
        assertThat(html).doesNotContain("id=\"mijnwerk-signalen\"");
    }

    @Test
    void theConsulentSeesTheirOpenSignalsInTheWorklistsOrderEachLinkingToThePageWhereItIsResolved() throws Exception {
        Testdossier.Persoon persoon =
                Testdossier.in(mvc).naam("Concept", "Wachtend").persoon().metPip(Leerroute.B1_ROUTE);
        oudste(persoon.pip(), "2001-01-01");
        Gebeurtenissen.afgehandeld(mvc);
        String html = pagina("/", consulentDalfsen());
        assertThat(html).doesNotContain("id=\"mijnwerk-wachtrij\"").doesNotContain("id=\"mijnwerk-team\"");

        String concepten = sectie(html, "mijnwerk-concepten");
        assertThat(concepten)
                .contains("Concept Wachtend")
                .contains("href=\"/inburgeraars/" + persoon.id() + "/pips/" + persoon.pip() + "\"");

        String signalen = sectie(html, "mijnwerk-signalen");
        String lijst = pagina("/werkvoorraad", consulentDalfsen());
        Matcher eersteRij =
                Pattern.compile("href=\"/inburgeraars/([0-9a-f-]{36})\"").matcher(lijst);
        assertThat(eersteRij.find()).as("the consulent has signals").isTrue();
        Matcher eersteRegel =
                Pattern.compile("href=\"/inburgeraars/([0-9a-f-]{36})\"").matcher(signalen);
        assertThat(eersteRegel.find()).isTrue();
        assertThat(eersteRegel.group(1)).as("same order as the worklist").isEqualTo(eersteRij.group(1));
        assertThat(signalen).contains("oi-mijnwerk__actie");
        assertThat(sectie(html, "mijnwerk-afspraken")).contains("Afspraken staan nog niet in het systeem");
    }

    @Test
    void aPipTermijnSignalInTheWorklistLinksToTheNewPipAndWithAConceptToItsEditor() throws Exception {
        // The oldest start the law allows puts the signal on the first page, whatever else the database holds.
        LocalDate start = LocalDate.of(2022, 1, 3);
        Testdossier.Persoon persoon = Testdossier.in(mvc)
                .naam("Zonder", "Pipje")
                .plichtVanaf(start)
                .gevestigd(start.plusDays(5))
                .persoon();
        Gebeurtenissen.afgehandeld(mvc);
        String lijst = pagina("/werkvoorraad?signaal=PIP_TERMIJN&pagina=1", consulentDalfsen());
        assertThat(lijst).contains("href=\"/inburgeraars/" + persoon.id() + "/pips/nieuw\"");

        persoon.metPip(Leerroute.B1_ROUTE);
        lijst = pagina("/werkvoorraad?signaal=PIP_TERMIJN&pagina=1", consulentDalfsen());
        assertThat(lijst)
                .contains("href=\"/inburgeraars/" + persoon.id() + "/pips/" + persoon.pip() + "/bewerken\"")
                .doesNotContain("href=\"/inburgeraars/" + persoon.id() + "/pips/nieuw\"");
    }

    @Test
    void afterSavingThePageNamesTheNextStepWithALink() throws Exception {
        Testdossier.Persoon persoon =
                Testdossier.in(mvc).persoon().metPip(Leerroute.B1_ROUTE).metIntake();
        String pip = "/inburgeraars/" + persoon.id() + "/pips/" + persoon.pip();
        mvc.perform(post(pip + "/vaststellen")
                        .param("dagtekening", LocalDate.now().toString())
                        .param("versie", "0")
                        .with(teamleiderDalfsen())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("volgendeStap", new Volgendestap.Stap("/", "volgendeStap.wachtrij")));

        mvc.perform(post("/werkvoorraad/inburgeraars/" + persoon.id() + "/voortgangsgesprekken")
                        .param("datum", LocalDate.now().toString())
                        .with(consulentDalfsen())
                        .with(csrf()))
                .andExpect(flash().attribute("volgendeStap", new Volgendestap.Stap("/", "volgendeStap.mijnWerk")));

        // The layout shows it under the success message: MijnWerkBrowserTests follows the link in a browser.
    }

    /** Makes the concept the oldest of the gemeente, whatever other tests left in the shared database. */
    private void oudste(String pip, String datum) {
        int bijgewerkt = Tenant.alsGemeente(
                new Gemeentecode("0148"),
                () -> transactie.execute(
                        status -> jdbc.sql("update pip set opgesteld_op = cast(:datum as date) where id = :id")
                                .param("datum", datum)
                                .param("id", UUID.fromString(pip))
                                .update()));
        assertThat(bijgewerkt).isEqualTo(1);
    }

    private String pagina(String pad, org.springframework.test.web.servlet.request.RequestPostProcessor wie)
            throws Exception {
        return mvc.perform(get(pad).with(wie))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static String sectie(String html, String id) {
        int begin = html.indexOf("id=\"" + id + "\"");
        assertThat(begin).as("section " + id).isPositive();
        return html.substring(begin, html.indexOf("</section>", begin));
    }
}
