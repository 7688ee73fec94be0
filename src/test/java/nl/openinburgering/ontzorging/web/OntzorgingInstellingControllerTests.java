package nl.openinburgering.ontzorging.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static nl.openinburgering.UiTestGebruikers.consulentDalfsen;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The functioneel beheerder sets the gemeente's own account, the debtor of the SEPA files (R7.2). Works in
 * Zwartewaterland and ends with its demo account again, so the payment runs of the other test classes (Dalfsen) keep
 * theirs.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OntzorgingInstellingControllerTests {

    static final RequestPostProcessor BEHEERDER = user("beheer.zwartewaterland")
            .authorities(
                    new SimpleGrantedAuthority("ROLE_FUNCTIONEEL_BEHEERDER"),
                    new SimpleGrantedAuthority("GEMEENTE_1896"));
    static final RequestPostProcessor FINANCIEEL = user("financieel.zwartewaterland")
            .authorities(
                    new SimpleGrantedAuthority("ROLE_FINANCIELE_ADMINISTRATIE"),
                    new SimpleGrantedAuthority("GEMEENTE_1896"));

    @Autowired
    MockMvc mvc;

    static MockHttpServletRequestBuilder rekening(String naam, String iban, String bic) {
        return post("/beheer/ontzorging")
                .param("debiteurNaam", naam)
                .param("debiteurIban", iban)
                .param("debiteurBic", bic)
                .with(BEHEERDER)
                .with(csrf());
    }

    @Test
    void r7_2_the_functioneel_beheerder_sets_the_gemeentes_account_as_typed_and_the_payment_run_uses_it()
            throws Exception {
        mvc.perform(get("/beheer/ontzorging").with(BEHEERDER))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Financieel ontzorgen: rekening van de gemeente"),
                                containsString("href=\"/beheer/ontzorging\""),
                                containsString("value=\"Gemeente Zwartewaterland\""),
                                not(containsString("??")))));

        mvc.perform(rekening("Gemeente Zwartewaterland (ontzorgen)", "nl20 ingb 0001 2345 67", "ingb nl 2a"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/beheer/ontzorging"))
                .andExpect(flash().attribute("melding", "ontzorging.instelling.opgeslagen"));
        mvc.perform(get("/beheer/ontzorging").with(BEHEERDER))
                .andExpect(content()
                        .string(allOf(
                                containsString("value=\"Gemeente Zwartewaterland (ontzorgen)\""),
                                containsString("value=\"NL20 INGB 0001 2345 67\""),
                                containsString("value=\"INGBNL2A\""))));
        mvc.perform(get("/ontzorging/betaalrondes").with(FINANCIEEL))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("NL20 INGB 0001 2345 67")));

        mvc.perform(rekening("Gemeente Zwartewaterland", "NL85BNGH0285001896", "BNGHNL2G"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void r7_2_an_iban_failing_mod_97_and_a_malformed_bic_are_refused_beside_their_fields_and_nothing_is_saved()
            throws Exception {
        mvc.perform(rekening("Gemeente Zwartewaterland", "NL85 BNGH 0285 0018 97", "BNGH NL"))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"fout-debiteurIban\""),
                                containsString("Dit IBAN klopt niet (de controle met 97 faalt)"),
                                containsString("id=\"fout-debiteurBic\""),
                                containsString("Een BIC heeft 8 of 11 tekens"),
                                containsString("href=\"#veld-debiteurIban\""),
                                containsString("value=\"NL85 BNGH 0285 0018 97\""),
                                containsString("value=\"BNGH NL\""))));
        mvc.perform(rekening("", "", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"fout-debiteurNaam\""),
                                containsString("Vul het IBAN van de rekening van de gemeente in."),
                                containsString("Vul de BIC van de bank in"))));
        mvc.perform(get("/beheer/ontzorging").with(BEHEERDER))
                .andExpect(content().string(containsString("value=\"NL85 BNGH 0285 0018 96\"")));
    }

    @Test
    void only_the_functioneel_beheerder_opens_and_changes_the_account() throws Exception {
        mvc.perform(get("/beheer/ontzorging").with(consulentDalfsen())).andExpect(status().isForbidden());
        mvc.perform(get("/beheer/ontzorging").with(FINANCIEEL)).andExpect(status().isForbidden());
        mvc.perform(post("/beheer/ontzorging")
                        .param("debiteurNaam", "Fraude BV")
                        .param("debiteurIban", "NL20INGB0001234567")
                        .param("debiteurBic", "INGBNL2A")
                        .with(FINANCIEEL)
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }
}
