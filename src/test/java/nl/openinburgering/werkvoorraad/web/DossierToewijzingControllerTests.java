package nl.openinburgering.werkvoorraad.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import nl.openinburgering.Gebeurtenissen;
import nl.openinburgering.Testdossier;

import static nl.openinburgering.UiTestGebruikers.consulentDalfsen;
import static nl.openinburgering.UiTestGebruikers.teamleiderDalfsen;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The teamleider reassigns a person from the file with the worklist's action, its checks and its confirmation. */
@SpringBootTest
@AutoConfigureMockMvc
class DossierToewijzingControllerTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theTeamleiderReassignsFromTheFileAfterTheConfirmationAndReturnsToTheFile() throws Exception {
        String id = Testdossier.in(mvc).naam("Dossier", "Toewijzing").persoon().id();
        Gebeurtenissen.afgehandeld(mvc);
        String sectie = "/werkvoorraad/inburgeraars/" + id + "/toewijzing";
        mvc.perform(get(sectie).with(teamleiderDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"dossier-toewijzen\"")))
                .andExpect(content().string(containsString("consulent2.dalfsen")));
        mvc.perform(get(sectie).with(consulentDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"dossier-toewijzen\""))));

        mvc.perform(post("/werkvoorraad/toewijzen")
                        .param("inburgeraarIds", id)
                        .param("naarConsulent", "consulent2.dalfsen")
                        .param("reden", "Verlof")
                        .param("terug", "dossier")
                        .with(teamleiderDalfsen())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"bevestig-toewijzen\"")))
                .andExpect(content().string(containsString("name=\"terug\" value=\"dossier\"")))
                .andExpect(content().string(containsString("href=\"/inburgeraars/" + id + "\"")))
                .andExpect(content().string(containsString("Dossier Toewijzing")));
        mvc.perform(get(sectie).with(teamleiderDalfsen()))
                .andExpect(content().string(containsString("consulent.dalfsen")))
                .andExpect(content().string(not(containsString("Verlof"))));

        mvc.perform(post("/werkvoorraad/toewijzen")
                        .param("inburgeraarIds", id)
                        .param("naarConsulent", "consulent2.dalfsen")
                        .param("reden", "Verlof")
                        .param("terug", "dossier")
                        .param("bevestigd", "true")
                        .with(teamleiderDalfsen())
                        .with(csrf()))
                .andExpect(redirectedUrl("/inburgeraars/" + id));
        mvc.perform(get(sectie).with(teamleiderDalfsen()))
                .andExpect(content().string(containsString("id=\"verantwoordelijke\"")))
                .andExpect(content().string(containsString("Verlof")));
    }

    @Test
    void aReassignmentFromTheFileWithoutAReasonComesBackOnTheFilesSectionWithTheError() throws Exception {
        String id = Testdossier.in(mvc).persoon().id();
        mvc.perform(post("/werkvoorraad/toewijzen")
                        .param("inburgeraarIds", id)
                        .param("naarConsulent", "consulent2.dalfsen")
                        .param("reden", " ")
                        .param("terug", "dossier")
                        .with(teamleiderDalfsen())
                        .with(csrf()))
                .andExpect(status().is4xxClientError())
                .andExpect(content().string(containsString("id=\"dossier-toewijzen\"")))
                .andExpect(content().string(containsString("id=\"fout-reden\"")))
                .andExpect(content().string(not(containsString("id=\"werkvoorraad\""))));
    }
}
