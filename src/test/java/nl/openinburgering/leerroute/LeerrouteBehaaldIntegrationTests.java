package nl.openinburgering.leerroute;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import nl.openinburgering.Testdossier;
import nl.openinburgering.Testdossier.Aanbieder;
import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.shared.Leerroute;

import static nl.openinburgering.Testdossier.CONSULENT;
import static nl.openinburgering.Testdossier.TEAMLEIDER;
import static nl.openinburgering.UiTestGebruikers.consulentDalfsen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** R4.1: the leerroute met when the exams reach the PIP's level for every part, against the real database. */
@SpringBootTest
@AutoConfigureMockMvc
class LeerrouteBehaaldIntegrationTests {

    /** Four months before the end of a term that started the day after 2024-01-10: inside the six-month horizon. */
    static final LocalDate PEILDATUM = LocalDate.of(2026, 9, 1);

    @Autowired
    MockMvc mvc;

    /**
     * R4.1: with LE, LU, SC at B1, SP only at A2 and KNM the B1 route is open and the worklist keeps asking about
     * the end of the term; once SP is passed at B1 the route is met, the consulent sees it, and the signal stops.
     */
    @Test
    void r4_1_theWorklistStopsAskingOnceEveryPartIsPassedAtThePipsLevel() throws Exception {
        Testdossier.Persoon persoon = Testdossier.in(mvc)
                .doelgroep(Doelgroep.ASIELSTATUSHOUDER)
                .persoonMetPip(Leerroute.B1_ROUTE, LocalDate.of(2024, 1, 10));
        String id = persoon.id();
        Testdossier.Deelname deelname = persoon.deelname(Aanbieder.TAALSCHOOL, "LEERROUTE", LocalDate.of(2024, 2, 1));
        LocalDate dag = LocalDate.of(2025, 6, 2);
        deelname.examen("LE", "B1", "GESLAAGD", dag)
                .examen("LU", "B1", "GESLAAGD", dag)
                .examen("SC", "B2", "GESLAAGD", dag)
                .examen("SP", "A2", "GESLAAGD", dag)
                .examen("KNM", null, "GESLAAGD", dag);

        mvc.perform(get("/api/v1/inburgeraars/" + id + "/examenstand").with(CONSULENT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.vereistNiveau").value("B1"))
                .andExpect(jsonPath("$.leerrouteBehaald").value(false))
                .andExpect(jsonPath("$.onderdelen[3].onderdeel").value("SP"))
                .andExpect(jsonPath("$.onderdelen[3].behaald").value(false));
        assertThat(termijnsignalen()).contains(id);

        deelname.examen("SP", "B1", "GESLAAGD", dag.plusDays(14));

        mvc.perform(get("/api/v1/inburgeraars/" + id + "/examenstand").with(CONSULENT))
                .andExpect(jsonPath("$.leerrouteBehaald").value(true))
                .andExpect(jsonPath("$.behaaldOp").value(dag.plusDays(14).toString()));
        mvc.perform(get("/inburgeraars/" + id + "/leerroute").with(consulentDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"leerroute-behaald\"")))
                .andExpect(content().string(containsString("De leerroute is behaald op 16 juni 2025")));
        assertThat(termijnsignalen()).doesNotContain(id);
    }

    /** R4.1: the Z-route is completed by its eindgesprek, not by exams: it has no examenstand. */
    @Test
    void r4_1_theZrouteHasNoExamenstand() throws Exception {
        String id = Testdossier.in(mvc)
                .persoonMetPip(Leerroute.Z_ROUTE, LocalDate.of(2025, 3, 1))
                .id();
        mvc.perform(get("/api/v1/inburgeraars/" + id + "/examenstand").with(CONSULENT))
                .andExpect(status().isNotFound());
    }

    private List<String> termijnsignalen() throws Exception {
        List<String> ids = new ArrayList<>();
        int aantalPaginas = 1;
        for (int pagina = 1; pagina <= aantalPaginas; pagina++) {
            String json = mvc.perform(get("/api/v1/werkvoorraad")
                            .with(TEAMLEIDER)
                            .param("signaal", "INBURGERINGSTERMIJN")
                            .param("peildatum", PEILDATUM.toString())
                            .param("pagina", String.valueOf(pagina))
                            .param("paginaGrootte", "100"))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            ids.addAll(JsonPath.<List<String>>read(json, "$.resultaten[*].inburgeraarId"));
            aantalPaginas = JsonPath.read(json, "$.aantalPaginas");
        }
        return ids;
    }
}
