package nl.openinburgering.werkvoorraad.web;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import nl.openinburgering.Gebeurtenissen;
import nl.openinburgering.Testdossier;
import nl.openinburgering.shared.Leerroute;

import static nl.openinburgering.UiTestGebruikers.beheerderDalfsen;
import static nl.openinburgering.UiTestGebruikers.consulentDalfsen;
import static nl.openinburgering.UiTestGebruikers.teamleiderDalfsen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The list of inburgeraars: stage, route, consulent and open signals per person, filtered and paged. */
@SpringBootTest
@AutoConfigureMockMvc
class InburgeraarsLijstControllerTests {

    @Autowired
    MockMvc mvc;

    @Test
    void showsStageRouteConsulentAndSignalsAndFiltersOnThem() throws Exception {
        // Names sorting before every other test's, so the people of this test are on the first page.
        String merk = "Aaaa0" + UUID.randomUUID().toString().substring(0, 6);
        String intake = Testdossier.in(mvc)
                .naam("Ilham", merk + "intake")
                .gevestigd(LocalDate.of(2025, 1, 20))
                .persoon()
                .id();
        String leerroute = Testdossier.in(mvc)
                .naam("Luca", merk + "leerroute")
                .persoon()
                .metPip(Leerroute.B1_ROUTE)
                .vastgesteld()
                .id();
        Gebeurtenissen.afgehandeld(mvc);
        mvc.perform(post("/api/v1/toewijzingen")
                        .with(Testdossier.TEAMLEIDER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"inburgeraarIds": ["%s", "%s"], "consulent": "consulent2.dalfsen", "reden": "Lijsttest"}""".formatted(intake, leerroute)))
                .andExpect(status().isOk());

        String alles = html("/inburgeraars?consulent=consulent2.dalfsen");
        assertThat(rij(alles, intake)).contains("Intake", "consulent2.dalfsen").doesNotContain("B1-route");
        assertThat(rij(alles, leerroute)).contains("Leerroute", "B1-route", "consulent2.dalfsen");

        String opFase = html("/inburgeraars?consulent=consulent2.dalfsen&fase=LEERROUTE&route=B1_ROUTE");
        assertThat(opFase).contains(merk + "leerroute").doesNotContain(merk + "intake");
        assertThat(opFase).contains("value=\"LEERROUTE\" selected", "value=\"B1_ROUTE\" selected");
        // The page links keep the filter.
        assertThat(opFase).contains("consulent=consulent2.dalfsen&amp;fase=LEERROUTE&amp;route=B1_ROUTE");

        // Settled in January 2025 without a PIP: the R2.8 deadline has passed, an open signal.
        String metSignalen = html("/inburgeraars?consulent=consulent2.dalfsen&fase=INTAKE&signalen=ja");
        assertThat(metSignalen).contains(merk + "intake");
        assertThat(rij(metSignalen, intake)).doesNotContain(">0</td>");
    }

    @Test
    void aConsulentSeesTheListAndTheHeaderSearchButTheBeheerderNeither() throws Exception {
        String lijst = mvc.perform(get("/inburgeraars").with(consulentDalfsen()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(lijst).contains("id=\"kop-zoekterm\"", "id=\"lijstfilter\"", "Open signalen");
        String start = mvc.perform(get("/").with(beheerderDalfsen()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(start).doesNotContain("id=\"kop-zoekterm\"");
        mvc.perform(get("/inburgeraars").with(beheerderDalfsen())).andExpect(status().isForbidden());
    }

    @Test
    void anUnknownFilterValueShowsTheListWithoutThatFilter() throws Exception {
        mvc.perform(get("/inburgeraars")
                        .param("fase", "ONBEKEND")
                        .param("route", "X")
                        .param("sorteer", "bestaatniet")
                        .param("pagina", "0")
                        .with(teamleiderDalfsen()))
                .andExpect(status().isOk());
    }

    private String html(String pad) throws Exception {
        return mvc.perform(get(pad).with(teamleiderDalfsen()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The table row of one person. */
    private static String rij(String html, String id) {
        int link = html.indexOf("/inburgeraars/" + id + "\"");
        assertThat(link).as("rij van " + id).isPositive();
        return html.substring(link, html.indexOf("</tr>", link));
    }
}
