package nl.openinburgering.aanbieder;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.web.servlet.MockMvc;

import static nl.openinburgering.aanbieder.AanbiederTestdata.AANBIEDER_TAAL;
import static nl.openinburgering.aanbieder.AanbiederTestdata.TAALSCHOOL;
import static nl.openinburgering.aanbieder.AanbiederTestdata.TEAMLEIDER;
import static nl.openinburgering.aanbieder.AanbiederTestdata.regel;
import static nl.openinburgering.aanbieder.AanbiederTestdata.regels;
import static nl.openinburgering.aanbieder.AanbiederTestdata.sleutel;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The providers' module with the registry: a consulent enrols a person at a provider, the provider reports
 * attended hours for that enrolment, and the gemeente sees them in the person's totals (R4.7).
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@AutoConfigureMockMvc
class AanbiederModuleTests {

    @Autowired
    MockMvc mvc;

    @Test
    void r4_7_hoursAProviderReportsForItsEnrolmentCountInThePersonsTotals() throws Exception {
        AanbiederTestdata data = new AanbiederTestdata(mvc);
        String persoon = data.persoon();
        String deelname = data.deelname(persoon, TAALSCHOOL, "LEERROUTE");

        data.meld(AANBIEDER_TAAL, sleutel(), regels(regel(deelname, "2025-04-07", "TAALLES_KNM", "3.5", true, null)))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/v1/inburgeraars/" + persoon + "/uren").with(TEAMLEIDER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.taallesKnm").value(3.5));
    }
}
