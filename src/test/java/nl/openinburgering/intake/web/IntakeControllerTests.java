package nl.openinburgering.intake.web;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import nl.openinburgering.TestBsn;
import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.inburgeraar.Persoonsgegevens;

import static nl.openinburgering.UiTestGebruikers.consulentDalfsen;
import static nl.openinburgering.UiTestGebruikers.consulentStaphorst;
import static nl.openinburgering.UiTestGebruikers.teamleiderDalfsen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class IntakeControllerTests {

    @Autowired
    MockMvc mvc;

    /** Registered before housing: no settlement date (R12.4). */
    String inburgeraar() throws Exception {
        var gegevens = new Persoonsgegevens(
                TestBsn.nieuw(),
                "Yonas",
                "Tesfaye",
                LocalDate.of(2003, 4, 2),
                Doelgroep.ASIELSTATUSHOUDER,
                LocalDate.of(2026, 1, 12),
                null,
                null);
        String[] id = new String[1];
        mvc.perform(post("/inburgeraars/nieuw")
                        .with(consulentDalfsen())
                        .with(csrf())
                        .param("bsn", gegevens.bsn())
                        .param("voornamen", "Yonas")
                        .param("geslachtsnaam", "Tesfaye")
                        .param("geboortedatum", "2003-04-02")
                        .param("doelgroep", "ASIELSTATUSHOUDER")
                        .param("datumStartInburgeringsplicht", "2026-01-12"))
                .andExpect(status().is3xxRedirection())
                .andDo(resultaat ->
                        id[0] = resultaat.getResponse().getRedirectedUrl().substring("/inburgeraars/".length()));
        return id[0];
    }

    @Test
    void r12_4_theDetailPageLinksToTheWorkspaceWhichShowsThatTheSettlementDateIsMissing() throws Exception {
        String id = inburgeraar();
        mvc.perform(get("/inburgeraars/" + id).with(consulentDalfsen()))
                .andExpect(content().string(containsString("href=\"/inburgeraars/" + id + "/intake\"")));
        mvc.perform(get("/inburgeraars/" + id + "/intake").with(consulentDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Intake van Yonas Tesfaye")))
                .andExpect(content().string(containsString("id=\"vestiging-ontbreekt\"")))
                .andExpect(content().string(containsString("href=\"/inburgeraars/" + id + "/bewerken\"")))
                .andExpect(content().string(containsString("De uitslag van de leerbaarheidstoets ontbreekt nog.")))
                .andExpect(content()
                        .string(containsString("Nog niet alle wettelijke minimale onderwerpen zijn ingevuld.")))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void r2_4_savingTheLbtRedirectsWithAMessageAndTheAdviceFollowsIt() throws Exception {
        String id = inburgeraar();
        var antwoord = mvc.perform(post("/inburgeraars/" + id + "/intake/leerbaarheidstoets")
                        .with(consulentDalfsen())
                        .with(csrf())
                        .param("versie", "0")
                        .param("resultaat", "B1_ROUTE_NIET_HAALBAAR")
                        .param("behaaldeScore", "12,5")
                        .param("benodigdeScore", "999,99"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("melding", "melding.intake.leerbaarheidstoets"))
                .andReturn()
                .getResponse();
        assertThat(antwoord.getRedirectedUrl()).isEqualTo("/inburgeraars/" + id + "/intake#leerbaarheidstoets");
        mvc.perform(get("/inburgeraars/" + id + "/intake")
                        .with(consulentDalfsen())
                        .cookie(antwoord.getCookie("SESSION")))
                .andExpect(content().string(containsString("De leerbaarheidstoets is opgeslagen.")))
                .andExpect(content().string(containsString("999,99")));
        mvc.perform(get("/inburgeraars/" + id + "/intake/routeadvies")
                        .with(consulentDalfsen())
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Z-route")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void r2_4_showsAScoreOf1000AndAnUnreadableDateNextToTheirFieldsAndKeepsTheInput() throws Exception {
        String id = inburgeraar();
        mvc.perform(post("/inburgeraars/" + id + "/intake/leerbaarheidstoets")
                        .with(consulentDalfsen())
                        .with(csrf())
                        .param("versie", "0")
                        .param("aanmeldingsdatum", "morgen")
                        .param("behaaldeScore", "1000"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"foutsamenvatting\"")))
                .andExpect(content().string(containsString("href=\"#veld-aanmeldingsdatum\"")))
                .andExpect(
                        content().string(containsString("aria-describedby=\"hint-behaaldeScore fout-behaaldeScore\"")))
                .andExpect(content().string(containsString("value=\"morgen\"")))
                .andExpect(content().string(containsString("<title>Fout: Intake van Yonas Tesfaye")));
    }

    @Test
    void r2_4_aDeviatingChoiceWithoutReasonIsShownNextToTheReasonField() throws Exception {
        String id = inburgeraar();
        mvc.perform(post("/inburgeraars/" + id + "/intake/leerbaarheidstoets")
                        .with(consulentDalfsen())
                        .with(csrf())
                        .param("versie", "0")
                        .param("resultaat", "B1_ROUTE_NIET_HAALBAAR"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/inburgeraars/" + id + "/intake/routekeuze")
                        .with(consulentDalfsen())
                        .with(csrf())
                        .param("versie", "1")
                        .param("keuzeLeerroute", "B1_ROUTE"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("href=\"#veld-keuzeReden\"")))
                .andExpect(content().string(containsString("wijkt af van de uitslag")));
    }

    @Test
    void aStaleFormIsAConflictAndNothingIsOverwritten() throws Exception {
        String id = inburgeraar();
        mvc.perform(post("/inburgeraars/" + id + "/intake/bevindingen")
                        .with(consulentDalfsen())
                        .with(csrf())
                        .param("versie", "0")
                        .param("hoofddoel", "WERK"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/inburgeraars/" + id + "/intake/bevindingen")
                        .with(consulentDalfsen())
                        .with(csrf())
                        .param("versie", "0")
                        .param("hoofddoel", "ONDERWIJS"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("id=\"conflict\"")));
    }

    @Test
    void aConversationAndANonAppearanceAreRecorded() throws Exception {
        String id = inburgeraar();
        mvc.perform(post("/inburgeraars/" + id + "/intake/gesprekken")
                        .with(consulentDalfsen())
                        .with(csrf())
                        .param("gesprekSoort", "KENNISMAKINGSGESPREK")
                        .param("gesprekDatum", "2026-01-10")
                        .param("deelnemers", "statushouder, klantregisseur, casemanager COA"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/inburgeraars/" + id + "/intake/niet-verschenen")
                        .with(consulentDalfsen())
                        .with(csrf())
                        .param("afspraak", "INTAKEGESPREK"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("href=\"#veld-nietVerschenenDatum\"")));
        mvc.perform(get("/inburgeraars/" + id + "/intake").with(consulentDalfsen()))
                .andExpect(content().string(containsString("statushouder, klantregisseur, casemanager COA")));
    }

    @Test
    void aTeamleiderSeesTheWorkspaceWithoutFormsToSaveAndCannotPost() throws Exception {
        String id = inburgeraar();
        mvc.perform(get("/inburgeraars/" + id + "/intake").with(teamleiderDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"routekeuze-opslaan\""))));
        mvc.perform(post("/inburgeraars/" + id + "/intake/routekeuze")
                        .with(teamleiderDalfsen())
                        .with(csrf())
                        .param("versie", "0")
                        .param("keuzeLeerroute", "B1_ROUTE"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aStaphorstConsulentDoesNotFindTheWorkspaceOfADalfsenPerson() throws Exception {
        String id = inburgeraar();
        mvc.perform(get("/inburgeraars/" + id + "/intake").with(consulentStaphorst()))
                .andExpect(status().isNotFound());
    }
}
