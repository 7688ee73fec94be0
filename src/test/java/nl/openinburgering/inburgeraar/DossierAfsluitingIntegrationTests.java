package nl.openinburgering.inburgeraar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import nl.openinburgering.Testdossier;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.rapportage.RapportageBeheer;
import nl.openinburgering.shared.Gemeentecode;
import nl.openinburgering.shared.Leerroute;

import static nl.openinburgering.Testdossier.CONSULENT;
import static nl.openinburgering.Testdossier.TEAMLEIDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** R1.11: closing a file with a reason and reopening it, through the API, against the real database. */
@SpringBootTest
@AutoConfigureMockMvc
class DossierAfsluitingIntegrationTests {

    static final RequestPostProcessor BELEID_DALFSEN = httpBasic("beleid.dalfsen", "demo");

    @Autowired
    RapportageBeheer rapportage;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    /**
     * R1.11: a closed file's signals stop and it leaves the worklist and the list of inburgeraars; it stays
     * readable; reopening with a reason brings it back.
     */
    @Test
    void r1_11_aClosedFileLeavesTheWorklistAndReopeningBringsItBack() throws Exception {
        String id = Testdossier.in(mvc)
                .plichtVanaf(LocalDate.of(2026, 1, 5))
                .gevestigd(LocalDate.of(2026, 1, 12))
                .persoon()
                .id();
        assertThat(pipTermijnSignalen()).contains(id);

        String afgesloten = mvc.perform(post("/api/v1/inburgeraars/" + id + "/afsluiting")
                        .with(CONSULENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"reden": "VERTROKKEN_UIT_NEDERLAND", "datum": "2026-03-01",
                                 "toelichting": "Emigratie volgens de BRP", "versie": 0}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.actief").value(false))
                .andExpect(jsonPath("$.afsluiting.afsluitreden").value("VERTROKKEN_UIT_NEDERLAND"))
                .andExpect(jsonPath("$.afsluiting.datum").value("2026-03-01"))
                .andExpect(jsonPath("$.afsluiting.door").value("consulent.dalfsen"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(pipTermijnSignalen()).doesNotContain(id);
        mvc.perform(get("/api/v1/inburgeraars").with(TEAMLEIDER).param("paginaGrootte", "100"))
                .andExpect(jsonPath("$.resultaten[*].id", not(hasItem(id))));
        mvc.perform(get("/api/v1/inburgeraars/" + id).with(CONSULENT)).andExpect(status().isOk());
        // closing twice is refused
        mvc.perform(post("/api/v1/inburgeraars/" + id + "/afsluiting")
                        .with(CONSULENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"reden": "OVERLEDEN", "datum": "2026-03-02", "toelichting": "x", "versie": %d}""".formatted(((Number) JsonPath.read(afgesloten, "$.versie")).longValue())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].code").value("R1.11"));

        mvc.perform(post("/api/v1/inburgeraars/" + id + "/heropening")
                        .with(TEAMLEIDER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"toelichting\": \"\", \"versie\": 1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("toelichting"));
        mvc.perform(post("/api/v1/inburgeraars/" + id + "/heropening")
                        .with(TEAMLEIDER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"toelichting\": \"Toch niet vertrokken\", \"versie\": 1}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.actief").value(true))
                .andExpect(jsonPath("$.afsluitingen.length()").value(2));
        assertThat(pipTermijnSignalen()).contains(id);
    }

    /** R1.11: a closing without reason and date is refused per field, in Dutch, and changes nothing. */
    @Test
    void r1_11_aClosingWithoutReasonOrDateIsRefusedPerField() throws Exception {
        String id = Testdossier.in(mvc).persoon().id();
        mvc.perform(post("/api/v1/inburgeraars/" + id + "/afsluiting")
                        .with(CONSULENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"toelichting\": \"x\", \"versie\": 0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name", hasItem("reden")))
                .andExpect(jsonPath("$.invalidParams[*].name", hasItem("datum")));
        mvc.perform(get("/api/v1/inburgeraars/" + id).with(CONSULENT))
                .andExpect(jsonPath("$.actief").value(true));
    }

    /**
     * R1.11 with R3.12: every report counts a person once: a file closed because the plicht was met stays in its
     * cohort, a file closed because the person moved away leaves it (the new gemeente counts them).
     */
    @Test
    void r1_11_aClosedFileIsCountedOnceAndAMovedPersonOnlyByTheNewGemeente() throws Exception {
        int cohort = 2024;
        String voldaan = Testdossier.in(mvc)
                .persoonMetPip(Leerroute.B1_ROUTE, LocalDate.of(2024, 3, 1))
                .id();
        String verhuisd = Testdossier.in(mvc)
                .persoonMetPip(Leerroute.B1_ROUTE, LocalDate.of(2024, 3, 1))
                .id();
        long landelijk = personen(cohort, "LANDELIJK");
        long gemeente = personen(cohort, "GEMEENTE");

        sluitAf(voldaan, "PLICHT_VOLDAAN");
        assertThat(personen(cohort, "LANDELIJK")).isEqualTo(landelijk);
        assertThat(personen(cohort, "GEMEENTE")).isEqualTo(gemeente);

        sluitAf(verhuisd, "VERHUISD");
        assertThat(personen(cohort, "LANDELIJK")).isEqualTo(landelijk - 1);
        assertThat(personen(cohort, "GEMEENTE")).isEqualTo(gemeente - 1);
    }

    private void sluitAf(String id, String reden) throws Exception {
        long versie = ((Number) JsonPath.read(
                        mvc.perform(get("/api/v1/inburgeraars/" + id).with(CONSULENT))
                                .andReturn()
                                .getResponse()
                                .getContentAsString(),
                        "$.versie"))
                .longValue();
        mvc.perform(post("/api/v1/inburgeraars/" + id + "/afsluiting")
                        .with(CONSULENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"reden": "%s", "datum": "2026-01-15", "toelichting": "Test", "versie": %d}""".formatted(reden, versie)))
                .andExpect(status().isOk());
    }

    private long personen(int jaar, String niveau) throws Exception {
        if (niveau.equals("LANDELIJK")) {
            // The national report is the day's stand (ADR 0014), shown with small cells suppressed; recompute it,
            // as an operator can, and read its unsuppressed totals, which is what the count-once rule is about.
            Tenant.alsGemeente(new Gemeentecode("0148"), rapportage::vernieuwLandelijk);
            return jdbc.sql("select coalesce(sum(personen), 0) from rapportage_stand_landelijk where jaar = ?")
                    .param(jaar)
                    .query(Long.class)
                    .single();
        }
        String json = mvc.perform(get("/api/v1/rapportages/uren-per-cohort")
                        .param("niveau", niveau)
                        .with(BELEID_DALFSEN))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Map<String, Object>> cohorten = JsonPath.read(json, "$.cohorten");
        return cohorten.stream()
                .filter(c -> Integer.valueOf(jaar).equals(c.get("jaar")))
                .mapToLong(c -> ((Number) c.get("aantalInburgeraars")).longValue())
                .sum();
    }

    /** Every page of the teamleider's PIP_TERMIJN worklist: the shared database holds more than one page. */
    private List<String> pipTermijnSignalen() throws Exception {
        List<String> ids = new java.util.ArrayList<>();
        int aantalPaginas = 1;
        for (int pagina = 1; pagina <= aantalPaginas; pagina++) {
            String json = mvc.perform(get("/api/v1/werkvoorraad")
                            .with(TEAMLEIDER)
                            .param("signaal", "PIP_TERMIJN")
                            .param("peildatum", "2026-03-20")
                            .param("pagina", String.valueOf(pagina))
                            .param("paginaGrootte", "100"))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            ids.addAll(JsonPath.<List<String>>read(json, "$.resultaten[*].inburgeraarId"));
            aantalPaginas = JsonPath.read(json, "$.aantalPaginas");
        }
        return ids;
    }
}
