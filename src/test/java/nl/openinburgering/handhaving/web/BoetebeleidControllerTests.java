package nl.openinburgering.handhaving.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static nl.openinburgering.UiTestGebruikers.beheerderDalfsen;
import static nl.openinburgering.UiTestGebruikers.consulentDalfsen;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * D1, R9.2, R9.6, R9.7: the functioneel beheerder's page for the fine policy; the statutory maxima are shown and not
 * editable, a value beyond them is a Dutch field error, and other roles may not open it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BoetebeleidControllerTests {

    @Autowired
    MockMvc mvc;

    @AfterEach
    void terugNaarDeStandaard() throws Exception {
        mvc.perform(opslaan("50", "800", "14", "14", "56", false)).andExpect(status().is3xxRedirection());
    }

    @Test
    void d1_the_beheerder_sees_the_policy_and_the_statutory_maxima_without_a_field_for_them() throws Exception {
        mvc.perform(get("/beheer/handhaving").with(beheerderDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Boetebeleid handhaving")))
                .andExpect(content().string(containsString("€ 250,00")))
                .andExpect(content().string(containsString("€ 800,00")))
                .andExpect(content().string(containsString("name=\"eersteBoete\"")))
                .andExpect(content().string(containsString("name=\"zienswijzetermijnDagen\"")))
                .andExpect(content().string(containsString("name=\"verrekenen\"")))
                .andExpect(content().string(not(containsString("name=\"intakeBoete\""))))
                .andExpect(content().string(not(containsString("name=\"maximumPipBoete\""))));
    }

    @Test
    void d1_r9_6_r9_7_r9_5_the_beheerder_saves_ladder_terms_and_offsetting() throws Exception {
        mvc.perform(opslaan("75", "800,00", "21", "28", "42", true))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/beheer/handhaving"));
        mvc.perform(get("/beheer/handhaving").with(beheerderDalfsen()))
                .andExpect(content().string(containsString("value=\"75\"")))
                .andExpect(content().string(containsString("value=\"28\"")))
                .andExpect(content().string(containsString("value=\"42\"")))
                .andExpect(content().string(containsString("checked")));
    }

    @Test
    void r9_2_a_highest_step_above_800_euro_is_a_dutch_field_error_and_800_is_accepted() throws Exception {
        mvc.perform(opslaan("50", "800,01", "14", "14", "56", false))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"fout-hoogsteTrede\"")))
                .andExpect(content().string(containsString("R9.2: De hoogste trede ligt tussen")))
                .andExpect(content().string(containsString("value=\"800,01\"")));
        mvc.perform(opslaan("50", "800", "14", "14", "56", false)).andExpect(status().is3xxRedirection());
    }

    @Test
    void d1_an_unreadable_amount_and_a_term_of_0_or_366_days_are_field_errors_1_and_365_are_accepted()
            throws Exception {
        mvc.perform(opslaan("vijftig", "800", "0", "366", "56", false))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"fout-eersteBoete\"")));
        mvc.perform(opslaan("50", "800", "0", "366", "56", false))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"fout-waarschuwingstermijnDagen\"")))
                .andExpect(content().string(containsString("id=\"fout-zienswijzetermijnDagen\"")))
                .andExpect(content().string(containsString("D1: Een termijn ligt tussen 1 en 365 dagen.")));
        mvc.perform(opslaan("50", "800", "1", "365", "56", false)).andExpect(status().is3xxRedirection());
    }

    @Test
    void only_the_functioneel_beheerder_opens_the_page() throws Exception {
        mvc.perform(get("/beheer/handhaving").with(consulentDalfsen())).andExpect(status().isForbidden());
        mvc.perform(post("/beheer/handhaving")
                        .with(consulentDalfsen())
                        .with(csrf())
                        .param("eersteBoete", "10"))
                .andExpect(status().isForbidden());
    }

    private static MockHttpServletRequestBuilder opslaan(
            String eerste, String hoogste, String waarschuwing, String zienswijze, String besluit, boolean verrekenen) {
        MockHttpServletRequestBuilder verzoek = post("/beheer/handhaving")
                .with(beheerderDalfsen())
                .with(csrf())
                .param("eersteBoete", eerste)
                .param("hoogsteTrede", hoogste)
                .param("procentVerminderd", "25")
                .param("procentNormaal", "50")
                .param("procentGroveSchuld", "75")
                .param("procentOpzet", "100")
                .param("waarschuwingstermijnDagen", waarschuwing)
                .param("zienswijzetermijnDagen", zienswijze)
                .param("beslistermijnDagen", besluit);
        return verrekenen ? verzoek.param("verrekenen", "true") : verzoek;
    }
}
