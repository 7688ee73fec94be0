package nl.openinburgering.inburgeraar;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import nl.openinburgering.Testdossier;
import nl.openinburgering.Testdossier.Aanbieder;
import nl.openinburgering.shared.Leerroute;

import static nl.openinburgering.Testdossier.CONSULENT;
import static nl.openinburgering.Testdossier.TEAMLEIDER;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** R1.7 and R1.9 through {@code POST /api/v1/inburgeraars/{id}/vrijstellingen}, against the real database. */
@SpringBootTest
@AutoConfigureMockMvc
class VrijstellingApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    ResultActions vrijstelling(String id, String json) throws Exception {
        return mvc.perform(post("/api/v1/inburgeraars/" + id + "/vrijstellingen")
                .with(CONSULENT)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    /**
     * R1.7 with R4.1: a partial vrijstelling for Spreken is recorded with its ground and date, and the leerroute is
     * met once the other four parts are passed; a ground of the other kind is refused with the rule ID.
     */
    @Test
    void r1_7_aPartialVrijstellingIsRecordedAndTakesItsPartOutOfTheLeerroute() throws Exception {
        Testdossier.Persoon persoon = Testdossier.in(mvc).persoonMetPip(Leerroute.B1_ROUTE, LocalDate.of(2025, 3, 3));
        String id = persoon.id();
        vrijstelling(id, """
                        {"soort": "VRIJSTELLING", "omvang": "GEDEELTELIJK", "grond": "MED", "datumBesluit": "2025-04-01",
                         "onderdelen": ["SP"]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("grond"))
                .andExpect(jsonPath("$.invalidParams[0].code").value("R1.7"));
        vrijstelling(id, """
                        {"soort": "VRIJSTELLING", "omvang": "GEDEELTELIJK", "grond": "GED", "datumBesluit": "2025-04-01",
                         "onderdelen": ["SP"]}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.actief").value(true))
                .andExpect(jsonPath("$.vrijstellingen[0].grond").value("GED"))
                .andExpect(jsonPath("$.vrijstellingen[0].onderdelen[0]").value("SP"))
                .andExpect(jsonPath("$.vrijstellingen[0].datumBesluit").value("2025-04-01"));

        Testdossier.Deelname deelname = persoon.deelname(Aanbieder.TAALSCHOOL, "LEERROUTE", LocalDate.of(2025, 4, 1));
        LocalDate dag = LocalDate.of(2025, 11, 3);
        deelname.examen("LE", "B1", "GESLAAGD", dag)
                .examen("LU", "B1", "GESLAAGD", dag)
                .examen("SC", "B1", "GESLAAGD", dag)
                .examen("KNM", null, "GESLAAGD", dag);

        mvc.perform(get("/api/v1/inburgeraars/" + id + "/examenstand").with(TEAMLEIDER))
                .andExpect(jsonPath("$.leerrouteBehaald").value(true))
                .andExpect(jsonPath("$.behaaldOp").value("2025-11-03"));
    }

    /** R1.9 with R1.11: a whole ontheffing closes the file with that reason on the date of DUO's decision. */
    @Test
    void r1_9_aWholeOntheffingClosesTheFile() throws Exception {
        String id = Testdossier.in(mvc).persoon().id();
        vrijstelling(id, """
                        {"soort": "ONTHEFFING", "omvang": "GEHEEL", "grond": "MED", "datumBesluit": "2025-06-02"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.actief").value(false))
                .andExpect(jsonPath("$.afsluiting.afsluitreden").value("ONTHEFFING"))
                .andExpect(jsonPath("$.afsluiting.datum").value("2025-06-02"));
    }
}
