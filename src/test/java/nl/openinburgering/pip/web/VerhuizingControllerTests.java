package nl.openinburgering.pip.web;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import nl.openinburgering.Gebeurtenissen;
import nl.openinburgering.Testdossier;
import nl.openinburgering.shared.Leerroute;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** R3.12: the screen of a move from another gemeente in the person's file. */
@SpringBootTest
@AutoConfigureMockMvc
class VerhuizingControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EmbeddedPostgres postgres;

    String id() throws Exception {
        return Testdossier.in(mvc)
                .naam("Dawit", "Bekele")
                .plichtVanaf(LocalDate.of(2025, 6, 1))
                .gevestigd(LocalDate.of(2026, 2, 25))
                .persoon()
                .id();
    }

    /**
     * R3.12: a "previous" gemeente that is this one is refused beside its field with the rule ID and nothing is
     * recorded; Zwolle's PIP is recorded and shown, and the inburgeringstermijn runs from its first PIP (R3.4).
     */
    @Test
    void r3_12_theConsulentRecordsThePreviousGemeentesPipAndTheTermRunsFromIt() throws Exception {
        String id = id();
        String pagina = "/inburgeraars/" + id + "/verhuizing";
        mvc.perform(get(pagina).with(consulentDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"persoonskop\"")))
                .andExpect(content().string(containsString("id=\"geen-herkomst\"")))
                .andExpect(content().string(containsString("id=\"verhuizing-formulier\"")));

        mvc.perform(post(pagina)
                        .with(consulentDalfsen())
                        .with(csrf())
                        .param("vorigeGemeentecode", "0148")
                        .param("leerroute", "B1_ROUTE")
                        .param("niveau", "B1")
                        .param("dagtekeningEerstePip", "2025-09-01")
                        .param("dagtekeningHuidigePip", "2025-09-01"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"fout-vorigeGemeentecode\"")))
                .andExpect(
                        content().string(containsString("R3.12: De vorige gemeente is een andere gemeente dan deze.")))
                .andExpect(content().string(containsString("value=\"2025-09-01\"")));
        mvc.perform(get(pagina).with(consulentDalfsen()))
                .andExpect(content().string(containsString("id=\"geen-herkomst\"")));

        mvc.perform(post(pagina)
                        .with(consulentDalfsen())
                        .with(csrf())
                        .param("vorigeGemeentecode", "0193")
                        .param("leerroute", "B1_ROUTE")
                        .param("niveau", "B1")
                        .param("dagtekeningEerstePip", "2025-09-01")
                        .param("dagtekeningHuidigePip", "2025-09-01")
                        .param("datumBesluitVerlenging", "")
                        .param("nieuweEinddatumTermijn", ""))
                .andExpect(redirectedUrl(pagina))
                .andExpect(flash().attribute("melding", "verhuizing.melding.vastgelegd"));
        Gebeurtenissen.afgehandeld(mvc);
        mvc.perform(get(pagina).with(consulentDalfsen()))
                .andExpect(content().string(containsString("id=\"herkomst-gegevens\"")))
                .andExpect(content().string(containsString("0193")))
                .andExpect(content().string(containsString("B1-route (B1)")))
                .andExpect(content().string(containsString("1 september 2025")));
        mvc.perform(get("/inburgeraars/" + id + "/termijnverlengingen").with(consulentDalfsen()))
                .andExpect(content().string(containsString("tot en met 1 september 2028")));
    }

    /** R3.12 with R3.6: an extension from before the move must end after the three years; refused beside it. */
    @Test
    void r3_12_anExtensionFromBeforeTheMoveThatEndsTooSoonIsRefused() throws Exception {
        String pagina = "/inburgeraars/" + id() + "/verhuizing";
        mvc.perform(post(pagina)
                        .with(consulentDalfsen())
                        .with(csrf())
                        .param("vorigeGemeentecode", "0193")
                        .param("leerroute", "Z_ROUTE")
                        .param("dagtekeningEerstePip", "2025-09-01")
                        .param("dagtekeningHuidigePip", "2025-10-01")
                        .param("datumBesluitVerlenging", "2026-01-15")
                        .param("nieuweEinddatumTermijn", "2028-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"fout-nieuweEinddatumTermijn\"")))
                .andExpect(content().string(containsString("R3.6: De verlengde einddatum ligt na het einde")));
        mvc.perform(get(pagina).with(consulentDalfsen()))
                .andExpect(content().string(containsString("id=\"geen-herkomst\"")));
    }

    /** R3.12: once this gemeente fixed a PIP of its own, the herkomst no longer counts: a conflict above the form. */
    @Test
    void r3_12_afterAPipOfThisGemeenteTheMoveIsRefusedAsAConflict() throws Exception {
        String id = Testdossier.in(mvc)
                .persoonMetPip(Leerroute.B1_ROUTE, LocalDate.of(2026, 3, 1))
                .id();
        mvc.perform(post("/inburgeraars/" + id + "/verhuizing")
                        .with(consulentDalfsen())
                        .with(csrf())
                        .param("vorigeGemeentecode", "0193")
                        .param("leerroute", "B1_ROUTE")
                        .param("dagtekeningEerstePip", "2025-09-01")
                        .param("dagtekeningHuidigePip", "2025-09-01"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("id=\"conflict\"")))
                .andExpect(content().string(containsString("id=\"geen-herkomst\"")));
    }

    /**
     * The teamleider reads the move but records none (as on the API), and the read is in the processing log;
     * another gemeente finds no file.
     */
    @Test
    void theTeamleiderReadsWithoutAFormAndAnotherGemeenteFindsNothing() throws Exception {
        String pagina = "/inburgeraars/" + id() + "/verhuizing";
        long voor = lezingen();
        mvc.perform(get(pagina).with(teamleiderDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("verhuizing-formulier"))));
        assertThat(lezingen()).isGreaterThan(voor);
        mvc.perform(post(pagina)
                        .with(teamleiderDalfsen())
                        .with(csrf())
                        .param("vorigeGemeentecode", "0193")
                        .param("leerroute", "B1_ROUTE")
                        .param("dagtekeningEerstePip", "2025-09-01")
                        .param("dagtekeningHuidigePip", "2025-09-01"))
                .andExpect(status().isForbidden());
        mvc.perform(get(pagina).with(consulentStaphorst())).andExpect(status().isNotFound());
    }

    private long lezingen() throws Exception {
        try (var c = postgres.getDatabase("openinburgering_eigenaar", "openinburgering")
                        .getConnection();
                var rs = c.createStatement().executeQuery("""
                        select count(*) from verwerking where gemeentecode = '0148'
                        and gebruiker = 'teamleider.dalfsen' and activiteit = 'PIP_RAADPLEGEN'""")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
