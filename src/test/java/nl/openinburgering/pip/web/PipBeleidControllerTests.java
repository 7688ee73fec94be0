package nl.openinburgering.pip.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import nl.openinburgering.TestBsn;
import nl.openinburgering.Testdossier;

import static nl.openinburgering.UiTestGebruikers.beheerderDalfsen;
import static nl.openinburgering.UiTestGebruikers.consulentDalfsen;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class PipBeleidControllerTests {

    @Autowired
    MockMvc mvc;

    @AfterEach
    void terugNaarDeStandaard() throws Exception {
        mvc.perform(post("/beheer/pip-beleid")
                .param("vierOgen", "true")
                .with(beheerderDalfsen())
                .with(csrf()));
    }

    private ResultActions consulentSteltEigenPipVast() throws Exception {
        String persoon = JsonPath.read(
                mvc.perform(post("/api/v1/inburgeraars")
                                .with(httpBasic("consulent.dalfsen", "demo"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("""
                        {"bsn": "%s", "voornamen": "Amina", "geslachtsnaam": "Haddad", "geboortedatum": "1994-05-17",
                         "doelgroep": "ASIELSTATUSHOUDER", "datumStartInburgeringsplicht": "2026-01-12"}""".formatted(TestBsn.nieuw())))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        String pip = JsonPath.read(
                mvc.perform(post("/api/v1/inburgeraars/" + persoon + "/pips")
                                .with(httpBasic("consulent.dalfsen", "demo"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(Testdossier.metMinimuminhoud("{\"leerroute\": \"B1_ROUTE\"}")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        Testdossier.in(mvc).persoon(persoon).metIntake();
        return mvc.perform(
                post("/api/v1/inburgeraars/" + persoon + "/pips/" + pip + "/vaststelling")
                        .with(httpBasic("consulent.dalfsen", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"dagtekening\": \"2026-03-01\", \"redenEerdereDagtekening\": \"Test: dagtekening achteraf\"}"));
    }

    @Test
    void fourEyesIsTheDefaultSoAConsulentCannotFixTheirOwnPip() throws Exception {
        mvc.perform(get("/beheer/pip-beleid").with(beheerderDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("checked")));
        consulentSteltEigenPipVast().andExpect(status().isForbidden());
    }

    @Test
    void theBeheerderSwitchesFourEyesOffAndThenAConsulentMayFixAPip() throws Exception {
        mvc.perform(post("/beheer/pip-beleid").with(beheerderDalfsen()).with(csrf()))
                .andExpect(status().is3xxRedirection());

        consulentSteltEigenPipVast().andExpect(status().isOk());
        mvc.perform(get("/beheer/pip-beleid").with(beheerderDalfsen()))
                .andExpect(content().string(containsString("Vaststellen van een PIP")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("checked"))));
    }

    @Test
    void onlyTheFunctioneelBeheerderSetsThePolicy() throws Exception {
        mvc.perform(get("/beheer/pip-beleid").with(consulentDalfsen())).andExpect(status().isForbidden());
        mvc.perform(post("/beheer/pip-beleid").with(consulentDalfsen()).with(csrf()))
                .andExpect(status().isForbidden());
    }
}
