package nl.openinburgering.werkvoorraad.web;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import nl.openinburgering.Testdossier;
import nl.openinburgering.shared.Vandaag;

import static nl.openinburgering.Testdossier.CONSULENT;
import static nl.openinburgering.UiTestGebruikers.teamleiderDalfsen;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The worklist's signal of the end of the sixth month of ontzorging links to the page where it is resolved. */
@SpringBootTest
@AutoConfigureMockMvc
class OntzorgingSignaalControllerTests {

    @Autowired
    MockMvc mvc;

    @Test
    void r7_3_the_end_of_the_sixth_month_signal_links_to_the_persons_ontzorging_page() throws Exception {
        String id = Testdossier.in(mvc).naam("Ilham", "Zesdemaand").persoon().id();
        LocalDate startBijstand = Vandaag.datum().minusMonths(5).minusDays(3);
        mvc.perform(post("/api/v1/inburgeraars/" + id + "/ontzorging")
                        .with(CONSULENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"vergunning\": \"ASIEL\", \"startBijstand\": \"%s\"}".formatted(startBijstand)))
                .andExpect(status().isCreated());

        mvc.perform(get("/werkvoorraad")
                        .param("signaal", "ONTZORGING_ZES_MAANDEN")
                        .with(teamleiderDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Ilham Zesdemaand"),
                                containsString("href=\"/inburgeraars/" + id + "/ontzorging\""),
                                containsString("Naar financieel ontzorgen"))));
        mvc.perform(get("/inburgeraars/" + id + "/ontzorging").with(teamleiderDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"minimum-einde\"")));
    }
}
