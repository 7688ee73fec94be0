package nl.openinburgering.leerroute;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import nl.openinburgering.Testdossier;
import nl.openinburgering.Testdossier.Aanbieder;
import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.shared.Leerroute;

import static nl.openinburgering.Testdossier.CONSULENT;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The leerroute with what it uses (the PIP, the providers' hours, the registry): an asielstatushouder in the
 * Z-route completes it on the hours the providers reported, 800 lesson and 800 participation hours (R4.5).
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@AutoConfigureMockMvc
class LeerrouteModuleTests {

    static final LocalDate VANAF = LocalDate.of(2025, 3, 1);

    @Autowired
    MockMvc mvc;

    @Test
    void r4_5_theZrouteIsCompletedOnTheReportedHoursOnlyWhenBothReach800() throws Exception {
        Testdossier.Persoon persoon = Testdossier.in(mvc)
                .doelgroep(Doelgroep.ASIELSTATUSHOUDER)
                .persoon()
                .metPip(Leerroute.Z_ROUTE)
                .vastgesteld();
        String id = persoon.id();
        Testdossier.Deelname les = persoon.deelname(Aanbieder.TAALSCHOOL, "LEERROUTE");
        Testdossier.Deelname participatie = persoon.deelname(Aanbieder.PARTICIPATIEBEDRIJF, "PARTICIPATIE");
        les.uren("TAALLES_KNM", "800", VANAF);
        participatie.uren("PARTICIPATIE", "792", VANAF);
        afronden(id)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[?(@.name == 'participatie')].code")
                        .value("R4.5"));

        participatie.uren("PARTICIPATIE", "8", VANAF.plusYears(1));
        afronden(id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.datumAfrondingZroute").value("2026-06-01"));
    }

    private ResultActions afronden(String id) throws Exception {
        return mvc.perform(post("/api/v1/inburgeraars/" + id + "/z-route/afronding")
                .with(CONSULENT)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"datumEindgesprek\": \"2026-06-01\"}"));
    }
}
