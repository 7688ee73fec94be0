package nl.openinburgering.inburgeraar.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.openinburgering.TestBsn;

import static nl.openinburgering.UiTestGebruikers.consulentDalfsen;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class InburgeraarAdresControllerTests {

    @Autowired
    MockMvc mvc;

    static MockHttpServletRequestBuilder registratie(String postcode, String huisnummer) {
        return post("/inburgeraars/nieuw")
                .with(consulentDalfsen())
                .with(csrf())
                .param("bsn", TestBsn.nieuw())
                .param("voornamen", "Amina")
                .param("geslachtsnaam", "Haddad")
                .param("geboortedatum", "1994-05-17")
                .param("doelgroep", "ASIELSTATUSHOUDER")
                .param("datumStartInburgeringsplicht", "2026-01-12")
                .param("straat", "Dorpsstraat")
                .param("huisnummer", huisnummer)
                .param("huisnummertoevoeging", "")
                .param("postcode", postcode)
                .param("woonplaats", "Dalfsen");
    }

    @Test
    void theConsulentRegistersAnAddressAndSeesItOnTheDetailPage() throws Exception {
        String locatie = mvc.perform(registratie("7721ab", "12"))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        mvc.perform(get(locatie).with(consulentDalfsen()))
                .andExpect(content().string(containsString("Dorpsstraat 12")))
                .andExpect(content().string(containsString("7721 AB Dalfsen")));
        mvc.perform(get(locatie + "/bewerken").with(consulentDalfsen()))
                .andExpect(content().string(containsString("value=\"7721 AB\"")));
    }

    @Test
    void aWrongPostcodeAndAHouseNumberThatIsNoNumberAreShownNextToTheirFields() throws Exception {
        mvc.perform(registratie("12345", "twaalf"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Vul een Nederlandse postcode in")))
                .andExpect(content().string(containsString("Vul het huisnummer in als getal")))
                .andExpect(content().string(containsString("href=\"#veld-postcode\"")));
    }
}
