package nl.openinburgering.map;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import nl.openinburgering.Testdossier;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.pvt.Groepen;
import nl.openinburgering.shared.Gemeentecode;
import nl.openinburgering.shared.Leerroute;
import nl.openinburgering.shared.Vandaag;

import static nl.openinburgering.Testdossier.CONSULENT;
import static nl.openinburgering.Testdossier.STAPHORST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The MAP through the API. The practical hours (R6.3) are real {@code MAP_PRAKTIJK} hour lines reported by the
 * participation provider through the provider API of module {@code aanbieder}.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MapApiIntegrationTests {

    static final String PARTICIPATIEWERK = "6a0c1b6e-2f4d-4c36-9a77-1f0e5b1d0a02";
    static final LocalDate DAGTEKENING = Vandaag.datum().minusDays(100);

    @Autowired
    MockMvc mvc;

    @Autowired
    MapBeheer map;

    ResultActions eindgesprek(String id, String extra) throws Exception {
        return mvc.perform(post("/api/v1/inburgeraars/" + id + "/map/eindgesprek")
                .with(CONSULENT)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"datum\": \"" + Vandaag.datum() + "\", \"voldoende\": true" + extra + "}"));
    }

    /** The provider reports attended MAP_PRAKTIJK hours on a deelname of the person. */
    void praktijkuren(String id, String... uren) throws Exception {
        LocalDate[] dagen = new LocalDate[uren.length];
        for (int i = 0; i < uren.length; i++) {
            dagen[i] = Vandaag.datum().minusDays(20 + i);
        }
        praktijkuren(id, dagen, uren);
    }

    /** As {@link #praktijkuren(String, String...)}, each line on its own day. */
    void praktijkuren(String id, LocalDate[] dagen, String... uren) throws Exception {
        String deelname = JsonPath.read(
                mvc.perform(post("/api/v1/inburgeraars/" + id + "/deelnames")
                                .with(CONSULENT)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("""
                                {"aanbiederId": "%s", "soort": "MAP", "startdatum": "%s"}""".formatted(PARTICIPATIEWERK, DAGTEKENING.plusDays(5))))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        StringBuilder regels = new StringBuilder();
        for (int i = 0; i < uren.length; i++) {
            regels.append(i == 0 ? "" : ", ").append("""
                    {"deelnameId": "%s", "datum": "%s", "soort": "MAP_PRAKTIJK", "uren": %s, "aanwezig": true}""".formatted(deelname, dagen[i], uren[i]));
        }
        mvc.perform(post("/api/v1/aanbieder/urenregistraties")
                        .with(httpBasic("aanbieder.participatie", "demo"))
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"regels\": [" + regels + "]}"))
                .andExpect(status().isCreated());
    }

    @Test
    void r6_4_anInsufficientEindgesprekKeepsTheMapOpenUntilASufficientOneClosesIt() throws Exception {
        String id = Testdossier.in(mvc)
                .persoonMetPip(Leerroute.B1_ROUTE, DAGTEKENING)
                .id();
        praktijkuren(id, "20.0", "20.0");
        mvc.perform(post("/api/v1/inburgeraars/" + id + "/map/eindgesprek")
                        .with(CONSULENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"datum\": \"" + Vandaag.datum() + "\", \"voldoende\": false}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eindgesprek.voldoende").value(false))
                .andExpect(jsonPath("$.datumEindgesprekMap").doesNotExist());
        werkvoorraad("MAP_TERMIJN")
                .andExpect(jsonPath("$.resultaten[?(@.inburgeraarId == '" + id + "')].regel")
                        .value("R6.4"));

        eindgesprek(id, "")
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$.datumEindgesprekMap").value(Vandaag.datum().toString()));
        eindgesprek(id, "").andExpect(status().isConflict());
        werkvoorraad("MAP_TERMIJN").andExpect(jsonPath("$.resultaten[*].inburgeraarId", not(hasItem(id))));
    }

    @Test
    void r6_3_refusesTheEindgesprekAt39Point5PracticalHoursAndAcceptsItAt40() throws Exception {
        String id = Testdossier.in(mvc)
                .persoonMetPip(Leerroute.B1_ROUTE, DAGTEKENING)
                .id();
        praktijkuren(id, "8.0", "8.0", "8.0", "8.0", "7.5");
        eindgesprek(id, "")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].code").value("R6.3"))
                .andExpect(jsonPath("$.invalidParams.length()").value(1));
        mvc.perform(get("/api/v1/inburgeraars/" + id + "/map").with(CONSULENT))
                .andExpect(jsonPath("$.praktijkuren").value(39.5))
                .andExpect(jsonPath("$.datumEindgesprekMap").doesNotExist());
        werkvoorraad("MAP_TERMIJN")
                .andExpect(jsonPath("$.resultaten[?(@.inburgeraarId == '" + id + "')].regel")
                        .value("R6.4"));

        praktijkuren(id, "0.5");
        eindgesprek(id, "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.praktijkuren").value(40.0))
                .andExpect(jsonPath("$.eindgesprek.voldoende").value(true))
                .andExpect(
                        jsonPath("$.datumEindgesprekMap").value(Vandaag.datum().toString()))
                .andExpect(jsonPath("$.verwijtbaar").doesNotExist());
        eindgesprek(id, "").andExpect(status().isConflict());
        werkvoorraad("MAP_TERMIJN").andExpect(jsonPath("$.resultaten[*].inburgeraarId", not(hasItem(id))));
    }

    /**
     * R6.3 (hours after a result do not count toward it): practical hours dated on the day of the eindgesprek
     * count toward it; the same hours dated the day after do not.
     */
    @Test
    void r6_3_practicalHoursOfTheDayOfTheEindgesprekCountButNotThoseOfTheDayAfter() throws Exception {
        String id = Testdossier.in(mvc)
                .persoonMetPip(Leerroute.B1_ROUTE, DAGTEKENING)
                .id();
        LocalDate dag = Vandaag.datum().minusDays(10);
        praktijkuren(
                id,
                new LocalDate[] {dag.minusDays(10), dag.minusDays(11), dag.minusDays(12), dag.minusDays(13), dag},
                "8.0",
                "8.0",
                "8.0",
                "8.0",
                "8.0");
        eindgesprekOp(id, dag.minusDays(1))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].code").value("R6.3"))
                .andExpect(jsonPath("$.invalidParams[0].reason").value(containsString("32")));
        eindgesprekOp(id, dag)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eindgesprek.voldoende").value(true));
    }

    ResultActions eindgesprekOp(String id, LocalDate datum) throws Exception {
        return mvc.perform(post("/api/v1/inburgeraars/" + id + "/map/eindgesprek")
                .with(CONSULENT)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"datum\": \"" + datum + "\", \"voldoende\": true}"));
    }

    /** The worklist's ids for a signal kind on a peildatum in the last six months of this termijn (R5.4, R6.4). */
    ResultActions werkvoorraad(String signaal) throws Exception {
        return mvc.perform(get("/api/v1/werkvoorraad")
                .with(CONSULENT)
                .param("signaal", signaal)
                .param(
                        "peildatum",
                        DAGTEKENING.plusDays(1).plusYears(3).minusMonths(1).toString())
                .param("paginaGrootte", "100"));
    }

    @Test
    void r6_1_refusesTheMapInTheOnderwijsroute() throws Exception {
        String id = Testdossier.in(mvc)
                .persoonMetPip(Leerroute.ONDERWIJSROUTE, DAGTEKENING)
                .id();
        praktijkuren(id, "20.0", "20.0");
        eindgesprek(id, "")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].code").value("R6.1"));
        mvc.perform(put("/api/v1/inburgeraars/" + id + "/map/themas/WERKCULTUUR")
                        .with(CONSULENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"AFGESPROKEN\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].code").value("R6.1"));
        werkvoorraad("MAP_TERMIJN").andExpect(jsonPath("$.resultaten[*].inburgeraarId", not(hasItem(id))));
        werkvoorraad("PVT_TERMIJN")
                .andExpect(jsonPath("$.resultaten[?(@.inburgeraarId == '" + id + "')].regel")
                        .value("R5.4"));
        mvc.perform(get("/api/v1/inburgeraars/" + id + "/map").with(CONSULENT))
                .andExpect(jsonPath("$.vanToepassing").value(false))
                .andExpect(jsonPath("$.leerroute").value("ONDERWIJSROUTE"));
    }

    @Test
    void r6_2_aThemeIsWaivedOnlyWithAReasonAndAttendedThemeSessionsCount() throws Exception {
        String id = Testdossier.in(mvc)
                .persoonMetPip(Leerroute.Z_ROUTE, DAGTEKENING)
                .id();
        mvc.perform(put("/api/v1/inburgeraars/" + id + "/map/themas/BEROEPENORIENTATIE")
                        .with(CONSULENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"VRIJGESTELD\", \"reden\": \" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].code").value("R6.2"));
        mvc.perform(put("/api/v1/inburgeraars/" + id + "/map/themas/BEROEPENORIENTATIE")
                        .with(CONSULENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"VRIJGESTELD\", \"reden\": \"Werkte tien jaar als loopbaanadviseur\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.themas.length()").value(8))
                .andExpect(jsonPath("$.themas[0].status").value("VRIJGESTELD"))
                .andExpect(jsonPath("$.themas[0].reden").value("Werkte tien jaar als loopbaanadviseur"));

        String groep = Groepen.groep(mvc, "MAP", List.of(id));
        Groepen.gevolgd(mvc, groep, "2.0", false, "WERKCULTUUR", List.of(id));
        mvc.perform(get("/api/v1/inburgeraars/" + id + "/map").with(CONSULENT))
                .andExpect(jsonPath("$.themas[?(@.thema == 'WERKCULTUUR')].bijgewoond")
                        .value(true))
                .andExpect(jsonPath("$.themas[?(@.thema == 'WERK_VINDEN')].bijgewoond")
                        .value(false));
        // A MAP session is not PVT: its hours do not count toward R5.2.
        mvc.perform(get("/api/v1/inburgeraars/" + id + "/pvt").with(CONSULENT))
                .andExpect(jsonPath("$.urenGevolgd").value(0));
    }

    @Test
    void d4_theCostIsComparedWithTheGemeentesBudgetPerParticipant() throws Exception {
        String id = Testdossier.in(mvc)
                .persoonMetPip(Leerroute.B1_ROUTE, DAGTEKENING)
                .id();
        mvc.perform(put("/api/v1/inburgeraars/" + id + "/map/kosten")
                        .with(CONSULENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"bedrag\": 149.50}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.budget").value(150.0))
                .andExpect(jsonPath("$.bovenBudget").value(false));
        mvc.perform(put("/api/v1/inburgeraars/" + id + "/map/kosten")
                        .with(CONSULENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"bedrag\": 150.01}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.bovenBudget").value(true));
    }

    @Test
    void theMapOfAPersonOfAnotherGemeenteIsNotFoundAndTheWorklistSeesOnlyItsOwn() throws Exception {
        String id = Testdossier.in(mvc)
                .persoonMetPip(Leerroute.B1_ROUTE, DAGTEKENING)
                .id();
        praktijkuren(id, "20.0", "20.0");
        mvc.perform(get("/api/v1/inburgeraars/" + id + "/map").with(STAPHORST)).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/inburgeraars/" + id + "/map/eindgesprek")
                        .with(STAPHORST)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"datum\": \"" + Vandaag.datum() + "\", \"voldoende\": true}"))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/inburgeraars/" + id + "/map/themas/WERKCULTUUR")
                        .with(STAPHORST)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"AFGESPROKEN\"}"))
                .andExpect(status().isNotFound());

        eindgesprek(id, "").andExpect(status().isOk());
        List<UUID> ids = List.of(UUID.fromString(id));
        assertThat(Tenant.alsGemeente(new Gemeentecode("0148"), () -> map.afgerond(ids)))
                .containsOnly(Map.entry(UUID.fromString(id), Vandaag.datum()));
        assertThat(Tenant.alsGemeente(new Gemeentecode("0180"), () -> map.afgerond(ids)))
                .isEmpty();
    }
}
