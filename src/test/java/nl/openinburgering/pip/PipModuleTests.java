package nl.openinburgering.pip;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.web.servlet.MockMvc;

import nl.openinburgering.Testdossier;
import nl.openinburgering.shared.Leerroute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * The PIP module with what it uses (the registry, the providers' hours, the intake): a teamleider fixes the
 * PIP a consulent drafted, which publishes {@link PipVastgesteld} as the person's first PIP, and the registry
 * starts the inburgeringstermijn on it the next day (R3.4).
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@AutoConfigureMockMvc
class PipModuleTests {

    @Autowired
    MockMvc mvc;

    @Test
    void r3_4_vaststellenPublishesPipVastgesteldAndTheTermStartsOnIt(AssertablePublishedEvents gebeurtenissen)
            throws Exception {
        String id = Testdossier.in(mvc)
                .persoonMetPip(Leerroute.B1_ROUTE, LocalDate.of(2026, 3, 1))
                .id();

        assertThat(gebeurtenissen)
                .contains(PipVastgesteld.class)
                .matching(vastgesteld -> vastgesteld.inburgeraarId().toString().equals(id)
                        && vastgesteld.eerste()
                        && vastgesteld.dagtekening().equals(LocalDate.of(2026, 3, 1)));
        mvc.perform(get("/api/v1/inburgeraars/" + id).with(Testdossier.CONSULENT))
                .andExpect(jsonPath("$.inburgeringstermijn.startdatum").value("2026-03-02"));
    }
}
