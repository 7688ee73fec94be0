package nl.openinburgering.inburgeraar.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import nl.openinburgering.Testdossier;

import static nl.openinburgering.UiTestGebruikers.consulentDalfsen;
import static nl.openinburgering.UiTestGebruikers.consulentStaphorst;
import static nl.openinburgering.UiTestGebruikers.teamleiderDalfsen;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** R1.7 and R1.9: the screen of DUO's vrijstellingen and ontheffingen in the person's file. */
@SpringBootTest
@AutoConfigureMockMvc
class VrijstellingControllerTests {

    @Autowired
    MockMvc mvc;

    /** The plicht started on 10 January 2025 ({@link Testdossier#START_PLICHT}). */
    String pagina() throws Exception {
        return "/inburgeraars/" + Testdossier.in(mvc).persoon().id() + "/vrijstellingen";
    }

    /**
     * R1.7: a ground of an ontheffing for a vrijstelling is refused beside the ground with the rule ID and nothing
     * is recorded; a partial vrijstelling on ground GED for Spreken is recorded and the page says the PIP no longer
     * needs that part.
     */
    @Test
    void r1_7_aPartialVrijstellingIsRecordedWithItsGroundAndTakesItsPartOut() throws Exception {
        String pagina = pagina();
        mvc.perform(get(pagina).with(consulentDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"persoonskop\"")))
                .andExpect(content().string(containsString("id=\"geen-vrijstellingen\"")))
                .andExpect(content().string(containsString("id=\"vrijstelling-formulier\"")));

        mvc.perform(post(pagina)
                        .with(consulentDalfsen())
                        .with(csrf())
                        .param("vrijstellingSoort", "VRIJSTELLING")
                        .param("vrijstellingOmvang", "GEDEELTELIJK")
                        .param("vrijstellingGrond", "MED")
                        .param("vrijstellingOnderdelen", "SP")
                        .param("vrijstellingDatumBesluit", "2025-04-01"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"fout-vrijstellingGrond\"")))
                .andExpect(content().string(containsString("R1.7: Kies een grond van DUO voor de vrijstelling")));
        mvc.perform(get(pagina).with(consulentDalfsen()))
                .andExpect(content().string(containsString("id=\"geen-vrijstellingen\"")));

        mvc.perform(post(pagina)
                        .with(consulentDalfsen())
                        .with(csrf())
                        .param("vrijstellingSoort", "VRIJSTELLING")
                        .param("vrijstellingOmvang", "GEDEELTELIJK")
                        .param("vrijstellingGrond", "GED")
                        .param("vrijstellingOnderdelen", "SP")
                        .param("vrijstellingDatumBesluit", "2025-04-01"))
                .andExpect(redirectedUrl(pagina))
                .andExpect(flash().attribute("melding", "vrijstelling.melding.gedeeltelijk"));
        mvc.perform(get(pagina).with(consulentDalfsen()))
                .andExpect(content().string(containsString("id=\"vrijstelling-0\"")))
                .andExpect(content().string(containsString("GED – gedeeltelijke vrijstelling per onderdeel")))
                .andExpect(content().string(containsString("1-4-2025")))
                .andExpect(content().string(containsString("id=\"vrijgestelde-onderdelen\"")))
                .andExpect(content().string(containsString("id=\"vrijstelling-formulier\"")));
    }

    /**
     * R1.9: a temporary ontheffing does not exist and is refused beside the extent with the rule ID; a whole
     * ontheffing on medical grounds is recorded and closes the file (R1.11), after which the page offers no form.
     */
    @Test
    void r1_9_aWholeOntheffingIsRecordedAndClosesTheFile() throws Exception {
        String pagina = pagina();
        mvc.perform(post(pagina)
                        .with(consulentDalfsen())
                        .with(csrf())
                        .param("vrijstellingSoort", "ONTHEFFING")
                        .param("vrijstellingOmvang", "TIJDELIJK")
                        .param("vrijstellingGrond", "MED")
                        .param("vrijstellingDatumBesluit", "2025-06-02"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"fout-vrijstellingOmvang\"")))
                .andExpect(content()
                        .string(containsString("R1.9: Alleen een vrijstelling op grond INS of OPL is tijdelijk")));
        mvc.perform(get(pagina).with(consulentDalfsen()))
                .andExpect(content().string(containsString("id=\"geen-vrijstellingen\"")));

        mvc.perform(post(pagina)
                        .with(consulentDalfsen())
                        .with(csrf())
                        .param("vrijstellingSoort", "ONTHEFFING")
                        .param("vrijstellingOmvang", "GEHEEL")
                        .param("vrijstellingGrond", "MED")
                        .param("vrijstellingDatumBesluit", "2025-06-02"))
                .andExpect(redirectedUrl(pagina))
                .andExpect(flash().attribute("melding", "vrijstelling.melding.geheel"));
        mvc.perform(get(pagina).with(consulentDalfsen()))
                .andExpect(content().string(containsString("MED – medisch")))
                .andExpect(content().string(containsString("id=\"dossier-gesloten\"")))
                .andExpect(content().string(not(containsString("id=\"vrijstelling-formulier\""))));
    }

    /** The teamleider reads the decisions but records none (as on the API); another gemeente finds no file. */
    @Test
    void theTeamleiderReadsWithoutAFormAndAnotherGemeenteFindsNothing() throws Exception {
        String pagina = pagina();
        mvc.perform(get(pagina).with(teamleiderDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("vrijstelling-formulier"))));
        mvc.perform(post(pagina)
                        .with(teamleiderDalfsen())
                        .with(csrf())
                        .param("vrijstellingSoort", "ONTHEFFING")
                        .param("vrijstellingOmvang", "GEHEEL")
                        .param("vrijstellingGrond", "MED")
                        .param("vrijstellingDatumBesluit", "2025-06-02"))
                .andExpect(status().isForbidden());
        mvc.perform(get(pagina).with(consulentStaphorst())).andExpect(status().isNotFound());
    }
}
