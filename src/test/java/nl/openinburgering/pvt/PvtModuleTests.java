package nl.openinburgering.pvt;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import nl.openinburgering.Testdossier;
import nl.openinburgering.shared.Leerroute;
import nl.openinburgering.shared.Vandaag;

import static nl.openinburgering.Testdossier.CONSULENT;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The PVT with what it uses: twelve hours attended in a group with an activity (R5.2, R5.3) let the person
 * sign the participatieverklaring; fewer are refused.
 */
/** With {@code pip} and {@code intake} too: the person is seeded with a vastgesteld PIP through the API. */
@ApplicationModuleTest(
        mode = BootstrapMode.ALL_DEPENDENCIES,
        extraIncludes = {"pip", "intake"})
@AutoConfigureMockMvc
class PvtModuleTests {

    static final LocalDate DAGTEKENING = Vandaag.datum().minusDays(100);

    @Autowired
    MockMvc mvc;

    @Test
    void r5_2_twelveAttendedHoursWithAnActivityLetThePersonSign() throws Exception {
        String id = Testdossier.in(mvc)
                .persoonMetPip(Leerroute.B1_ROUTE, DAGTEKENING)
                .id();
        String groep = Groepen.groep(mvc, "PVT", List.of(id));
        Groepen.gevolgd(mvc, groep, "6.0", true, null, List.of(id));
        onderteken(id)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].code").value("R5.2"));

        Groepen.gevolgd(mvc, groep, "6.0", false, null, List.of(id));
        onderteken(id).andExpect(status().isOk());
    }

    private ResultActions onderteken(String id) throws Exception {
        return mvc.perform(post("/api/v1/inburgeraars/" + id + "/pvt/ondertekening")
                .with(CONSULENT)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"datum\": \"" + Vandaag.datum() + "\"}"));
    }
}
