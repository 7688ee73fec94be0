package nl.openinburgering.pvt.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import nl.openinburgering.Testdossier;
import nl.openinburgering.UiTestGebruikers;
import nl.openinburgering.pvt.Groepen;
import nl.openinburgering.shared.Leerroute;
import nl.openinburgering.shared.Vandaag;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who may see and do what on the PVT and MAP pages, and another gemeente's person or group: 404. */
@SpringBootTest
@AutoConfigureMockMvc
class PvtMapPaginasControllerTests {

    @Autowired
    MockMvc mvc;

    @Test
    void aTeamleiderSeesThePlanningButOnlyAConsulentChangesIt() throws Exception {
        String id = Testdossier.in(mvc)
                .persoonMetPip(Leerroute.B1_ROUTE, Vandaag.datum().minusDays(100))
                .id();
        String groep = Groepen.groep(mvc, "PVT", List.of(id));
        mvc.perform(get("/planning/groepen/" + groep).with(UiTestGebruikers.teamleiderDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Groep PVT")));
        mvc.perform(post("/planning/groepen")
                        .with(UiTestGebruikers.teamleiderDalfsen())
                        .with(csrf())
                        .param("pvtGroepNaam", "Teamleidersgroep")
                        .param("pvtProgramma", "PVT"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/inburgeraars/" + id + "/map").with(UiTestGebruikers.teamleiderDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("B1-route")));
        mvc.perform(get("/beheer/map-budget").with(UiTestGebruikers.consulentDalfsen()))
                .andExpect(status().isForbidden());
    }

    @Test
    void anotherGemeentesPersonOrGroupIsNotFoundOnThePages() throws Exception {
        String id = Testdossier.in(mvc)
                .persoonMetPip(Leerroute.Z_ROUTE, Vandaag.datum().minusDays(100))
                .id();
        String groep = Groepen.groep(mvc, "MAP", List.of(id));
        mvc.perform(get("/inburgeraars/" + id + "/pvt").with(UiTestGebruikers.consulentStaphorst()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/inburgeraars/" + id + "/map").with(UiTestGebruikers.consulentStaphorst()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/planning/groepen/" + groep).with(UiTestGebruikers.consulentStaphorst()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/planning/groepen/" + groep + "/uitnodigingen/" + id + ".pdf")
                        .with(UiTestGebruikers.consulentStaphorst()))
                .andExpect(status().isNotFound());
    }

    @Test
    void r5_2_theSigningFormShowsTheRuleNextToTheFieldWhenHoursAreShort() throws Exception {
        String id = Testdossier.in(mvc)
                .persoonMetPip(Leerroute.B1_ROUTE, Vandaag.datum().minusDays(100))
                .id();
        mvc.perform(post("/inburgeraars/" + id + "/pvt/ondertekening")
                        .with(UiTestGebruikers.consulentDalfsen())
                        .with(csrf())
                        .param("pvtOndertekeningDatum", Vandaag.datum().toString()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("R5.2: De persoon heeft 0 uur PVT gevolgd")))
                .andExpect(content().string(containsString("R5.3:")));
    }

    /**
     * R6.2, R6.4: the MAP page pre-selected "Voldoende" for the eindgesprek and "Afgesproken"
     * for all eight themes, so one careless click recorded a decision nobody made. Nothing is pre-selected now,
     * and the server refuses a missing choice with a Dutch message beside the field. Failed before the fix: the
     * page had {@code checked} and eight selected "Afgesproken" options.
     */
    @Test
    void r6_2_r6_4_theMapPagePreSelectsNoDecisionAndTheServerRefusesAMissingChoice() throws Exception {
        String id = Testdossier.in(mvc)
                .persoonMetPip(Leerroute.B1_ROUTE, Vandaag.datum().minusDays(100))
                .id();
        String pagina = mvc.perform(get("/inburgeraars/" + id + "/map").with(UiTestGebruikers.consulentDalfsen()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        org.assertj.core.api.Assertions.assertThat(pagina)
                .doesNotContainPattern("name=\"mapVoldoende\"[^>]*checked")
                .doesNotContain("value=\"AFGESPROKEN\" selected")
                .doesNotContain("value=\"VRIJGESTELD\" selected");
        org.assertj.core.api.Assertions.assertThat(pagina.split("<option value=\"\" selected=\"selected\">Kies", -1))
                .as("each of the eight themes starts at an empty choice")
                .hasSize(9);
        mvc.perform(post("/inburgeraars/" + id + "/map/themas/WERKCULTUUR")
                        .with(UiTestGebruikers.consulentDalfsen())
                        .with(csrf())
                        .param("status", "")
                        .param("reden", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"fout-mapStatus-WERKCULTUUR\"")))
                .andExpect(content().string(containsString("Kies afgesproken of vrijgesteld.")));
        mvc.perform(post("/inburgeraars/" + id + "/map/eindgesprek")
                        .with(UiTestGebruikers.consulentDalfsen())
                        .with(csrf())
                        .param("mapEindgesprekDatum", Vandaag.datum().toString()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"fout-mapVoldoende\"")))
                .andExpect(content().string(containsString("Geef het oordeel van de gemeente")));
    }

    /**
     * R6.2: a waived MAP theme without a reason comes back beside that theme's reason field with the rule ID
     * in front, through the one form adapter; the text comes from the bundle in the user's language.
     */
    @Test
    void r6_2_aWaiverWithoutReasonShowsTheRuleBesideItsFieldInTheUsersLanguage() throws Exception {
        String id = Testdossier.in(mvc)
                .persoonMetPip(Leerroute.B1_ROUTE, Vandaag.datum().minusDays(100))
                .id();
        String veld = "id=\"fout-mapReden-WERKCULTUUR\">";
        mvc.perform(post("/inburgeraars/" + id + "/map/themas/WERKCULTUUR")
                        .with(UiTestGebruikers.consulentDalfsen())
                        .with(csrf())
                        .param("status", "VRIJGESTELD")
                        .param("reden", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("aria-describedby=\"fout-mapReden-WERKCULTUUR\"")))
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                veld
                                                        + "R6.2: Geef de reden van de vrijstelling: waarom heeft de persoon deze kennis al?</span>")));
        mvc.perform(post("/inburgeraars/" + id + "/map/themas/WERKCULTUUR")
                        .with(UiTestGebruikers.consulentDalfsen())
                        .with(csrf())
                        .cookie(new jakarta.servlet.http.Cookie("taal", "en"))
                        .param("status", "VRIJGESTELD")
                        .param("reden", ""))
                .andExpect(status().isBadRequest())
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                veld
                                                        + "R6.2: Give the reason for the waiver: why does the person already have this knowledge?</span>")));
    }
}
