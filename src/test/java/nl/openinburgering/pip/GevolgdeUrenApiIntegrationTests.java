package nl.openinburgering.pip;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import nl.openinburgering.TestBsn;

@SpringBootTest
@AutoConfigureMockMvc
class GevolgdeUrenApiIntegrationTests {

    static final RequestPostProcessor CONSULENT = httpBasic("consulent.dalfsen", "demo");
    static final RequestPostProcessor TEAMLEIDER = httpBasic("teamleider.dalfsen", "demo");

    @Autowired
    MockMvc mvc;

    String persoonMetB1Pip() throws Exception {
        String id = JsonPath.read(mvc.perform(post("/api/v1/inburgeraars").with(CONSULENT).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"bsn": "%s", "voornamen": "Hiwet", "geslachtsnaam": "Gebremedhin", "geboortedatum": "1988-03-03",
                         "doelgroep": "ASIELSTATUSHOUDER", "datumStartInburgeringsplicht": "2025-01-10"}""".formatted(TestBsn.nieuw())))
                .andReturn().getResponse().getContentAsString(), "$.id");
        String pip = JsonPath.read(mvc.perform(post("/api/v1/inburgeraars/" + id + "/pips").with(CONSULENT)
                .contentType(MediaType.APPLICATION_JSON).content("{\"leerroute\": \"B1_ROUTE\"}"))
                .andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(post("/api/v1/inburgeraars/" + id + "/pips/" + pip + "/vaststelling").with(TEAMLEIDER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"dagtekening\": \"2025-02-01\"}")).andExpect(status().isOk());
        return id;
    }

    ResultActions uren(String id, String soort, String uren) throws Exception {
        return mvc.perform(post("/api/v1/inburgeraars/" + id + "/gevolgde-uren").with(CONSULENT)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"totEnMet": "2026-06-30", "soort": "%s", "uren": %s, "bron": "Rapportage taalschool"}"""
                        .formatted(soort, uren)));
    }

    ResultActions afschalen(String id) throws Exception {
        return mvc.perform(post("/api/v1/inburgeraars/" + id + "/pips").with(CONSULENT).contentType(MediaType.APPLICATION_JSON)
                .content("{\"leerroute\": \"B1_ROUTE\", \"niveau\": \"A2\", \"reden\": \"Afschalen: B1 niet haalbaar\"}"));
    }

    /** R3.11 with R2.10: 599.5 hours of lessons plus brede-intake hours is not enough; 600 is. */
    @Test
    void r3_11_r2_10_afschalenCountsRegisteredLessonHoursWithoutTheBredeIntake() throws Exception {
        String id = persoonMetB1Pip();
        uren(id, "TAALLES_KNM", "599.5").andExpect(status().isCreated()).andExpect(jsonPath("$.taallesKnm").value(599.5));
        uren(id, "TAALLES_KNM_BREDE_INTAKE", "40").andExpect(status().isCreated());

        afschalen(id).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[?(@.name == 'niveau')].code").value("R3.11"));

        uren(id, "TAALLES_KNM", "0.5").andExpect(status().isCreated()).andExpect(jsonPath("$.taallesKnm").value(600.0));
        afschalen(id).andExpect(status().isCreated()).andExpect(jsonPath("$.niveau").value("A2"));
        mvc.perform(get("/api/v1/inburgeraars/" + id + "/gevolgde-uren").with(TEAMLEIDER))
                .andExpect(jsonPath("$.taallesKnmBredeIntake").value(40.0))
                .andExpect(jsonPath("$.regels.length()").value(3));
    }

    @Test
    void refusesHoursOutsideTheRangeAndForAnotherGemeente() throws Exception {
        String id = persoonMetB1Pip();
        uren(id, "TAALLES_KNM", "0").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].code").value("uren.ongeldig"));
        uren(id, "TAALLES_KNM", "2000.5").andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/inburgeraars/" + id + "/gevolgde-uren").with(httpBasic("consulent.staphorst", "demo")))
                .andExpect(status().isNotFound());
    }
}
