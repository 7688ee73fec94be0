package nl.openinburgering.inburgeraar;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import nl.openinburgering.TestBsn;

@SpringBootTest
@AutoConfigureMockMvc
class InformatieverzoekApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    /** R2.8: the extension is derived from the recorded request and arrival, never typed in. */
    @Test
    void r2_8_aRequestAndItsArrivalExtendTheDeadlineForThePip() throws Exception {
        String antwoord = mvc.perform(post("/api/v1/inburgeraars").with(httpBasic("consulent.dalfsen", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(InburgeraarApiIntegrationTests.invoer(TestBsn.nieuw())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(antwoord, "$.id");

        mvc.perform(post("/api/v1/inburgeraars/" + id + "/informatieverzoeken").with(httpBasic("consulent.dalfsen", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"derde\": \"Huisarts\", \"omschrijving\": \"Belastbaarheid\", \"aangevraagdOp\": \"2026-03-01\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.wachtOpInformatie").value(true))
                .andExpect(jsonPath("$.informatieverzoeken", hasSize(1)))
                .andExpect(jsonPath("$.uiterlijkeDatumVaststellingPip").value("2026-04-13"));

        mvc.perform(post("/api/v1/inburgeraars/" + id + "/informatieverzoeken/0/ontvangst")
                        .with(httpBasic("consulent.dalfsen", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ontvangenOp\": \"2026-04-10\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.wachtOpInformatie").value(false))
                .andExpect(jsonPath("$.termijnVaststellingPipVerlengd").value(true))
                .andExpect(jsonPath("$.uiterlijkeDatumVaststellingPip").value("2026-04-24"));

        mvc.perform(post("/api/v1/inburgeraars/" + id + "/informatieverzoeken/0/ontvangst")
                        .with(httpBasic("consulent.dalfsen", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ontvangenOp\": \"2026-02-01\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/inburgeraars/" + id + "/informatieverzoeken/7/ontvangst")
                        .with(httpBasic("consulent.dalfsen", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ontvangenOp\": \"2026-04-10\"}"))
                .andExpect(status().isNotFound());
    }
}
