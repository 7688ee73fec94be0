package nl.openinburgering.pip;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import nl.openinburgering.Gebeurtenissen;
import nl.openinburgering.Testdossier;
import nl.openinburgering.shared.Leerroute;
import nl.openinburgering.shared.Vandaag;

import static nl.openinburgering.AlsGebruiker.consulentVanDalfsen;
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
class PipApiIntegrationTests {

    static final RequestPostProcessor CONSULENT = httpBasic("consulent.dalfsen", "demo");
    static final RequestPostProcessor TEAMLEIDER = httpBasic("teamleider.dalfsen", "demo");

    @Autowired
    MockMvc mvc;

    String inburgeraar() throws Exception {
        return Testdossier.in(mvc)
                .naam("Amina", "Haddad")
                .geboren(LocalDate.of(1994, 5, 17))
                .plichtVanaf(LocalDate.of(2026, 1, 12))
                .gevestigd(LocalDate.of(2026, 2, 2))
                .persoon()
                .id();
    }

    ResultActions opstellen(String id, String json) throws Exception {
        return mvc.perform(post("/api/v1/inburgeraars/" + id + "/pips")
                .with(CONSULENT)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    String concept(String id, String json) throws Exception {
        Testdossier.in(mvc).persoon(id).metIntake();
        return JsonPath.read(
                opstellen(id, Testdossier.metMinimuminhoud(json))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.status").value("CONCEPT"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
    }

    ResultActions vaststellen(String id, String pipId, String dagtekening, RequestPostProcessor wie) throws Exception {
        Testdossier.in(mvc).persoon(id).metIntake();
        ResultActions vaststelling = mvc.perform(post("/api/v1/inburgeraars/" + id + "/pips/" + pipId + "/vaststelling")
                .with(wie)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"dagtekening\": \"" + dagtekening
                        + "\", \"redenEerdereDagtekening\": \"Test: dagtekening achteraf\"}"));
        Gebeurtenissen.afgehandeld(mvc);
        return vaststelling;
    }

    static final String B1_ROUTE = """
            {"leerroute": "B1_ROUTE", "geschatteIntensiteitB1Route": 600, "alfabetisering": "NVT",
             "begeleiding": "Wekelijks", "afsprakenPvt": "4 dagdelen", "afsprakenMap": "MAP", "aantalVoortgangsgesprekken": 4}""";

    /**
     * R3.2: the API refuses a dagtekening before the day of vaststelling without a reason (problem+json, field
     * {@code redenEerdereDagtekening}); dated today it needs none and records when, by whom and in which function.
     */
    @Test
    void r3_2_aDagtekeningBeforeTodayNeedsAReasonAndTheVaststellingRecordsWhenByWhomAndInWhichFunction()
            throws Exception {
        String id = Testdossier.in(mvc)
                .geboren(LocalDate.of(1994, 5, 17))
                .plichtVanaf(LocalDate.of(2026, 1, 12))
                .persoon()
                .id();
        String pipId = concept(id, B1_ROUTE);
        mvc.perform(post("/api/v1/inburgeraars/" + id + "/pips/" + pipId + "/vaststelling")
                        .with(TEAMLEIDER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"dagtekening\": \"" + Vandaag.datum().minusDays(1) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("redenEerdereDagtekening"))
                .andExpect(jsonPath("$.invalidParams[0].code").value("R3.2"));
        mvc.perform(post("/api/v1/inburgeraars/" + id + "/pips/" + pipId + "/vaststelling")
                        .with(TEAMLEIDER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"dagtekening\": \"" + Vandaag.datum() + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.vastgesteldDoor").value("teamleider.dalfsen"))
                .andExpect(jsonPath("$.vastgesteldDoorFunctie").value("Teamleider"))
                .andExpect(jsonPath("$.vastgesteldOp").isNotEmpty())
                .andExpect(jsonPath("$.redenEerdereDagtekening").doesNotExist());
        Gebeurtenissen.afgehandeld(mvc);
    }

    @Test
    void r3_4_aTeamleiderFixesWhatAConsulentDraftedAndTheTermStartsTheNextDay() throws Exception {
        String id = inburgeraar();
        String pipId = concept(id, B1_ROUTE);

        vaststellen(id, pipId, "2026-03-01", CONSULENT).andExpect(status().isForbidden());
        vaststellen(id, pipId, "2026-03-01", TEAMLEIDER)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("VASTGESTELD"))
                .andExpect(jsonPath("$.niveau").value("B1"))
                .andExpect(jsonPath("$.dagtekening").value("2026-03-01"));

        mvc.perform(get("/api/v1/inburgeraars/" + id).with(CONSULENT))
                .andExpect(jsonPath("$.inburgeringstermijn.startdatum").value("2026-03-02"))
                .andExpect(jsonPath("$.inburgeringstermijn.einddatum").value("2029-03-02"));
        vaststellen(id, pipId, "2026-03-05", TEAMLEIDER).andExpect(status().isConflict());

        // R3.6: DUO grants an extension; the gemeente registers it and the end moves.
        mvc.perform(
                        post("/api/v1/inburgeraars/" + id + "/termijnverlengingen")
                                .with(CONSULENT)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"datumBesluit\": \"2026-10-01\", \"nieuweEinddatum\": \"2029-09-02\", \"reden\": \"Ziekte\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.inburgeringstermijn.startdatum").value("2026-03-02"))
                .andExpect(jsonPath("$.inburgeringstermijn.einddatum").value("2029-09-02"));
    }

    @Test
    void r3_4_aNewPipReplacesThePreviousOneNeedsAReasonAndNeverMovesTheTerm() throws Exception {
        String id = inburgeraar();
        vaststellen(id, concept(id, B1_ROUTE), "2026-03-01", TEAMLEIDER).andExpect(status().isOk());

        String zRoute = "{\"leerroute\": \"Z_ROUTE\", \"aantalVoortgangsgesprekken\": 6}";
        opstellen(id, zRoute)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("reden"));
        String tweede = concept(id, zRoute.replace("}", ", \"reden\": \"Schakelen: B1 niet haalbaar\"}"));
        vaststellen(id, tweede, "2026-06-01", TEAMLEIDER).andExpect(status().isOk());

        mvc.perform(get("/api/v1/inburgeraars/" + id + "/pips").with(CONSULENT))
                .andExpect(jsonPath("$.resultaten", hasSize(2)))
                .andExpect(jsonPath("$.resultaten[0].status").value("VASTGESTELD"))
                .andExpect(jsonPath("$.resultaten[1].status").value("VERVANGEN"));
        mvc.perform(get("/api/v1/inburgeraars/" + id).with(CONSULENT))
                .andExpect(jsonPath("$.inburgeringstermijn.startdatum").value("2026-03-02"));
    }

    @Autowired
    PipBeheer pips;

    /**
     * R2.8: the worklist's bulk read gives the current PIP with the dagtekening of the first one, whatever was
     * replaced since; a draft counts for neither.
     */
    @Test
    void r2_8_theBulkStateShowsTheCurrentPipWithTheFirstDagtekening() throws Exception {
        String id = inburgeraar();
        vaststellen(id, concept(id, B1_ROUTE), "2026-03-01", TEAMLEIDER).andExpect(status().isOk());
        String zRoute = "{\"leerroute\": \"Z_ROUTE\", \"aantalVoortgangsgesprekken\": 6, \"reden\": \"Schakelen\"}";
        vaststellen(id, concept(id, zRoute), "2026-06-01", TEAMLEIDER).andExpect(status().isOk());
        concept(id, zRoute);
        String zonderPip = inburgeraar();

        List<PipStand> stand =
                consulentVanDalfsen(() -> pips.stand(List.of(UUID.fromString(id), UUID.fromString(zonderPip))));

        assertThat(stand)
                .containsExactly(new PipStand(
                        UUID.fromString(id),
                        Leerroute.Z_ROUTE,
                        LocalDate.of(2026, 6, 1),
                        LocalDate.of(2026, 3, 1),
                        6,
                        // R3.2: both were fixed today, dated earlier with the reason the helper records
                        Vandaag.datum(),
                        "Test: dagtekening achteraf"));
    }

    @Test
    void r3_13_r6_1_everyRuleViolationCarriesItsRuleId() throws Exception {
        String id = inburgeraar();
        opstellen(id, "{\"leerroute\": \"ONDERWIJSROUTE\", \"niveau\": \"A2\", \"afsprakenMap\": \"MAP\"}")
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.invalidParams[?(@.name == 'niveau')].code").value("R3.13"))
                .andExpect(jsonPath("$.invalidParams[?(@.name == 'afsprakenMap')].code")
                        .value("R6.1"));

        String pipId = concept(id, B1_ROUTE);
        vaststellen(id, pipId, "2026-01-31", TEAMLEIDER)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("dagtekening"))
                .andExpect(jsonPath("$.invalidParams[0].code").value("R3.13"));
    }

    @Test
    void onlyOneDraftAtATime() throws Exception {
        String id = inburgeraar();
        concept(id, B1_ROUTE);
        opstellen(id, B1_ROUTE).andExpect(status().isConflict());
    }

    @Test
    void aPipOfAnotherGemeenteIsNotFound() throws Exception {
        String id = inburgeraar();
        String pipId = concept(id, B1_ROUTE);

        mvc.perform(get("/api/v1/inburgeraars/" + id + "/pips/" + pipId).with(httpBasic("consulent.staphorst", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/inburgeraars/" + id + "/pips")
                        .with(httpBasic("consulent.staphorst", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(B1_ROUTE))
                .andExpect(status().isNotFound());
    }

    static final String BREED = """
            {"leerroute": "B1_ROUTE", "geschatteIntensiteitB1Route": 600, "begeleiding": "Wekelijks",
             "ondersteuning": "Taalmaatje", "afsprakenPvt": "PVT in groep", "intensiteitPvtUren": 12,
             "afsprakenMap": "MAP bij Participatiewerk", "intensiteitMapUren": 40,
             "inburgeringsaanbod": "Taalschool Zwolle", "ontvangtBijstand": true,
             "afsprakenOntzorgen": "Vaste lasten 6 maanden", "afsprakenVve": "Peuteropvang",
             "afsprakenParticipatie": "Vrijwilligerswerk", "aantalVoortgangsgesprekken": 4}""";

    ResultActions wijzigen(String id, String pipId, String json) throws Exception {
        return mvc.perform(put("/api/v1/inburgeraars/" + id + "/pips/" + pipId)
                .with(CONSULENT)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    @Test
    void r3_1_thePipHoldsTheWholePlanInItsJson() throws Exception {
        String id = inburgeraar();
        String pipId = concept(id, BREED);
        mvc.perform(get("/api/v1/inburgeraars/" + id + "/pips/" + pipId).with(CONSULENT))
                .andExpect(jsonPath("$.ondersteuning").value("Taalmaatje"))
                .andExpect(jsonPath("$.intensiteitPvtUren").value(12))
                .andExpect(jsonPath("$.intensiteitMapUren").value(40))
                .andExpect(jsonPath("$.inburgeringsaanbod").value("Taalschool Zwolle"))
                .andExpect(jsonPath("$.ontvangtBijstand").value(true))
                .andExpect(jsonPath("$.afsprakenOntzorgen").value("Vaste lasten 6 maanden"))
                .andExpect(jsonPath("$.afsprakenVve").value("Peuteropvang"))
                .andExpect(jsonPath("$.afsprakenParticipatie").value("Vrijwilligerswerk"));
    }

    @Test
    void r7_1_r6_1_ruleViolationsOfTheWholePlanCarryTheirRuleId() throws Exception {
        String id = inburgeraar();
        opstellen(
                        id,
                        "{\"leerroute\": \"ONDERWIJSROUTE\", \"intensiteitMapUren\": 10, \"ontvangtBijstand\": false,"
                                + " \"afsprakenOntzorgen\": \"Vaste lasten\", \"intensiteitPvtUren\": 10000}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[?(@.name == 'intensiteitMapUren')].code")
                        .value("R6.1"))
                .andExpect(jsonPath("$.invalidParams[?(@.name == 'afsprakenOntzorgen')].code")
                        .value("R7.1"))
                .andExpect(jsonPath("$.invalidParams[?(@.name == 'intensiteitPvtUren')].code")
                        .value("R3.1"));
    }

    @Test
    void aConceptIsEditedFromTheVersionReadAndAStaleVersionIsAConflict() throws Exception {
        String id = inburgeraar();
        String pipId = concept(id, B1_ROUTE);

        wijzigen(id, pipId, BREED)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("versie"));
        wijzigen(id, pipId, BREED.replace("}", ", \"versie\": 0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.versie").value(1))
                .andExpect(jsonPath("$.status").value("CONCEPT"))
                .andExpect(jsonPath("$.intensiteitPvtUren").value(12));
        wijzigen(id, pipId, BREED.replace("}", ", \"versie\": 0}")).andExpect(status().isConflict());
        wijzigen(id, pipId, "{\"leerroute\": \"ONDERWIJSROUTE\", \"niveau\": \"A2\", \"versie\": 1}")
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.invalidParams[?(@.name == 'niveau')].code").value("R3.13"));
    }

    @Test
    void aVastgesteldPipCannotBeEdited() throws Exception {
        String id = inburgeraar();
        String pipId = concept(id, B1_ROUTE);
        vaststellen(id, pipId, "2026-03-01", TEAMLEIDER).andExpect(status().isOk());

        wijzigen(id, pipId, BREED.replace("}", ", \"versie\": 1}")).andExpect(status().isConflict());
        mvc.perform(put("/api/v1/inburgeraars/" + id + "/pips/" + pipId)
                        .with(TEAMLEIDER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(BREED))
                .andExpect(status().isForbidden());
    }
}
