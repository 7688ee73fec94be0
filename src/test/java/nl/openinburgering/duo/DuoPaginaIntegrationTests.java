package nl.openinburgering.duo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The pages of the exchange: who may open them, the OIN setting with its Dutch validation (R10.1, R10.5). */
@SpringBootTest
@AutoConfigureMockMvc
class DuoPaginaIntegrationTests {

    @Autowired
    MockMvc mvc;

    private static org.springframework.test.web.servlet.request.RequestPostProcessor beheerder() {
        return user("beheer.dalfsen")
                .authorities(
                        new org.springframework.security.core.authority.SimpleGrantedAuthority(
                                "ROLE_FUNCTIONEEL_BEHEERDER"),
                        new org.springframework.security.core.authority.SimpleGrantedAuthority("GEMEENTE_0148"));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor consulent() {
        return user("consulent.dalfsen")
                .authorities(
                        new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_CONSULENT"),
                        new org.springframework.security.core.authority.SimpleGrantedAuthority("GEMEENTE_0148"));
    }

    @Test
    void r10_1_theFunctioneelBeheerderSeesTheExchangeWithTheGemeentesOin() throws Exception {
        mvc.perform(get("/beheer/duo").with(beheerder()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("00000001001234560148")))
                .andExpect(content().string(containsString("Binnengekomen van DUO")));
    }

    @Test
    void r10_1_anOinThatIsNotTwentyDigitsIsRefusedInDutch() throws Exception {
        mvc.perform(post("/beheer/duo")
                        .with(beheerder())
                        .with(csrf())
                        .param("oin", "1234")
                        .param("m2m", "true"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Een OIN bestaat uit precies 20 cijfers")));
    }

    @Test
    void r10_1_anOinOfAnotherGemeenteIsAConflict() throws Exception {
        mvc.perform(post("/beheer/duo")
                        .with(beheerder())
                        .with(csrf())
                        .param("oin", "00000001001234560180")
                        .param("m2m", "true"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Dit OIN is al van een andere gemeente.")));
    }

    @Test
    void r10_1_theFunctioneelBeheerderSavesTheOinAndM2m() throws Exception {
        mvc.perform(post("/beheer/duo")
                        .with(beheerder())
                        .with(csrf())
                        .param("oin", "00000001001234560148")
                        .param("m2m", "true"))
                .andExpect(redirectedUrl("/beheer/duo"));
    }

    @Test
    void r10_5_theConsulentSeesTheDuoWorklistButNotTheBeheerPage() throws Exception {
        mvc.perform(get("/duo").with(consulent()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Registreren in het DUO-portaal")));
        mvc.perform(get("/beheer/duo").with(consulent())).andExpect(status().isForbidden());
    }
}
