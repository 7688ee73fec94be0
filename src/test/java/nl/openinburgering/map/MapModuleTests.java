package nl.openinburgering.map;

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
import nl.openinburgering.shared.Leerroute;
import nl.openinburgering.shared.Vandaag;

import static nl.openinburgering.Testdossier.CONSULENT;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The MAP with what it uses: the leerroute of the current PIP decides whether there is a MAP at all (R6.1). */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@AutoConfigureMockMvc
class MapModuleTests {

    static final LocalDate DAGTEKENING = Vandaag.datum().minusDays(100);

    @Autowired
    MockMvc mvc;

    @Test
    void r6_1_aThemeIsAgreedInTheB1RouteAndRefusedInTheOnderwijsroute() throws Exception {
        thema(Testdossier.in(mvc).persoonMetPip(Leerroute.B1_ROUTE, DAGTEKENING).id())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.themas.length()").value(8));
        thema(Testdossier.in(mvc)
                        .persoonMetPip(Leerroute.ONDERWIJSROUTE, DAGTEKENING)
                        .id())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].code").value("R6.1"));
    }

    private ResultActions thema(String id) throws Exception {
        return mvc.perform(put("/api/v1/inburgeraars/" + id + "/map/themas/WERKCULTUUR")
                .with(CONSULENT)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\": \"AFGESPROKEN\"}"));
    }
}
