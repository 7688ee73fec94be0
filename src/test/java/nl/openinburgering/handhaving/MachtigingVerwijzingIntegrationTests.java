package nl.openinburgering.handhaving;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import nl.openinburgering.Gebeurtenissen;
import nl.openinburgering.Testdossier;
import nl.openinburgering.shared.Vandaag;

import static nl.openinburgering.Testdossier.CONSULENT;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * R7.4, R9.4: a refused machtiging (published by ontzorging as {@code MachtigingGeweigerd}) becomes one referral to
 * the inkomensconsulent under art. 18 Pw, made by handhaving's listener as the event's gemeente; a repeated refusal
 * of the same date makes no second one, and the werkvoorraad shows the referral instead of the refusal signal.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MachtigingVerwijzingIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void r7_4_a_refused_machtiging_becomes_one_pw_referral_and_one_worklist_signal() throws Exception {
        UUID id = UUID.fromString(Testdossier.in(mvc).persoon().id());
        LocalDate vandaag = Vandaag.datum();
        LocalDate weigering = vandaag.minusDays(3);
        mvc.perform(post("/api/v1/inburgeraars/" + id + "/ontzorging")
                        .with(CONSULENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"vergunning\": \"ASIEL\", \"startBijstand\": \"" + vandaag.minusMonths(1) + "\"}"))
                .andExpect(status().isCreated());
        // Before the refusal: no referral, no refusal signal.
        mvc.perform(get("/api/v1/inburgeraars/" + id + "/handhavingszaken").with(CONSULENT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pwVerwijzingen", hasSize(0)));

        weiger(id, weigering).andExpect(status().is2xxSuccessful());
        Gebeurtenissen.afgehandeld(mvc);

        mvc.perform(get("/api/v1/inburgeraars/" + id + "/handhavingszaken").with(CONSULENT))
                .andExpect(jsonPath("$.pwVerwijzingen", hasSize(1)))
                .andExpect(jsonPath("$.pwVerwijzingen[0].afspraak").value("MACHTIGING_ONTZORGEN"))
                .andExpect(jsonPath("$.pwVerwijzingen[0].feiten", containsString("geweigerd")))
                .andExpect(jsonPath("$.pwVerwijzingen[0].feiten", containsString("ontzorging")))
                .andExpect(jsonPath("$.pwVerwijzingen[0].opgepakt").value(false));

        // The same refusal again (at-least-once delivery, or the consulent saves it twice): still one referral.
        weiger(id, weigering).andExpect(status().is2xxSuccessful());
        Gebeurtenissen.afgehandeld(mvc);
        mvc.perform(get("/api/v1/inburgeraars/" + id + "/handhavingszaken").with(CONSULENT))
                .andExpect(jsonPath("$.pwVerwijzingen", hasSize(1)));

        // One signal for the refusal: the referral's, not the ontzorging's.
        mvc.perform(werkvoorraad("PW_VERWIJZING"))
                .andExpect(jsonPath("$.resultaten[*].inburgeraarId", hasItem(id.toString())));
        mvc.perform(werkvoorraad("MACHTIGING_GEWEIGERD"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.resultaten[*].inburgeraarId", not(hasItem(id.toString()))));
    }

    private ResultActions weiger(UUID id, LocalDate datum) throws Exception {
        return mvc.perform(put("/api/v1/inburgeraars/" + id + "/ontzorging/machtiging")
                .with(CONSULENT)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\": \"GEWEIGERD\", \"datum\": \"" + datum + "\"}"));
    }

    private static org.springframework.test.web.servlet.RequestBuilder werkvoorraad(String signaal) {
        return get("/api/v1/werkvoorraad")
                .with(CONSULENT)
                .param("signaal", signaal)
                .param("paginaGrootte", "100");
    }
}
