package nl.openinburgering.inburgeraar;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import nl.openinburgering.Testdossier;
import nl.openinburgering.shared.Leerroute;

import static nl.openinburgering.Testdossier.CONSULENT;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One meaning per field name across the API: a period's {@code einddatum} is exclusive (api.md, DUO's model), a
 * {@code laatsteDag} or {@code uiterlijkeDatum} is the last day inside, inclusive, in the person, the PVT and the
 * MAP alike.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LaatsteDagApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    /**
     * R3.4: a first PIP dated 2024-02-28 (the day before a leap day) gives a term from 2024-02-29 up to and
     * including 2027-02-28; its exclusive end is 2027-03-01. The PVT and MAP deadlines (R5.4, R6.4) name that
     * same last day, not the exclusive end.
     */
    @Test
    void r3_4_theLastDayOfTheTermIsInclusiveInThePersonThePvtAndTheMapAndTheEinddatumIsTheDayAfter() throws Exception {
        String id = Testdossier.in(mvc)
                .persoonMetPip(Leerroute.B1_ROUTE, LocalDate.of(2024, 2, 28))
                .id();

        mvc.perform(get("/api/v1/inburgeraars/" + id).with(CONSULENT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inburgeringstermijn.startdatum").value("2024-02-29"))
                .andExpect(jsonPath("$.inburgeringstermijn.laatsteDag").value("2027-02-28"))
                .andExpect(jsonPath("$.inburgeringstermijn.einddatum").value("2027-03-01"));
        mvc.perform(get("/api/v1/inburgeraars/" + id + "/pvt").with(CONSULENT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.uiterlijkeDatum").value("2027-02-28"));
        mvc.perform(get("/api/v1/inburgeraars/" + id + "/map").with(CONSULENT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.uiterlijkeDatum").value("2027-02-28"));
    }
}
