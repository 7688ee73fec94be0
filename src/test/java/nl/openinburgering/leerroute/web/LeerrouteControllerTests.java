package nl.openinburgering.leerroute.web;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import nl.openinburgering.Testdossier;
import nl.openinburgering.Testdossier.Aanbieder;
import nl.openinburgering.inburgeraar.Doelgroep;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The consulent's leerroute page: hours against the route's target, and the eindgesprek form's refusals. */
@SpringBootTest
@AutoConfigureMockMvc
class LeerrouteControllerTests {

    @Autowired
    MockMvc mvc;

    /** R3.11: in the B1-route the page shows the hours toward the 600 for afschalen, in text as well. */
    @Test
    void r3_11_showsTheLessonHoursTowardThe600OfTheB1Route() throws Exception {
        Testdossier.Persoon persoon = Testdossier.in(mvc)
                .doelgroep(Doelgroep.ASIELSTATUSHOUDER)
                .persoon()
                .metPip(Leerroute.B1_ROUTE)
                .vastgesteld();
        String id = persoon.id();
        persoon.deelname(Aanbieder.TAALSCHOOL, "LEERROUTE").uren("TAALLES_KNM", "312.5", LocalDate.of(2025, 3, 1));

        mvc.perform(get("/inburgeraars/" + id + "/leerroute").with(consulentDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("312.5 van 600 uur (52%): nog niet gehaald.")))
                .andExpect(content().string(containsString("<progress")))
                .andExpect(content().string(not(containsString("zroute-formulier"))));
    }

    /** R4.4: the eindgesprek needs a confirmation, a Z-route PIP, and leaves nothing behind when refused. */
    @Test
    void r4_4_theEindgesprekIsRefusedWithoutConfirmationOrWithoutAZroute() throws Exception {
        String z = Testdossier.in(mvc)
                .doelgroep(Doelgroep.GEZINSMIGRANT_OF_OVERIGE_MIGRANT)
                .persoon()
                .metPip(Leerroute.Z_ROUTE)
                .vastgesteld()
                .id();
        mvc.perform(post("/inburgeraars/" + z + "/leerroute/z-route-afronding")
                        .with(consulentDalfsen())
                        .with(csrf())
                        .param("datumEindgesprek", "2026-06-01"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Bevestig dat het eindgesprek heeft plaatsgevonden.")));
        mvc.perform(post("/inburgeraars/" + z + "/leerroute/z-route-afronding")
                        .with(consulentDalfsen())
                        .with(csrf())
                        .param("datumEindgesprek", "2026-06-01")
                        .param("bevestigd", "ja"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("R4.5: De Z-route vraagt 800 uur taalles en KNM")));
        mvc.perform(get("/inburgeraars/" + z + "/leerroute/certificaat.pdf").with(consulentDalfsen()))
                .andExpect(status().isConflict());

        String b1 = Testdossier.in(mvc)
                .doelgroep(Doelgroep.GEZINSMIGRANT_OF_OVERIGE_MIGRANT)
                .persoon()
                .metPip(Leerroute.B1_ROUTE)
                .vastgesteld()
                .id();
        mvc.perform(post("/inburgeraars/" + b1 + "/leerroute/z-route-afronding")
                        .with(consulentDalfsen())
                        .with(csrf())
                        .param("datumEindgesprek", "2026-06-01")
                        .param("bevestigd", "ja"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Het huidige PIP van deze persoon is geen Z-route.")));
    }

    @Test
    void onlyTheConsulentRecordsTheEindgesprekAndAnotherGemeenteSeesNothing() throws Exception {
        String id = Testdossier.in(mvc)
                .doelgroep(Doelgroep.ASIELSTATUSHOUDER)
                .persoon()
                .metPip(Leerroute.Z_ROUTE)
                .vastgesteld()
                .id();
        mvc.perform(get("/inburgeraars/" + id + "/leerroute").with(teamleiderDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("0 van 800 uur (0%)")))
                .andExpect(content().string(not(containsString("zroute-formulier"))));
        mvc.perform(post("/inburgeraars/" + id + "/leerroute/z-route-afronding")
                        .with(teamleiderDalfsen())
                        .with(csrf())
                        .param("datumEindgesprek", "2026-06-01")
                        .param("bevestigd", "ja"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/inburgeraars/" + id + "/leerroute").with(consulentStaphorst()))
                .andExpect(status().isNotFound());
    }
}
