package nl.openinburgering.inburgeraar.web;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import nl.openinburgering.Testdossier;

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

/** R2.8: the screen of the information requests to third parties in the person's file. */
@SpringBootTest
@AutoConfigureMockMvc
class InformatieverzoekControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EmbeddedPostgres postgres;

    /** The 10-week term starts on the vestiging of 2 February 2026, so the PIP is due on 13 April 2026. */
    String pagina() throws Exception {
        String id = Testdossier.in(mvc)
                .plichtVanaf(LocalDate.of(2026, 1, 12))
                .gevestigd(LocalDate.of(2026, 2, 2))
                .persoon()
                .id();
        return "/inburgeraars/" + id + "/informatieverzoeken";
    }

    void vraag(String pagina) throws Exception {
        mvc.perform(post(pagina)
                        .with(consulentDalfsen())
                        .with(csrf())
                        .param("informatieDerde", "Huisarts")
                        .param("informatieOmschrijving", "Belastbaarheid")
                        .param("informatieAangevraagdOp", "2026-03-01"))
                .andExpect(redirectedUrl(pagina))
                .andExpect(flash().attribute("melding", "informatieverzoek.melding.vastgelegd"));
    }

    /**
     * R2.8: the consulent records a request, the page shows it open and waiting; the arrival on 10 April moves
     * the deadline for the PIP to two weeks later, 24 April 2026.
     */
    @Test
    void r2_8_theConsulentRecordsARequestAndItsArrivalAndTheDeadlineForThePipMoves() throws Exception {
        String pagina = pagina();
        mvc.perform(get(pagina).with(consulentDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"persoonskop\"")))
                .andExpect(content().string(containsString("id=\"geen-informatieverzoeken\"")))
                .andExpect(content().string(containsString("13 april 2026")))
                .andExpect(content().string(containsString("id=\"informatieverzoek-formulier\"")));

        vraag(pagina);
        mvc.perform(get(pagina).with(consulentDalfsen()))
                .andExpect(content().string(containsString("Huisarts")))
                .andExpect(content().string(containsString("Belastbaarheid")))
                .andExpect(content().string(containsString("id=\"wacht-op-informatie\"")))
                .andExpect(content().string(containsString("id=\"ontvangst-0\"")));

        mvc.perform(post(pagina + "/0/ontvangst")
                        .with(consulentDalfsen())
                        .with(csrf())
                        .param("ontvangenOp", "2026-04-10"))
                .andExpect(redirectedUrl(pagina))
                .andExpect(flash().attribute("melding", "informatieverzoek.melding.ontvangen"));
        mvc.perform(get(pagina).with(consulentDalfsen()))
                .andExpect(content().string(containsString("24 april 2026")))
                .andExpect(content().string(containsString("10-4-2026")))
                .andExpect(content().string(not(containsString("id=\"wacht-op-informatie\""))))
                .andExpect(content().string(not(containsString("id=\"ontvangst-0\""))));
    }

    /**
     * R2.8: an arrival before the request is refused beside its own field with the rule ID, and a request without
     * the third party is refused beside that field; neither changes the file.
     */
    @Test
    void r2_8_anArrivalBeforeTheRequestIsRefusedBesideItsFieldAndNothingIsSaved() throws Exception {
        String pagina = pagina();
        vraag(pagina);

        mvc.perform(post(pagina + "/0/ontvangst")
                        .with(consulentDalfsen())
                        .with(csrf())
                        .param("ontvangenOp", "2026-02-20"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"fout-ontvangenOp-0\"")))
                .andExpect(content().string(containsString("R2.8: De ontvangstdatum ligt tussen")))
                .andExpect(content().string(containsString("value=\"2026-02-20\"")));
        mvc.perform(post(pagina)
                        .with(consulentDalfsen())
                        .with(csrf())
                        .param("informatieDerde", " ")
                        .param("informatieOmschrijving", "Schoolrapport")
                        .param("informatieAangevraagdOp", "2026-03-02"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"fout-informatieDerde\"")))
                .andExpect(content().string(containsString("Vul in aan wie de informatie is gevraagd.")));

        mvc.perform(get(pagina).with(consulentDalfsen()))
                .andExpect(content().string(containsString("13 april 2026")))
                .andExpect(content().string(containsString("id=\"ontvangst-0\"")))
                .andExpect(content().string(not(containsString("Schoolrapport"))))
                .andExpect(content().string(not(containsString("id=\"verzoek-1\""))));
    }

    /**
     * The teamleider reads the requests but records nothing (as on the API), and the read is in the processing
     * log; another gemeente finds no file.
     */
    @Test
    void theTeamleiderReadsWithoutAFormAndAnotherGemeenteFindsNothing() throws Exception {
        String pagina = pagina();
        vraag(pagina);
        long voor = lezingen();
        mvc.perform(get(pagina).with(teamleiderDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Huisarts")))
                .andExpect(content().string(not(containsString("informatieverzoek-formulier"))))
                .andExpect(content().string(not(containsString("id=\"ontvangst-0\""))));
        assertThat(lezingen()).isGreaterThan(voor);
        mvc.perform(post(pagina + "/0/ontvangst")
                        .with(teamleiderDalfsen())
                        .with(csrf())
                        .param("ontvangenOp", "2026-04-10"))
                .andExpect(status().isForbidden());
        mvc.perform(get(pagina).with(consulentStaphorst())).andExpect(status().isNotFound());
        mvc.perform(post(pagina)
                        .with(consulentStaphorst())
                        .with(csrf())
                        .param("informatieDerde", "Huisarts")
                        .param("informatieOmschrijving", "Belastbaarheid")
                        .param("informatieAangevraagdOp", "2026-03-01"))
                .andExpect(status().isNotFound());
    }

    private long lezingen() throws Exception {
        try (var c = postgres.getDatabase("openinburgering_eigenaar", "openinburgering")
                        .getConnection();
                var rs = c.createStatement().executeQuery("""
                        select count(*) from verwerking where gemeentecode = '0148'
                        and gebruiker = 'teamleider.dalfsen' and activiteit = 'DOSSIER_RAADPLEGEN'""")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
