package nl.openinburgering.handhaving.web;

import java.math.BigDecimal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.openinburgering.handhaving.Boetebeleid;
import nl.openinburgering.handhaving.HandhavingBeheer;
import nl.openinburgering.platform.internal.WebSlice;

import static nl.openinburgering.UiTestGebruikers.beheerderDalfsen;
import static nl.openinburgering.UiTestGebruikers.consulentDalfsen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * D1, R9.2, R9.6, R9.7: the functioneel beheerder's page for the fine policy; the statutory maxima are shown and not
 * editable, a value beyond them is a Dutch field error, and other roles may not open it. A web slice: the facade is a
 * mock, the policy's own checks ({@link Boetebeleid}) and the URL rules are the real ones; storing the policy is
 * {@code HandhavingModuleTests}' business.
 */
@WebMvcTest(BoetebeleidController.class)
@WebSlice
class BoetebeleidControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    HandhavingBeheer handhaving;

    @BeforeEach
    void standaardbeleid() {
        when(handhaving.beleid()).thenReturn(Boetebeleid.STANDAARD);
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
        ArgumentCaptor<Boetebeleid> opgeslagen = ArgumentCaptor.forClass(Boetebeleid.class);
        verify(handhaving).stelBeleidIn(opgeslagen.capture());
        Boetebeleid beleid = opgeslagen.getValue();
        assertThat(beleid.eersteBoete()).isEqualByComparingTo(new BigDecimal("75"));
        assertThat(beleid.hoogsteTrede()).isEqualByComparingTo(new BigDecimal("800"));
        assertThat(beleid.waarschuwingstermijnDagen()).isEqualTo(21);
        assertThat(beleid.zienswijzetermijnDagen()).isEqualTo(28);
        assertThat(beleid.beslistermijnDagen()).isEqualTo(42);
        assertThat(beleid.verrekenenToegestaan()).isTrue();

        when(handhaving.beleid()).thenReturn(beleid);
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
        verify(handhaving, never()).stelBeleidIn(any());
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
        verify(handhaving, never()).stelBeleidIn(any());
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
