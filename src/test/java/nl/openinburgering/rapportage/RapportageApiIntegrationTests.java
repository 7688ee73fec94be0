package nl.openinburgering.rapportage;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import nl.openinburgering.Testdossier;
import nl.openinburgering.Testdossier.Aanbieder;
import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.shared.Leerroute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code GET /api/v1/rapportages/uren-per-cohort} against the real database: aggregates of the own gemeente only. */
@SpringBootTest
@AutoConfigureMockMvc
class RapportageApiIntegrationTests {

    static final RequestPostProcessor BELEID = httpBasic("beleid.dalfsen", "demo");
    static final RequestPostProcessor CONSULENT = httpBasic("consulent.dalfsen", "demo");

    @Autowired
    MockMvc mvc;

    double uren2025(RequestPostProcessor wie) throws Exception {
        String json = mvc.perform(get("/api/v1/rapportages/uren-per-cohort").with(wie))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Number> uren = JsonPath.read(json, "$.cohorten[?(@.jaar == 2025)].gevolgdeUrenTaallesKnm");
        return uren.isEmpty() ? 0 : uren.getFirst().doubleValue();
    }

    /** R4.7: the attended NT2/KNM hours reported by a provider show up in the cohort of the termijn's start year. */
    @Test
    void theBeleidsmedewerkerSeesTheAttendedHoursOfANewPersonInTheCohortOfItsTermijn() throws Exception {
        double voor = uren2025(BELEID);
        Testdossier.Persoon persoon = Testdossier.in(mvc)
                .doelgroep(Doelgroep.ASIELSTATUSHOUDER)
                .persoon()
                .metPip(Leerroute.B1_ROUTE)
                .vastgesteld();
        String id = persoon.id();
        persoon.deelname(Aanbieder.TAALSCHOOL, "LEERROUTE").uren("TAALLES_KNM", "24", LocalDate.of(2025, 3, 3));

        double na = uren2025(BELEID);
        assertThat(na - voor).isEqualTo(24.0, within(0.001));
    }

    @Test
    void aConsulentMayNotReadTheReport() throws Exception {
        mvc.perform(get("/api/v1/rapportages/uren-per-cohort").with(CONSULENT))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
    }
}
