package nl.openinburgering.ontzorging;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;

import nl.openinburgering.Testdossier;
import nl.openinburgering.shared.Vandaag;

import static nl.openinburgering.Testdossier.CONSULENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The ontzorging module with what it uses (the registry, the platform): a refused machtiging publishes
 * {@link MachtigingGeweigerd} for the art. 18 Pw referral (R7.4), with ids only; a signed one publishes nothing.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@AutoConfigureMockMvc
class OntzorgingModuleTests {

    @Autowired
    MockMvc mvc;

    @Test
    void r7_4_a_refused_machtiging_publishes_the_event_for_the_art_18_referral(Scenario scenario) throws Exception {
        UUID id = UUID.fromString(Testdossier.in(mvc).persoon().id());
        LocalDate vandaag = Vandaag.datum();
        mvc.perform(post("/api/v1/inburgeraars/" + id + "/ontzorging")
                        .with(CONSULENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"vergunning\": \"ASIEL\", \"startBijstand\": \"" + vandaag.minusMonths(1) + "\"}"))
                .andExpect(status().isCreated());

        // Not in the scenario's own transaction: that one would start before any user or tenant is known, and
        // row-level security would hide the person (the request opens its own transaction as the consulent).
        scenario.stimulate(transacties -> machtiging(id, vandaag))
                .andWaitForEventOfType(MachtigingGeweigerd.class)
                .matching(e -> e.inburgeraarId().equals(id))
                .toArriveAndVerify(e -> {
                    assertThat(e.datum()).isEqualTo(vandaag);
                    assertThat(e.gemeente().waarde()).isEqualTo("0148");
                });
        mvc.perform(get("/api/v1/inburgeraars/" + id + "/ontzorging").with(CONSULENT))
                .andExpect(jsonPath("$.historie[*].stap", contains("GESTART", "MACHTIGING_GEWEIGERD")));
    }

    private int machtiging(UUID id, LocalDate datum) {
        try {
            return mvc.perform(put("/api/v1/inburgeraars/" + id + "/ontzorging/machtiging")
                            .with(CONSULENT)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"status\": \"GEWEIGERD\", \"datum\": \"" + datum + "\"}"))
                    .andReturn()
                    .getResponse()
                    .getStatus();
        } catch (Exception fout) {
            throw new IllegalStateException(fout);
        }
    }
}
