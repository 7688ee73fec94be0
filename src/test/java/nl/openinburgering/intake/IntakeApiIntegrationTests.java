package nl.openinburgering.intake;

import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import nl.openinburgering.TestBsn;
import nl.openinburgering.platform.Verwerkingslog;
import nl.openinburgering.shared.Bsn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class IntakeApiIntegrationTests {

    static final RequestPostProcessor CONSULENT = httpBasic("consulent.dalfsen", "demo");
    static final RequestPostProcessor TEAMLEIDER = httpBasic("teamleider.dalfsen", "demo");
    static final RequestPostProcessor STAPHORST = httpBasic("consulent.staphorst", "demo");

    @Autowired
    MockMvc mvc;

    /** The owner's connection: it is exempt from row-level security, so the test sees every log line. */
    @Autowired
    @FlywayDataSource
    DataSource eigenaar;

    @Autowired
    Verwerkingslog verwerkingslog;

    String bsn;

    /** Registered before housing (R12.4): no settlement date yet. */
    String inburgeraar(String geboortedatum) throws Exception {
        bsn = TestBsn.nieuw();
        String antwoord = mvc.perform(post("/api/v1/inburgeraars")
                        .with(CONSULENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"bsn": "%s", "voornamen": "Amina", "geslachtsnaam": "Haddad", "geboortedatum": "%s",
                                 "doelgroep": "ASIELSTATUSHOUDER", "datumStartInburgeringsplicht": "2026-01-12"}""".formatted(bsn, geboortedatum)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(antwoord, "$.id");
    }

    ResultActions zet(String id, String pad, String json, RequestPostProcessor wie) throws Exception {
        return mvc.perform(put("/api/v1/inburgeraars/" + id + pad)
                .with(wie)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    ResultActions voegToe(String id, String pad, String json) throws Exception {
        return mvc.perform(post("/api/v1/inburgeraars/" + id + pad)
                .with(CONSULENT)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    @Test
    void aConsulentCompletesHandoverAndIntakeAndChoosesTheAdvisedRoute() throws Exception {
        String id = inburgeraar("2004-05-17");
        mvc.perform(get("/api/v1/inburgeraars/" + id + "/overdracht").with(TEAMLEIDER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.versie").value(0))
                .andExpect(jsonPath("$.vestigingOntbreekt").value(true));
        zet(id, "/overdracht", """
                {"koppelingsdatum": "2026-01-05", "azcLocatie": "azc Zwolle", "coaContactpersoon": "J. de Vries",
                 "coaTelefoon": "088 715 7000", "coaEmail": "j.devries@coa.nl", "scenario": "SNELLE_START", "versie": 0}""", CONSULENT)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scenario").value("SNELLE_START"))
                .andExpect(jsonPath("$.versie").value(1));
        voegToe(id, "/intake/gesprekken", """
                {"soort": "INTAKEGESPREK", "datum": "2026-01-20", "deelnemers": "inburgeraar, consulent",
                 "tolk": true, "tolkTaal": "Tigrinya"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.tolkTaal").value("Tigrinya"));
        mvc.perform(get("/api/v1/inburgeraars/" + id + "/intake/gesprekken").with(CONSULENT))
                .andExpect(jsonPath("$.resultaten", hasSize(1)));
        String bevindingen = mvc.perform(get("/api/v1/inburgeraars/" + id + "/intake/bevindingen")
                        .with(CONSULENT))
                .andReturn()
                .getResponse()
                .getContentAsString();
        int versie = JsonPath.read(bevindingen, "$.versie");
        zet(id, "/intake/bevindingen", """
                {"onderwijs": "Middelbare school afgemaakt", "opleidingsniveau": "VO", "werkervaring": "Kapper",
                 "gezondheid": "Goed", "persoonlijkeOmstandigheden": "Alleenstaand", "hoofddoel": "ONDERWIJS",
                 "versie": %d}""".formatted(versie), CONSULENT)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hoofddoel").value("ONDERWIJS"));
        zet(id, "/intake/leerbaarheidstoets", """
                {"aanmeldingsdatum": "2026-02-01", "resultaat": "B1_ROUTE_HAALBAAR", "behaaldeScore": 999.99,
                 "benodigdeScore": 450.5, "versie": %d}""".formatted(versie + 1), CONSULENT)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.behaaldeScore").value(999.99));
        mvc.perform(get("/api/v1/inburgeraars/" + id + "/intake/routeadvies").with(TEAMLEIDER))
                .andExpect(jsonPath("$.leerroute").value("ONDERWIJSROUTE"));
        zet(id, "/intake/routekeuze", """
                {"leerroute": "ONDERWIJSROUTE", "versie": %d}""".formatted(versie + 2), CONSULENT)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.leerroute").value("ONDERWIJSROUTE"));
        mvc.perform(get("/api/v1/inburgeraars/" + id + "/intake/routekeuze").with(CONSULENT))
                .andExpect(jsonPath("$.leerroute").value("ONDERWIJSROUTE"));
    }

    @Test
    void r2_4_aZRouteAgainstAFeasibleLbtWithoutReasonIs400WithKeuzeReden() throws Exception {
        String id = inburgeraar("1990-01-01");
        zet(id, "/intake/leerbaarheidstoets", """
                {"resultaat": "B1_ROUTE_HAALBAAR", "versie": 0}""", CONSULENT).andExpect(status().isOk());
        zet(id, "/intake/routekeuze", """
                {"leerroute": "Z_ROUTE", "versie": 1}""", CONSULENT)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].code", hasItem("keuze.reden")));
        zet(id, "/intake/routekeuze", """
                {"leerroute": "Z_ROUTE", "reden": "Ernstige traumaklachten", "versie": 1}""", CONSULENT).andExpect(status().isOk());
    }

    @Test
    void r2_4_aScoreOf1000AndR1_10AnExemptionWithAResultAre400() throws Exception {
        String id = inburgeraar("1990-01-01");
        zet(id, "/intake/leerbaarheidstoets", """
                {"resultaat": "B1_ROUTE_HAALBAAR", "behaaldeScore": 1000, "versie": 0}""", CONSULENT)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("behaaldeScore"))
                .andExpect(jsonPath("$.invalidParams[0].code").value("R2.4"));
        zet(id, "/intake/leerbaarheidstoets", """
                {"resultaat": "ONBEKEND", "ontheffing": "VISUELE_BEPERKING", "ontheffingReden": "Blind", "versie": 0}""", CONSULENT)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].code").value("R1.10"));
        zet(id, "/intake/leerbaarheidstoets", """
                {"ontheffing": "VISUELE_BEPERKING", "ontheffingReden": "Blind", "versie": 0}""", CONSULENT).andExpect(status().isOk());
        mvc.perform(get("/api/v1/inburgeraars/" + id + "/intake/routeadvies").with(CONSULENT))
                .andExpect(jsonPath("$.leerroute").doesNotExist())
                .andExpect(jsonPath("$.redenen[0]").value(org.hamcrest.Matchers.containsString("R1.10")));
    }

    @Test
    void aMissingVersionIs400AndAStaleVersionIs409() throws Exception {
        String id = inburgeraar("1990-01-01");
        zet(id, "/intake/bevindingen", "{\"hoofddoel\": \"WERK\"}", CONSULENT)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("versie"));
        zet(id, "/intake/bevindingen", "{\"hoofddoel\": \"WERK\", \"versie\": 0}", CONSULENT)
                .andExpect(status().isOk());
        zet(id, "/intake/bevindingen", "{\"hoofddoel\": \"PARTICIPATIE\", \"versie\": 0}", CONSULENT)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("versie.verouderd"));
    }

    @Test
    void aStaphorstConsulentDoesNotFindADalfsenPerson() throws Exception {
        String id = inburgeraar("1990-01-01");
        mvc.perform(get("/api/v1/inburgeraars/" + id + "/overdracht").with(STAPHORST))
                .andExpect(status().isNotFound());
        zet(id, "/overdracht", "{\"azcLocatie\": \"azc Zwolle\", \"versie\": 0}", STAPHORST)
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/inburgeraars/" + UUID.randomUUID() + "/intake/routeadvies")
                        .with(CONSULENT))
                .andExpect(status().isNotFound());
    }

    @Test
    void aTeamleiderReadsButDoesNotWrite() throws Exception {
        String id = inburgeraar("1990-01-01");
        zet(id, "/intake/routekeuze", "{\"leerroute\": \"B1_ROUTE\", \"versie\": 0}", TEAMLEIDER)
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/inburgeraars/" + id + "/intake/niet-verschenen")
                        .with(TEAMLEIDER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/inburgeraars/" + id + "/intake/bevindingen").with(TEAMLEIDER))
                .andExpect(status().isOk());
    }

    @Test
    void aNonAppearanceIsRecordedAndEveryChangeAndReadIsLogged() throws Exception {
        String id = inburgeraar("1990-01-01");
        voegToe(id, "/intake/niet-verschenen", """
                {"datum": "2026-02-03", "afspraak": "LEERBAARHEIDSTOETS", "geldigeReden": true}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("toelichting"));
        voegToe(id, "/intake/niet-verschenen", """
                {"datum": "2026-02-03", "afspraak": "LEERBAARHEIDSTOETS", "geldigeReden": false}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.geldigeReden").value(false));
        mvc.perform(get("/api/v1/inburgeraars/" + id + "/intake/niet-verschenen")
                        .with(CONSULENT))
                .andExpect(jsonPath("$.resultaten", hasSize(1)));
        List<String> activiteiten = JdbcClient.create(eigenaar)
                .sql("select activiteit from verwerking where betrokkene = ? and activiteit like 'INTAKE%' order by id")
                .param(verwerkingslog.pseudoniem(new Bsn(bsn)))
                .query(String.class)
                .list();
        assertThat(activiteiten).containsExactly("INTAKE_VASTLEGGEN", "INTAKE_RAADPLEGEN");
    }
}
