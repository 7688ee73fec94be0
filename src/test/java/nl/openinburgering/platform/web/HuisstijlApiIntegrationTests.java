package nl.openinburgering.platform.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class HuisstijlApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    /**
     * An OngeldigeInvoer with several Veldfouten (from shared's validating values) reaches the client as problem+json
     * with one invalidParams entry each. Was SharedModuleTests, which started a module context of its own for it.
     */
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

    @Test
    void theBeheerderReadsAndChangesTheLetterheadAndAConsulentMayNot() throws Exception {
        mvc.perform(get("/api/v1/huisstijl").with(httpBasic("beheer.dalfsen", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.officieleNaam").value("Gemeente Dalfsen"))
                .andExpect(jsonPath("$.heeftLogo").value(false));
        mvc.perform(get("/api/v1/huisstijl").with(httpBasic("consulent.dalfsen", "demo")))
                .andExpect(status().isForbidden());

        mvc.perform(put("/api/v1/huisstijl")
                        .with(httpBasic("beheer.dalfsen", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"officieleNaam": "Gemeente Dalfsen", "postadres": "Postbus 35, 7720 AA Dalfsen",
                                 "bezwaaradres": "Postbus 35, 7720 AA Dalfsen", "website": "http://onveilig.example"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("website"));
        mvc.perform(put("/api/v1/huisstijl")
                        .with(httpBasic("beheer.dalfsen", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"officieleNaam": "Gemeente Dalfsen", "postadres": "Postbus 35, 7720 AA Dalfsen",
                                 "bezwaaradres": "Bezwaarschriftencommissie, Postbus 35, 7720 AA Dalfsen"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.bezwaaradres").value("Bezwaarschriftencommissie, Postbus 35, 7720 AA Dalfsen"))
                .andExpect(jsonPath("$.telefoon").doesNotExist());
    }
}
