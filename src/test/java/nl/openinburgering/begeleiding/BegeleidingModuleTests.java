package nl.openinburgering.begeleiding;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.web.servlet.MockMvc;

import nl.openinburgering.Testdossier;
import nl.openinburgering.shared.Vandaag;

import static nl.openinburgering.UiTestGebruikers.consulentDalfsen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The module with only what it uses (the registry and the platform): a consulent starts a traject for an
 * asielstatushouder (R8.1), the begeleider of the partner records a contact moment, and its hours are the
 * person's participation hours of maatschappelijke begeleiding (R8.3).
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@AutoConfigureMockMvc
class BegeleidingModuleTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    BegeleidingBeheer begeleiding;

    @Test
    void r8_3_aContactMomentOfTheBegeleiderCountsAsParticipationHours() throws Exception {
        String id = Testdossier.in(mvc).persoon().id();
        mvc.perform(post("/inburgeraars/" + id + "/begeleiding/start")
                        .with(consulentDalfsen())
                        .with(csrf())
                        .param("begeleidingPartner", BegeleidingIntegrationTests.VLUCHTELINGENWERK.toString())
                        .param("begeleidingStart", Vandaag.datum().toString()))
                .andExpect(status().is3xxRedirection());
        UUID traject = BegeleidingIntegrationTests.als(
                "consulent.dalfsen",
                "CONSULENT",
                "0148",
                () -> begeleiding
                        .inDossier(UUID.fromString(id))
                        .orElseThrow()
                        .traject()
                        .id());
        mvc.perform(post("/begeleidingen/" + traject + "/contactmomenten")
                        .with(BegeleidingIntegrationTests.begeleider())
                        .with(csrf())
                        .param("contactDatum", Vandaag.datum().toString())
                        .param("contactOnderwerp", "INKOMEN")
                        .param("contactUren", "1.75")
                        .param("contactNotitie", "Toeslagen aangevraagd"))
                .andExpect(status().is3xxRedirection());
        assertThat(BegeleidingIntegrationTests.als(
                        "consulent.dalfsen",
                        "CONSULENT",
                        "0148",
                        () -> begeleiding.participatieuren(UUID.fromString(id))))
                .isEqualByComparingTo("1.75");
    }
}
