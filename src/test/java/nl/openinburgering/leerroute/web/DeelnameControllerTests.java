package nl.openinburgering.leerroute.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import nl.openinburgering.Testdossier;
import nl.openinburgering.shared.Leerroute;

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

/** The enrolment screen of a person's file: the contracted providers for the route, errors, confirmation. */
@SpringBootTest
@AutoConfigureMockMvc
class DeelnameControllerTests {

    static final String TAALSCHOOL = Testdossier.Aanbieder.TAALSCHOOL.id();

    @Autowired
    MockMvc mvc;

    @Test
    void offersTheContractedProvidersForTheRouteAndConfirmsTheEnrolment() throws Exception {
        String id = Testdossier.in(mvc)
                .persoon()
                .metPip(Leerroute.B1_ROUTE)
                .vastgesteld()
                .id();
        mvc.perform(get("/inburgeraars/" + id + "/deelnames").with(consulentDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Leerroute volgens het huidige PIP: B1-route.")))
                .andExpect(content().string(containsString("Taalschool Regio Zwolle")))
                .andExpect(content().string(containsString("Participatiewerk Dalfsen")))
                .andExpect(content().string(containsString("value=\"MAP\"")))
                .andExpect(content().string(containsString("Deze persoon is nog niet ingeschreven")));
        mvc.perform(post("/inburgeraars/" + id + "/deelnames")
                        .param("aanbiederId", TAALSCHOOL)
                        .param("soort", "LEERROUTE")
                        .param("startdatum", "2025-03-01")
                        .with(consulentDalfsen())
                        .with(csrf()))
                .andExpect(redirectedUrl("/inburgeraars/" + id + "/deelnames"))
                .andExpect(flash().attribute("melding", "deelname.melding.ingeschreven"))
                .andExpect(flash().attribute("meldingArgumenten", new Object[] {"Taalschool Regio Zwolle"}));
        mvc.perform(get("/inburgeraars/" + id + "/deelnames").with(consulentDalfsen()))
                .andExpect(content().string(containsString("id=\"deelnamelijst\"")))
                .andExpect(content().string(containsString("vanaf 1 maart 2025")));
    }

    @Test
    void r6_1_theOnderwijsrouteOffersNoMap() throws Exception {
        String id = Testdossier.in(mvc)
                .persoon()
                .metPip(Leerroute.ONDERWIJSROUTE)
                .vastgesteld()
                .id();
        mvc.perform(get("/inburgeraars/" + id + "/deelnames").with(consulentDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Taalschool Regio Zwolle")))
                .andExpect(content().string(not(containsString("value=\"MAP\""))));
    }

    @Test
    void showsTheDomainsFindingsNextToTheFieldsAndKeepsTheInput() throws Exception {
        String id = Testdossier.in(mvc).persoon().id();
        mvc.perform(post("/inburgeraars/" + id + "/deelnames")
                        .param("aanbiederId", "")
                        .param("soort", "PVT")
                        .param("startdatum", "2020-01-01")
                        .with(consulentDalfsen())
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"foutsamenvatting\"")))
                .andExpect(content().string(containsString("Kies de aanbieder.")))
                .andExpect(content().string(containsString("vóór de start van de inburgeringsplicht")))
                .andExpect(content().string(containsString("id=\"fout-startdatum\"")))
                .andExpect(content().string(containsString("value=\"2020-01-01\"")))
                .andExpect(content().string(containsString("value=\"PVT\" selected")));
        mvc.perform(post("/inburgeraars/" + id + "/deelnames")
                        .param("aanbiederId", TAALSCHOOL)
                        .param("soort", "MAP")
                        .param("startdatum", "2025-03-01")
                        .with(consulentDalfsen())
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Deze aanbieder biedt deze soort deelname niet aan.")));
    }

    @Test
    void theTeamleiderReadsButCannotEnrolAndAnotherGemeentesFileIsNotFound() throws Exception {
        String id = Testdossier.in(mvc).persoon().id();
        mvc.perform(get("/inburgeraars/" + id + "/deelnames").with(teamleiderDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"inschrijven\""))));
        mvc.perform(post("/inburgeraars/" + id + "/deelnames")
                        .param("aanbiederId", TAALSCHOOL)
                        .with(teamleiderDalfsen())
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/inburgeraars/" + id + "/deelnames").with(consulentStaphorst()))
                .andExpect(status().isNotFound());
    }
}
