package nl.openinburgering.pip;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import nl.openinburgering.AlsGebruiker;
import nl.openinburgering.Gebeurtenissen;
import nl.openinburgering.Testdossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class VerhuizingApiIntegrationTests {

    static final RequestPostProcessor CONSULENT = httpBasic("consulent.dalfsen", "demo");
    static final RequestPostProcessor TEAMLEIDER = httpBasic("teamleider.dalfsen", "demo");

    @Autowired
    MockMvc mvc;

    @org.springframework.beans.factory.annotation.Autowired
    nl.openinburgering.inburgeraar.InburgeraarBeheer inburgeraars;

    String inburgeraar() throws Exception {
        return Testdossier.in(mvc)
                .naam("Dawit", "Bekele")
                .geboren(LocalDate.of(1990, 5, 17))
                .plichtVanaf(LocalDate.of(2025, 6, 1))
                .gevestigd(LocalDate.of(2026, 2, 25))
                .persoon()
                .id();
    }

    ResultActions verhuizing(String id, String json) throws Exception {
        ResultActions antwoord = mvc.perform(put("/api/v1/inburgeraars/" + id + "/verhuizing")
                .with(CONSULENT)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
        Gebeurtenissen.afgehandeld(mvc); // the term starts once the herkomst committed (R3.4)
        return antwoord;
    }

    ResultActions opstellen(String id, String json) throws Exception {
        return mvc.perform(post("/api/v1/inburgeraars/" + id + "/pips")
                .with(CONSULENT)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    static final String UIT_ZWOLLE = """
            {"vorigeGemeentecode": "0193", "leerroute": "B1_ROUTE", "niveau": "B1",
             "dagtekeningEerstePip": "2025-08-01", "dagtekeningHuidigePip": "2026-01-15"}""";

    /** R3.12 and R3.4: the new gemeente's first PIP keeps the leerroute; the term keeps its start. */
    @Test
    void r3_12_r3_4_afterAMoveTheFirstPipKeepsTheLeerrouteAndTheTermKeepsItsStart() throws Exception {
        String id = inburgeraar();
        verhuizing(id, UIT_ZWOLLE)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.leerroute").value("B1_ROUTE"));
        mvc.perform(get("/api/v1/inburgeraars/" + id).with(CONSULENT))
                .andExpect(jsonPath("$.inburgeringstermijn.startdatum").value("2025-08-02"))
                .andExpect(jsonPath("$.inburgeringstermijn.einddatum").value("2028-08-02"));

        opstellen(id, "{\"leerroute\": \"Z_ROUTE\", \"reden\": \"Verhuizing\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[?(@.name == 'leerroute')].code")
                        .value("R3.12"));
        opstellen(id, "{\"leerroute\": \"B1_ROUTE\"}")
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.invalidParams[?(@.name == 'reden')].code").value("verplicht"));
        String pip = JsonPath.read(
                opstellen(
                                id,
                                Testdossier.metMinimuminhoud(
                                        "{\"leerroute\": \"B1_ROUTE\", \"reden\": \"Verhuizing naar Dalfsen\"}"))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");

        mvc.perform(
                        post("/api/v1/inburgeraars/" + id + "/pips/" + pip + "/vaststelling")
                                .with(TEAMLEIDER)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"dagtekening\": \"2026-03-01\", \"redenEerdereDagtekening\": \"Test: dagtekening achteraf\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/inburgeraars/" + id).with(CONSULENT))
                .andExpect(jsonPath("$.inburgeringstermijn.startdatum").value("2025-08-02"));
        mvc.perform(get("/api/v1/inburgeraars/" + id + "/pips").with(CONSULENT))
                .andExpect(jsonPath("$.resultaten", hasSize(1)))
                .andExpect(jsonPath("$.resultaten[0].status").value("VASTGESTELD"));
        verhuizing(id, UIT_ZWOLLE).andExpect(status().isConflict());
    }

    /**
     * R3.12 with R3.6: an extension DUO granted before the move travels with the person: the term here ends where
     * DUO extended it. The extension must end after the statutory three years (2028-08-02 exclusive for a first
     * PIP of 2025-08-01): that day itself is refused, the day after is taken over.
     */
    @Test
    void r3_12_r3_6_dUOsExtensionFromBeforeAMoveTravelsWithThePerson() throws Exception {
        String metVerlenging = UIT_ZWOLLE.replace(
                "\"dagtekeningHuidigePip\": \"2026-01-15\"",
                "\"dagtekeningHuidigePip\": \"2026-01-15\", \"datumBesluitVerlenging\": \"2026-01-10\", "
                        + "\"nieuweEinddatumTermijn\": \"2028-08-02\"");
        String geweigerd = inburgeraar();
        verhuizing(geweigerd, metVerlenging)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("nieuweEinddatumTermijn"))
                .andExpect(jsonPath("$.invalidParams[0].code").value("R3.6"));

        String id = inburgeraar();
        verhuizing(id, metVerlenging.replace("2028-08-02", "2028-08-03"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nieuweEinddatumTermijn").value("2028-08-03"));
        mvc.perform(get("/api/v1/inburgeraars/" + id).with(CONSULENT))
                .andExpect(jsonPath("$.inburgeringstermijn.startdatum").value("2025-08-02"))
                .andExpect(jsonPath("$.inburgeringstermijn.einddatum").value("2028-08-03"))
                .andExpect(jsonPath("$.inburgeringstermijn.laatsteDag").value("2028-08-02"));
        // delivered again (the same handover saved twice): the extension is not added a second time
        verhuizing(id, metVerlenging.replace("2028-08-02", "2028-08-03")).andExpect(status().isOk());
        assertThat(AlsGebruiker.consulentVanDalfsen(() ->
                        inburgeraars.raadpleeg(java.util.UUID.fromString(id)).termijnverlengingen()))
                .singleElement()
                .satisfies(v -> assertThat(v.reden()).contains("0193", "R3.12"));
    }

    @Test
    void r3_12_aMoveIsFromAnotherGemeenteWithDatesInOrder() throws Exception {
        String id = inburgeraar();
        verhuizing(id, UIT_ZWOLLE.replace("0193", "0148"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].code").value("R3.12"));
        verhuizing(id, UIT_ZWOLLE.replace("2025-08-01", "2026-02-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].code").value("datum.volgorde"));
        mvc.perform(put("/api/v1/inburgeraars/" + id + "/verhuizing")
                        .with(httpBasic("consulent.staphorst", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(UIT_ZWOLLE))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/inburgeraars/" + id + "/verhuizing")
                        .with(TEAMLEIDER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(UIT_ZWOLLE))
                .andExpect(status().isForbidden());
    }
}
