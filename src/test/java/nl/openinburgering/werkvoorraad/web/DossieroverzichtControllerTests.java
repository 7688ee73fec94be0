package nl.openinburgering.werkvoorraad.web;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import nl.openinburgering.Gebeurtenissen;
import nl.openinburgering.Testdossier;
import nl.openinburgering.shared.Leerroute;

import static nl.openinburgering.UiTestGebruikers.consulentDalfsen;
import static nl.openinburgering.UiTestGebruikers.consulentStaphorst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The person's file as an overview: the stage with the current step and its button, route and level, the
 * consulent, the open signals with their next action, and a timeline of what happened, filterable by kind.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DossieroverzichtControllerTests {

    @Autowired
    MockMvc mvc;

    @Test
    void aNewPersonIsAtTheIntakeWithTheButtonToTheIntakeAndTheOpenPipTermijnWithItsAction() throws Exception {
        LocalDate start = LocalDate.of(2022, 1, 3);
        String id = Testdossier.in(mvc)
                .naam("Fase", "Intake")
                .plichtVanaf(start)
                .gevestigd(start.plusDays(5))
                .persoon()
                .id();
        Gebeurtenissen.afgehandeld(mvc);
        String html = overzicht(id, "");
        assertThat(html)
                .contains("aria-current=\"step\"")
                .containsPattern("aria-current=\"step\">\\s*(<span[^>]*>[^<]*</span>\\s*)*<span>Intake</span>")
                .contains("href=\"/inburgeraars/" + id + "/intake\"")
                .contains("Nog niet gekozen")
                .contains("consulent.dalfsen")
                .contains("PIP-termijn (10 weken)")
                .contains("href=\"/inburgeraars/" + id + "/pips/nieuw\"")
                .contains("Toegewezen aan consulent.dalfsen door consulent.dalfsen")
                .doesNotContain("data-soort=\"PIP\"");
    }

    @Test
    void withAVastgesteldPipTheFileIsInTheLeerrouteAndTheTimelineShowsThePipAndFiltersByKind() throws Exception {
        Testdossier.Persoon persoon = Testdossier.in(mvc)
                .naam("Fase", "Leerroute")
                .persoonMetPip(Leerroute.B1_ROUTE, LocalDate.now().minusDays(20));
        Gebeurtenissen.afgehandeld(mvc);
        String id = persoon.id();
        String html = overzicht(id, "");
        assertThat(html)
                .containsPattern("aria-current=\"step\">\\s*(<span[^>]*>[^<]*</span>\\s*)*<span>Leerroute</span>")
                .contains("href=\"/inburgeraars/" + id + "/leerroute\"")
                .contains("B1-route")
                .contains("PIP opgesteld door consulent.dalfsen")
                .contains("PIP vastgesteld door teamleider.dalfsen")
                .contains("href=\"/inburgeraars/" + id + "/pips/" + persoon.pip() + "\"");
        assertThat(overzicht(id, "TOEWIJZING"))
                .doesNotContain("PIP opgesteld door")
                .contains("data-soort=\"TOEWIJZING\"");
        assertThat(overzicht(id, "PIP")).contains("PIP vastgesteld door").doesNotContain("data-soort=\"TOEWIJZING\"");
    }

    @Test
    void thePersonsPageLoadsTheOverviewAtTheTopAndAnotherGemeenteGets404() throws Exception {
        String id = Testdossier.in(mvc).persoon().id();
        String pagina = mvc.perform(get("/inburgeraars/" + id).with(consulentDalfsen()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(pagina.indexOf("/werkvoorraad/inburgeraars/" + id + "/overzicht"))
                .isPositive()
                .isLessThan(
                        pagina.indexOf("id=\"termijn-titel\"") < 0
                                ? Integer.MAX_VALUE
                                : pagina.indexOf("id=\"termijn-titel\""));
        mvc.perform(get("/werkvoorraad/inburgeraars/" + id + "/overzicht").with(consulentStaphorst()))
                .andExpect(status().isNotFound());
    }

    private String overzicht(String id, String soort) throws Exception {
        return mvc.perform(get("/werkvoorraad/inburgeraars/" + id + "/overzicht")
                        .param("soort", soort)
                        .header("HX-Request", "true")
                        .with(consulentDalfsen()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
