package nl.openinburgering.shared;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The shared value types hold no beans of their own, so this runs them with the platform, their first user:
 * an {@link OngeldigeInvoer} raised by a validating value reaches an API client as problem+json with one
 * {@code invalidParams} entry per {@link Veldfout}.
 */
@ApplicationModuleTest(extraIncludes = "platform")
@AutoConfigureMockMvc
class SharedModuleTests {

    @Autowired
    MockMvc mvc;

    @Test
    void anOngeldigeInvoerBecomesProblemJsonWithOneInvalidParamPerVeldfout() throws Exception {
        mvc.perform(put("/api/v1/huisstijl")
                        .with(httpBasic("beheer.dalfsen", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"officieleNaam": " ", "postadres": "Postbus 35, 7720 AA Dalfsen",
                                 "bezwaaradres": "Postbus 35, 7720 AA Dalfsen", "website": "http://onveilig.example"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.invalidParams.length()").value(2))
                .andExpect(jsonPath("$.invalidParams[0].name").value("officieleNaam"))
                .andExpect(jsonPath("$.invalidParams[0].code").value("verplicht"))
                .andExpect(jsonPath("$.invalidParams[1].name").value("website"));
    }
}
