package nl.openinburgering.inburgeraar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import nl.openinburgering.TestBsn;
import nl.openinburgering.Testdossier;
import nl.openinburgering.shared.Leerroute;

import static nl.openinburgering.AlsGebruiker.consulentVanDalfsen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class InformatieverzoekApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    InburgeraarBeheer inburgeraars;

    /** R2.8: the extension is derived from the recorded request and arrival, never typed in. */
    @Test
    void r2_8_aRequestAndItsArrivalExtendTheDeadlineForThePip() throws Exception {
        String antwoord = mvc.perform(post("/api/v1/inburgeraars")
                        .with(httpBasic("consulent.dalfsen", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(InburgeraarApiIntegrationTests.invoer(TestBsn.nieuw())))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = JsonPath.read(antwoord, "$.id");

        mvc.perform(
                        post("/api/v1/inburgeraars/" + id + "/informatieverzoeken")
                                .with(httpBasic("consulent.dalfsen", "demo"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"derde\": \"Huisarts\", \"omschrijving\": \"Belastbaarheid\", \"aangevraagdOp\": \"2026-03-01\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.wachtOpInformatie").value(true))
                .andExpect(jsonPath("$.informatieverzoeken", hasSize(1)))
                .andExpect(jsonPath("$.uiterlijkeDatumVaststellingPip").value("2026-04-13"));

        mvc.perform(post("/api/v1/inburgeraars/" + id + "/informatieverzoeken/0/ontvangst")
                        .with(httpBasic("consulent.dalfsen", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ontvangenOp\": \"2026-04-10\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.wachtOpInformatie").value(false))
                .andExpect(jsonPath("$.termijnVaststellingPipVerlengd").value(true))
                .andExpect(jsonPath("$.uiterlijkeDatumVaststellingPip").value("2026-04-24"));

        mvc.perform(post("/api/v1/inburgeraars/" + id + "/informatieverzoeken/0/ontvangst")
                        .with(httpBasic("consulent.dalfsen", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ontvangenOp\": \"2026-02-01\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/inburgeraars/" + id + "/informatieverzoeken/7/ontvangst")
                        .with(httpBasic("consulent.dalfsen", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ontvangenOp\": \"2026-04-10\"}"))
                .andExpect(status().isNotFound());
    }

    /**
     * R2.8 and R3.6 in the worklist's bulk read: it rebuilds the information requests and the extensions from
     * its own queries, so it must give the deadlines the person's own file gives.
     */
    @Test
    void r2_8_r3_6_theBulkReadOfTheWorklistKnowsTheRequestsAndTheExtensions() throws Exception {
        String zonderPip = JsonPath.read(
                mvc.perform(post("/api/v1/inburgeraars")
                                .with(httpBasic("consulent.dalfsen", "demo"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(InburgeraarApiIntegrationTests.invoer(TestBsn.nieuw())))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        mvc.perform(
                        post("/api/v1/inburgeraars/" + zonderPip + "/informatieverzoeken")
                                .with(httpBasic("consulent.dalfsen", "demo"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"derde\": \"Huisarts\", \"omschrijving\": \"Belastbaarheid\", \"aangevraagdOp\": \"2026-03-01\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/inburgeraars/" + zonderPip + "/informatieverzoeken/0/ontvangst")
                        .with(httpBasic("consulent.dalfsen", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ontvangenOp\": \"2026-04-10\"}"))
                .andExpect(jsonPath("$.uiterlijkeDatumVaststellingPip").value("2026-04-24"));
        String metPip = Testdossier.in(mvc)
                .persoonMetPip(Leerroute.B1_ROUTE, LocalDate.of(2026, 3, 1))
                .id();
        mvc.perform(
                        post("/api/v1/inburgeraars/" + metPip + "/termijnverlengingen")
                                .with(httpBasic("consulent.dalfsen", "demo"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"datumBesluit\": \"2026-10-01\", \"nieuweEinddatum\": \"2029-09-02\", \"reden\": \"Ziekte\"}"))
                .andExpect(jsonPath("$.inburgeringstermijn.einddatum").value("2029-09-02"));

        Map<UUID, Termijnfeiten> feiten =
                consulentVanDalfsen(() -> inburgeraars.termijnfeiten(
                                List.of(UUID.fromString(zonderPip), UUID.fromString(metPip))))
                        .stream()
                        .collect(Collectors.toMap(Termijnfeiten::id, Function.identity()));

        TermijnVaststellingPip termijn =
                feiten.get(UUID.fromString(zonderPip)).termijnVaststellingPip().orElseThrow();
        assertThat(termijn.uiterlijkeDatum()).isEqualTo(LocalDate.of(2026, 4, 24));
        assertThat(termijn.wachtOpInformatie()).isFalse();
        Inburgeringstermijn verlengd =
                feiten.get(UUID.fromString(metPip)).inburgeringstermijn().orElseThrow();
        assertThat(verlengd.startdatum()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(verlengd.einddatum()).isEqualTo(LocalDate.of(2029, 9, 2));
    }
}
