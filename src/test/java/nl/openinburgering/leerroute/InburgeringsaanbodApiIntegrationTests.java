package nl.openinburgering.leerroute;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import nl.openinburgering.Testdossier;
import nl.openinburgering.Testdossier.Aanbieder;
import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.shared.Leerroute;

import static nl.openinburgering.Testdossier.CONSULENT;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * R4.8 through the API. The PIP is dated 2025-02-01, so the termijn runs from 2025-02-02 to 2028-02-02; the
 * demo taalschool holds Blik op Werk until 2028-12-31 and is a Taalschakelinstelling, the participation
 * provider has neither.
 */
@SpringBootTest
@AutoConfigureMockMvc
class InburgeringsaanbodApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    ResultActions aanbod(String id, String aanbieder, String start, String eind) throws Exception {
        return mvc.perform(put("/api/v1/inburgeraars/" + id + "/inburgeringsaanbod/" + aanbieder)
                .with(CONSULENT)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"startdatum\": \"" + start + "\", \"einddatum\": \"" + eind + "\"}"));
    }

    @Test
    void r4_8_aNewSubmissionForTheSameProviderOverwritesTheEarlierOne() throws Exception {
        String id = Testdossier.in(mvc)
                .doelgroep(Doelgroep.ASIELSTATUSHOUDER)
                .persoon()
                .metPip(Leerroute.B1_ROUTE)
                .vastgesteld()
                .id();

        aanbod(id, Aanbieder.TAALSCHOOL.id(), "2025-03-01", "2026-03-01")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.aanbiederId").value(Aanbieder.TAALSCHOOL.id()));
        aanbod(id, Aanbieder.TAALSCHOOL.id(), "2025-04-01", "2028-02-01").andExpect(status().isOk());

        mvc.perform(get("/api/v1/inburgeraars/" + id + "/inburgeringsaanbod").with(CONSULENT))
                .andExpect(jsonPath("$.resultaten", hasSize(1)))
                .andExpect(jsonPath("$.resultaten[0].startdatum").value("2025-04-01"))
                .andExpect(jsonPath("$.resultaten[0].einddatum").value("2028-02-01"));
    }

    @Test
    void r4_8_refusesDatesBeforeThePipOrBeyondTheTermAndAProviderWithoutKeurmerk() throws Exception {
        String id = Testdossier.in(mvc)
                .doelgroep(Doelgroep.ASIELSTATUSHOUDER)
                .persoon()
                .metPip(Leerroute.B1_ROUTE)
                .vastgesteld()
                .id();

        aanbod(id, Aanbieder.TAALSCHOOL.id(), "2025-01-31", "2026-03-01")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("startdatum"))
                .andExpect(jsonPath("$.invalidParams[0].code").value("R4.8"));
        aanbod(id, Aanbieder.TAALSCHOOL.id(), "2025-03-01", "2028-02-02")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("einddatum"))
                .andExpect(jsonPath("$.invalidParams[0].code").value("R4.8"));
        aanbod(id, Aanbieder.PARTICIPATIEBEDRIJF.id(), "2025-03-01", "2026-03-01")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("aanbiederId"))
                .andExpect(jsonPath("$.invalidParams[0].code").value("R4.8"));
        aanbod(id, UUID.randomUUID().toString(), "2025-03-01", "2026-03-01").andExpect(status().isNotFound());
    }

    /** R4.8: the keurmerk must be valid on the start date; after an extension the aanbod may start later. */
    @Test
    void r4_8_refusesAStartDateOnWhichTheKeurmerkHasExpired() throws Exception {
        String id = Testdossier.in(mvc)
                .doelgroep(Doelgroep.ASIELSTATUSHOUDER)
                .persoon()
                .metPip(Leerroute.B1_ROUTE)
                .vastgesteld()
                .id();
        mvc.perform(
                        post("/api/v1/inburgeraars/" + id + "/termijnverlengingen")
                                .with(CONSULENT)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"datumBesluit\": \"2026-10-01\", \"nieuweEinddatum\": \"2029-09-02\", \"reden\": \"Ziekte\"}"))
                .andExpect(status().isCreated());

        aanbod(id, Aanbieder.TAALSCHOOL.id(), "2028-12-31", "2029-06-01").andExpect(status().isOk());
        aanbod(id, Aanbieder.TAALSCHOOL.id(), "2029-01-01", "2029-06-01")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].code").value("R4.8"))
                .andExpect(jsonPath("$.invalidParams[0].reason")
                        .value("De aanbieder heeft op de startdatum geen geldig keurmerk (Blik op Werk)."));
    }

    /** R4.8 and R4.3: in the onderwijsroute the provider must be a recognised Taalschakelinstelling. */
    @Test
    void r4_8_theOnderwijsrouteNeedsATaalschakelinstelling() throws Exception {
        String id = Testdossier.in(mvc)
                .doelgroep(Doelgroep.ASIELSTATUSHOUDER)
                .persoon()
                .metPip(Leerroute.ONDERWIJSROUTE)
                .vastgesteld()
                .id();
        aanbod(id, Aanbieder.TAALSCHOOL.id(), "2025-03-01", "2026-03-01").andExpect(status().isOk());
        aanbod(id, Aanbieder.PARTICIPATIEBEDRIJF.id(), "2025-03-01", "2026-03-01")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].code").value("R4.8"));
    }

    @Test
    void r4_8_isForAsielstatushoudersOnly() throws Exception {
        String id = Testdossier.in(mvc)
                .doelgroep(Doelgroep.GEZINSMIGRANT_OF_OVERIGE_MIGRANT)
                .persoon()
                .metPip(Leerroute.B1_ROUTE)
                .vastgesteld()
                .id();
        aanbod(id, Aanbieder.TAALSCHOOL.id(), "2025-03-01", "2026-03-01")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("doelgroep"))
                .andExpect(jsonPath("$.invalidParams[0].code").value("R4.8"));
    }
}
