package nl.openinburgering.inburgeraar.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import nl.openinburgering.Testdossier;

import static nl.openinburgering.UiTestGebruikers.consulentDalfsen;
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

/** R1.11: the pages to close and reopen a file. */
@SpringBootTest
@AutoConfigureMockMvc
class DossierAfsluitingControllerTests {

    @Autowired
    MockMvc mvc;

    /**
     * R1.11: the form says what closing does before anything happens; without reason, date and explanation it
     * comes back with a Dutch message per field and the file stays open; filled in, the file shows that it is
     * closed, with its reason, and offers reopening instead of closing.
     */
    @Test
    void r1_11_theConsulentClosesAFileOnlyWithAReasonAndSeesItClosed() throws Exception {
        String id = Testdossier.in(mvc).persoon().id();

        mvc.perform(get("/inburgeraars/" + id).with(consulentDalfsen()))
                .andExpect(content().string(containsString("id=\"afsluiten\"")))
                .andExpect(content().string(not(containsString("id=\"dossier-afgesloten\""))));
        mvc.perform(get("/inburgeraars/" + id + "/afsluiten").with(consulentDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("geen signalen meer")));

        mvc.perform(post("/inburgeraars/" + id + "/afsluiten")
                        .with(consulentDalfsen())
                        .with(csrf())
                        .param("versie", "0")
                        .param("toelichting", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Kies de reden van afsluiten.")))
                .andExpect(
                        content().string(containsString("Vul de datum in waarop de plicht of het dossier eindigde.")));
        mvc.perform(post("/inburgeraars/" + id + "/afsluiten")
                        .with(consulentDalfsen())
                        .with(csrf())
                        .param("versie", "0")
                        .param("reden", "PLICHT_VOLDAAN")
                        .param("datum", "2026-02-01")
                        .param("toelichting", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("R1.11: Leg vast waarom het dossier wordt afgesloten.")));
        mvc.perform(get("/inburgeraars/" + id).with(consulentDalfsen()))
                .andExpect(content().string(not(containsString("id=\"dossier-afgesloten\""))));

        mvc.perform(post("/inburgeraars/" + id + "/afsluiten")
                        .with(consulentDalfsen())
                        .with(csrf())
                        .param("versie", "0")
                        .param("reden", "PLICHT_VOLDAAN")
                        .param("datum", "2026-02-01")
                        .param("toelichting", "Alle examens op B1 behaald"))
                .andExpect(redirectedUrl("/inburgeraars/" + id))
                .andExpect(flash().attribute("melding", "afsluiting.melding.afgesloten"));
        mvc.perform(get("/inburgeraars/" + id).with(consulentDalfsen()))
                .andExpect(content().string(containsString("id=\"dossier-afgesloten\"")))
                .andExpect(content().string(containsString("Afgesloten per 1 februari 2026: Plicht voldaan.")))
                .andExpect(content().string(containsString("Alle examens op B1 behaald")))
                .andExpect(content().string(containsString("id=\"heropenen\"")))
                .andExpect(content().string(not(containsString("id=\"afsluiten\""))));
    }

    /** R1.11: the teamleider reopens a closed file only with a reason. */
    @Test
    void r1_11_theTeamleiderReopensAClosedFileOnlyWithAReason() throws Exception {
        String id = Testdossier.in(mvc).persoon().id();
        mvc.perform(post("/inburgeraars/" + id + "/afsluiten")
                        .with(consulentDalfsen())
                        .with(csrf())
                        .param("versie", "0")
                        .param("reden", "OVERLEDEN")
                        .param("datum", "2026-02-01")
                        .param("toelichting", "Bericht uit de BRP"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(post("/inburgeraars/" + id + "/heropenen")
                        .with(teamleiderDalfsen())
                        .with(csrf())
                        .param("versie", "1")
                        .param("toelichting", " "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Leg vast waarom het dossier wordt heropend.")));
        mvc.perform(post("/inburgeraars/" + id + "/heropenen")
                        .with(teamleiderDalfsen())
                        .with(csrf())
                        .param("versie", "1")
                        .param("toelichting", "Verkeerde persoon afgesloten"))
                .andExpect(redirectedUrl("/inburgeraars/" + id))
                .andExpect(flash().attribute("melding", "afsluiting.melding.heropend"));
        mvc.perform(get("/inburgeraars/" + id).with(teamleiderDalfsen()))
                .andExpect(content().string(not(containsString("id=\"dossier-afgesloten\""))))
                .andExpect(content().string(containsString("id=\"afsluiten\"")));
    }
}
