package nl.openinburgering.aanbieder;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import nl.openinburgering.TestBsn;

import static nl.openinburgering.aanbieder.AanbiederTestdata.AANBIEDER_TAAL;
import static nl.openinburgering.aanbieder.AanbiederTestdata.CONSULENT;
import static nl.openinburgering.aanbieder.AanbiederTestdata.PARTICIPATIEWERK;
import static nl.openinburgering.aanbieder.AanbiederTestdata.STAPHORST;
import static nl.openinburgering.aanbieder.AanbiederTestdata.TAALSCHOOL;
import static nl.openinburgering.aanbieder.AanbiederTestdata.TEAMLEIDER;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Enrolments at providers and the provider list of the gemeente (D8, R4.8 data). */
@SpringBootTest
@AutoConfigureMockMvc
class DeelnameApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    AanbiederTestdata data;

    @BeforeEach
    void testdata() {
        data = new AanbiederTestdata(mvc);
    }

    @Test
    void aConsulentEnrolsAPersonAndTheTeamleiderSeesTheEnrolment() throws Exception {
        String persoon = data.persoon();
        String deelname = data.deelname(persoon, TAALSCHOOL, "LEERROUTE");
        mvc.perform(get("/api/v1/inburgeraars/" + persoon + "/deelnames").with(TEAMLEIDER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.resultaten[0].id").value(deelname))
                .andExpect(jsonPath("$.resultaten[0].aanbiederNaam").value("Taalschool Regio Zwolle"))
                .andExpect(jsonPath("$.resultaten[0].soort").value("LEERROUTE"))
                .andExpect(jsonPath("$.resultaten[0].startdatum").value("2025-03-01"));
    }

    /** D8: Staphorst does not contract the Dalfsen participation provider. */
    @Test
    void d8_refusesAProviderTheGemeenteDoesNotContract() throws Exception {
        String persoon = data.persoon(STAPHORST, TestBsn.nieuw());
        data.inschrijven(STAPHORST, persoon, PARTICIPATIEWERK, "PARTICIPATIE", "2025-03-01")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("aanbiederId"))
                .andExpect(jsonPath("$.invalidParams[0].code").value("D8"));
        data.inschrijven(STAPHORST, persoon, TAALSCHOOL, "LEERROUTE", "2025-03-01")
                .andExpect(status().isCreated());
    }

    /** R2.9: a gezinsmigrant is refused a leerroute the gemeente buys, and enrolled in a self-paid one. */
    @Test
    void r2_9_aGezinsmigrantIsRefusedALeerrouteTheGemeenteBuysAndEnrolledInASelfPaidOne() throws Exception {
        String persoon = nl.openinburgering.Testdossier.in(mvc)
                .doelgroep(nl.openinburgering.inburgeraar.Doelgroep.GEZINSMIGRANT_OF_OVERIGE_MIGRANT)
                .persoon()
                .id();
        data.inschrijven(CONSULENT, persoon, TAALSCHOOL, "LEERROUTE", "2025-03-01")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("soort"))
                .andExpect(jsonPath("$.invalidParams[0].code").value("R2.9"))
                .andExpect(jsonPath("$.invalidParams[0].reason").value(containsString("DUO biedt een lening")));
        data.inschrijven(CONSULENT, persoon, TAALSCHOOL, "LEERROUTE_ZELFBETAALD", "2025-03-01")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.soort").value("LEERROUTE_ZELFBETAALD"));
        data.inschrijven(CONSULENT, persoon, PARTICIPATIEWERK, "PARTICIPATIE", "2025-03-01")
                .andExpect(status().isCreated());
    }

    @Test
    void refusesAKindTheProviderDoesNotOfferAndAStartBeforeThePlicht() throws Exception {
        String persoon = data.persoon();
        data.inschrijven(CONSULENT, persoon, TAALSCHOOL, "PVT", "2025-03-01")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].code").value("aanbieder.soort"));
        data.inschrijven(CONSULENT, persoon, PARTICIPATIEWERK, "PVT", "2024-12-31")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("startdatum"));
    }

    @Test
    void aStaphorstConsulentCannotSeeOrAddDalfsenDeelnames() throws Exception {
        String persoon = data.persoon();
        data.deelname(persoon, TAALSCHOOL, "LEERROUTE");
        mvc.perform(get("/api/v1/inburgeraars/" + persoon + "/deelnames").with(STAPHORST))
                .andExpect(status().isNotFound());
        data.inschrijven(STAPHORST, persoon, TAALSCHOOL, "LEERROUTE", "2025-03-01")
                .andExpect(status().isNotFound());
    }

    @Test
    void aProviderMayNotEnrolOrReadTheGemeenteView() throws Exception {
        String persoon = data.persoon();
        data.inschrijven(AANBIEDER_TAAL, persoon, TAALSCHOOL, "LEERROUTE", "2025-03-01")
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/inburgeraars/" + persoon + "/deelnames").with(AANBIEDER_TAAL))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/inburgeraars/" + persoon + "/uren").with(AANBIEDER_TAAL))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/aanbieder/deelnames").with(CONSULENT)).andExpect(status().isForbidden());
    }

    /** R4.8 data, D8: the gemeente lists the providers it contracts, with kinds, keurmerk and TST. */
    @Test
    void listsTheProvidersOfTheGemeenteWithKindsAndKeurmerk() throws Exception {
        mvc.perform(get("/api/v1/aanbieders").with(CONSULENT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.resultaten[?(@.id == '" + TAALSCHOOL + "')].keurmerk.soort")
                        .value("BLIK_OP_WERK"))
                .andExpect(jsonPath("$.resultaten[?(@.id == '" + TAALSCHOOL + "')].taalschakelinstelling")
                        .value(true))
                .andExpect(jsonPath("$.resultaten[?(@.id == '" + PARTICIPATIEWERK + "')].soorten[*]")
                        .value(hasItem("MAP")));
        mvc.perform(get("/api/v1/aanbieders").with(STAPHORST))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(TAALSCHOOL)))
                .andExpect(content().string(not(containsString(PARTICIPATIEWERK))));
    }
}
