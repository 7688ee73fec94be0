package nl.openinburgering.pip;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import nl.openinburgering.Testdossier;
import nl.openinburgering.shared.Leerroute;

import static nl.openinburgering.Testdossier.CONSULENT;
import static nl.openinburgering.Testdossier.TEAMLEIDER;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** R3.1, R2.1, R2.4 (with R1.10) through the API: what a beschikking needs, and the teamleider's override. */
@SpringBootTest
@AutoConfigureMockMvc
class PipVaststellingIntegrationTests {

    static final String VOLLEDIG = """
            {"leerroute": "B1_ROUTE", "begeleiding": "Wekelijks", "afsprakenPvt": "PVT in groep",
             "afsprakenMap": "MAP", "aantalVoortgangsgesprekken": 4}""";

    @Autowired
    MockMvc mvc;

    ResultActions vaststellen(Testdossier.Persoon persoon, String extra) throws Exception {
        return mvc.perform(post("/api/v1/inburgeraars/" + persoon.id() + "/pips/" + persoon.pip() + "/vaststelling")
                .with(TEAMLEIDER)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"dagtekening\": \"" + LocalDate.now() + "\"" + extra + "}"));
    }

    void gesprek(Testdossier.Persoon persoon) throws Exception {
        mvc.perform(post("/api/v1/inburgeraars/" + persoon.id() + "/intake/gesprekken")
                        .with(CONSULENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"soort": "INTAKEGESPREK", "datum": "%s", "deelnemers": "Inburgeraar en consulent",
                                 "tolk": false}""".formatted(LocalDate.now().minusDays(3))))
                .andExpect(status().isCreated());
    }

    long intakeversie(Testdossier.Persoon persoon) throws Exception {
        return ((Number) JsonPath.read(
                        mvc.perform(get("/api/v1/inburgeraars/" + persoon.id() + "/intake/leerbaarheidstoets")
                                        .with(CONSULENT))
                                .andReturn()
                                .getResponse()
                                .getContentAsString(),
                        "$.versie"))
                .longValue();
    }

    @Test
    void r3_1_de_api_weigert_een_pip_zonder_minimuminhoud_en_stelt_een_volledig_pip_vast() throws Exception {
        Testdossier.Persoon kaal = Testdossier.in(mvc)
                .persoon()
                .metPipZoals("{\"leerroute\": \"B1_ROUTE\"}")
                .metIntake();
        vaststellen(kaal, "")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[?(@.code == 'R3.1')].name", hasItem("begeleiding")))
                .andExpect(jsonPath("$.invalidParams[?(@.code == 'R3.1')].name", hasItem("afsprakenPvt")))
                .andExpect(jsonPath("$.invalidParams[?(@.code == 'R3.1')].name", hasItem("afsprakenMap")))
                .andExpect(
                        jsonPath("$.invalidParams[?(@.code == 'R3.1')].name", hasItem("aantalVoortgangsgesprekken")));

        Testdossier.Persoon volledig =
                Testdossier.in(mvc).persoon().metPipZoals(VOLLEDIG).metIntake();
        vaststellen(volledig, "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("VASTGESTELD"))
                .andExpect(jsonPath("$.afgewekenVan").doesNotExist());
    }

    @Test
    void r2_1_de_api_weigert_een_eerste_pip_zonder_gehouden_intakegesprek() throws Exception {
        Testdossier.Persoon persoon = Testdossier.in(mvc).persoon().metPipZoals(VOLLEDIG);
        vaststellen(persoon, "")
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.invalidParams[?(@.name == 'intake')].code").value("R2.1"))
                .andExpect(jsonPath("$.invalidParams[?(@.name == 'leerbaarheidstoets')].code")
                        .value("R2.4"));

        gesprek(persoon);
        vaststellen(persoon, "")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[?(@.name == 'intake')]").isEmpty())
                .andExpect(jsonPath("$.invalidParams[?(@.name == 'leerbaarheidstoets')].code")
                        .value("R2.4"));
    }

    /** R2.4 with R1.10: a result of the test, or the gemeente's exemption from it, completes the intake. */
    @Test
    void r2_4_een_ontheffing_van_de_leerbaarheidstoets_telt_als_uitslag() throws Exception {
        Testdossier.Persoon persoon = Testdossier.in(mvc).persoon().metPipZoals(VOLLEDIG);
        gesprek(persoon);
        vaststellen(persoon, "").andExpect(status().isBadRequest());
        mvc.perform(put("/api/v1/inburgeraars/" + persoon.id() + "/intake/leerbaarheidstoets")
                        .with(CONSULENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"ontheffing": "VISUELE_BEPERKING", "ontheffingReden": "Blind sinds de geboorte",
                                 "versie": %d}""".formatted(intakeversie(persoon))))
                .andExpect(status().isOk());
        vaststellen(persoon, "").andExpect(status().isOk());
    }

    /** R3.1, R2.1, R2.4: the teamleider deviates with a reason; the PIP keeps it and the rules deviated from. */
    @Test
    void r3_1_een_teamleider_stelt_met_een_reden_vast_zonder_intake_en_minimuminhoud() throws Exception {
        Testdossier.Persoon persoon = Testdossier.in(mvc).persoon().metPipZoals("{\"leerroute\": \"Z_ROUTE\"}");
        vaststellen(persoon, ", \"redenAfwijking\": \"Rechter droeg vaststelling binnen een week op\"")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.redenAfwijking").value("Rechter droeg vaststelling binnen een week op"))
                .andExpect(jsonPath("$.afgewekenVan").value("R3.1, R2.1, R2.4"));
        mvc.perform(get("/api/v1/inburgeraars/" + persoon.id() + "/pips/" + persoon.pip())
                        .with(CONSULENT))
                .andExpect(jsonPath("$.afgewekenVan").value("R3.1, R2.1, R2.4"));
    }

    /** R2.1: the default path of the shared test support holds the intake first (what other tests rely on). */
    @Test
    void r2_1_het_testdossier_houdt_de_intake_voordat_het_pip_wordt_vastgesteld() throws Exception {
        Testdossier.Persoon persoon =
                Testdossier.in(mvc).persoon().metPip(Leerroute.Z_ROUTE).vastgesteld(LocalDate.now());
        mvc.perform(get("/api/v1/inburgeraars/" + persoon.id() + "/intake/leerbaarheidstoets")
                        .with(CONSULENT))
                .andExpect(jsonPath("$.resultaat").value("B1_ROUTE_NIET_HAALBAAR"));
    }
}
