package nl.openinburgering.inburgeraar;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import nl.openinburgering.Testdossier;

import static nl.openinburgering.Testdossier.CONSULENT;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** D10: the consulent records, reads and removes a person's outflow to work or study through the API. */
@SpringBootTest
@AutoConfigureMockMvc
class UitstroomApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void d10_theConsulentRecordsReadsAndRemovesAnOutflowToWork() throws Exception {
        String persoon = Testdossier.in(mvc).persoon().id();
        String pad = "/api/v1/inburgeraars/" + persoon + "/uitstromen";

        String antwoord = mvc.perform(post(pad)
                        .with(CONSULENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"soort\":\"WERK\",\"datum\":\""
                                + LocalDate.now().minusDays(3) + "\",\"toelichting\":\"Productiemedewerker\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.soort").value("WERK"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String uitstroomId = JsonPath.read(antwoord, "$.id");

        mvc.perform(get(pad).with(CONSULENT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.uitstromen.length()").value(1))
                .andExpect(jsonPath("$.uitstromen[0].toelichting").value("Productiemedewerker"));

        mvc.perform(delete(pad + "/" + uitstroomId).with(CONSULENT)).andExpect(status().isNoContent());
        mvc.perform(get(pad).with(CONSULENT))
                .andExpect(jsonPath("$.uitstromen.length()").value(0));
    }

    @Test
    void d10_anUnknownKindIsRefusedWithADutchProblemAndNothingIsStored() throws Exception {
        String persoon = Testdossier.in(mvc).persoon().id();
        String pad = "/api/v1/inburgeraars/" + persoon + "/uitstromen";

        mvc.perform(post(pad)
                        .with(CONSULENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"soort\":\"VAKANTIE\",\"datum\":\"" + LocalDate.now() + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.invalidParams[0].name").value("soort"));

        mvc.perform(get(pad).with(CONSULENT))
                .andExpect(jsonPath("$.uitstromen.length()").value(0));
    }
}
