package nl.openinburgering.leerroute;

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

import nl.openinburgering.TestBsn;
import nl.openinburgering.Testdossier;
import nl.openinburgering.Testdossier.Aanbieder;
import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.platform.Verwerkingslog;
import nl.openinburgering.shared.Bsn;

import static nl.openinburgering.Testdossier.CONSULENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Exam results (R4.1) and progress reports: reported by the provider of the deelname, read by the gemeente. */
@SpringBootTest
@AutoConfigureMockMvc
class ResultatenApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    /** The owner's connection: it is exempt from row-level security, so the test sees every log line. */
    @Autowired
    @FlywayDataSource
    DataSource eigenaar;

    @Autowired
    Verwerkingslog verwerkingslog;

    ResultActions examen(RequestPostProcessor aanbieder, String deelname, String json) throws Exception {
        return mvc.perform(post("/api/v1/aanbieder/deelnames/" + deelname + "/examenresultaten")
                .with(aanbieder)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    ResultActions rapportage(RequestPostProcessor aanbieder, String deelname, String json) throws Exception {
        return mvc.perform(post("/api/v1/aanbieder/deelnames/" + deelname + "/voortgangsrapportages")
                .with(aanbieder)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    @Test
    void r4_1_theProviderReportsExamResultsForItsOwnDeelnameAndTheConsulentReadsThem() throws Exception {
        Testdossier.Persoon persoon =
                Testdossier.in(mvc).doelgroep(Doelgroep.ASIELSTATUSHOUDER).persoon();
        String id = persoon.id();
        String deelname = persoon.deelname(Aanbieder.TAALSCHOOL, "LEERROUTE").id();

        examen(Aanbieder.TAALSCHOOL.account(), deelname, """
                {"onderdeel": "LE", "niveau": "B1", "resultaat": "GESLAAGD", "datum": "2026-05-04"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.deelnameId").value(deelname));
        examen(Aanbieder.TAALSCHOOL.account(), deelname, """
                {"onderdeel": "KNM", "resultaat": "GEEN", "reden": "NIET_VERWIJTBAAR", "datum": "2026-05-11"}""").andExpect(status().isCreated());

        mvc.perform(get("/api/v1/inburgeraars/" + id + "/examenresultaten").with(CONSULENT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.resultaten", hasSize(2)))
                .andExpect(jsonPath("$.resultaten[0].onderdeel").value("KNM"))
                .andExpect(jsonPath("$.resultaten[0].reden").value("NIET_VERWIJTBAAR"))
                .andExpect(jsonPath("$.resultaten[1].niveau").value("B1"))
                .andExpect(jsonPath("$.resultaten[1].resultaat").value("GESLAAGD"));
    }

    @Test
    void r4_1_refusesAnExamWithoutAReasonForNoResultOrWithALevelForKnm() throws Exception {
        String deelname = Testdossier.in(mvc)
                .doelgroep(Doelgroep.ASIELSTATUSHOUDER)
                .persoon()
                .deelname(Aanbieder.TAALSCHOOL, "LEERROUTE")
                .id();
        examen(Aanbieder.TAALSCHOOL.account(), deelname, """
                {"onderdeel": "SP", "niveau": "A2", "resultaat": "GEEN", "datum": "2026-05-04"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("reden"))
                .andExpect(jsonPath("$.invalidParams[0].code").value("R4.1"));
        examen(Aanbieder.TAALSCHOOL.account(), deelname, """
                {"onderdeel": "KNM", "niveau": "A2", "resultaat": "GESLAAGD", "datum": "2026-05-04"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("niveau"));
    }

    /** Provider isolation: another provider's deelname (or an unknown one) does not exist for it. */
    @Test
    void aProviderCannotReportForAnotherProvidersDeelnameNorReadTheGemeentesView() throws Exception {
        Testdossier.Persoon persoon =
                Testdossier.in(mvc).doelgroep(Doelgroep.ASIELSTATUSHOUDER).persoon();
        String id = persoon.id();
        String deelname = persoon.deelname(Aanbieder.TAALSCHOOL, "LEERROUTE").id();
        String goed = """
                {"onderdeel": "LU", "niveau": "A2", "resultaat": "GEZAKT", "datum": "2026-05-04"}""";

        examen(Aanbieder.PARTICIPATIEBEDRIJF.account(), deelname, goed).andExpect(status().isNotFound());
        examen(Aanbieder.TAALSCHOOL.account(), UUID.randomUUID().toString(), goed)
                .andExpect(status().isNotFound());
        rapportage(
                        Aanbieder.PARTICIPATIEBEDRIJF.account(),
                        deelname,
                        "{\"datum\": \"2026-05-04\", \"opmerkingen\": \"x\"}")
                .andExpect(status().isNotFound());
        examen(CONSULENT, deelname, goed).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/inburgeraars/" + id + "/examenresultaten").with(Aanbieder.TAALSCHOOL.account()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/inburgeraars/" + id + "/examenresultaten").with(CONSULENT))
                .andExpect(jsonPath("$.resultaten", hasSize(0)));
    }

    /** The provider's report is logged under the person's own gemeente, as is the consulent's read. */
    @Test
    void everyReportAndReadIsLoggedUnderThePersonsGemeente() throws Exception {
        String bsn = TestBsn.nieuw();
        Testdossier.Persoon persoon = Testdossier.in(mvc)
                .doelgroep(Doelgroep.ASIELSTATUSHOUDER)
                .bsn(bsn)
                .persoon();
        String id = persoon.id();
        String deelname = persoon.deelname(Aanbieder.TAALSCHOOL, "LEERROUTE").id();
        examen(Aanbieder.TAALSCHOOL.account(), deelname, """
                {"onderdeel": "LE", "niveau": "A2", "resultaat": "GESLAAGD", "datum": "2026-05-04"}""").andExpect(status().isCreated());
        mvc.perform(get("/api/v1/inburgeraars/" + id + "/examenresultaten").with(CONSULENT))
                .andExpect(status().isOk());

        List<String> regels = JdbcClient.create(eigenaar)
                .sql("""
                select activiteit || ' ' || rol || ' ' || gemeentecode from verwerking
                where betrokkene = ? and activiteit in ('LEERRESULTATEN_VASTLEGGEN', 'LEERROUTE_RAADPLEGEN') order by id""")
                .param(verwerkingslog.pseudoniem(new Bsn(bsn)))
                .query(String.class)
                .list();
        assertThat(regels)
                .containsExactly("LEERRESULTATEN_VASTLEGGEN AANBIEDER 0148", "LEERROUTE_RAADPLEGEN CONSULENT 0148");
    }

    @Test
    void theProviderReportsProgressPerSkillWithTheMentorsRemarks() throws Exception {
        Testdossier.Persoon persoon = Testdossier.in(mvc)
                .doelgroep(Doelgroep.GEZINSMIGRANT_OF_OVERIGE_MIGRANT)
                .persoon();
        String id = persoon.id();
        String deelname =
                persoon.deelname(Aanbieder.TAALSCHOOL, "LEERROUTE_ZELFBETAALD").id();

        rapportage(Aanbieder.TAALSCHOOL.account(), deelname, """
                {"datum": "2026-04-01", "geschatNiveau": {"lezen": "A2", "luisteren": "B1", "spreken": "A1"},
                 "opmerkingen": "Spreekt nog weinig in de les."}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.geschatNiveau.luisteren").value("B1"));
        rapportage(Aanbieder.TAALSCHOOL.account(), deelname, "{\"datum\": \"2026-04-01\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("opmerkingen"));

        mvc.perform(get("/api/v1/inburgeraars/" + id + "/voortgangsrapportages").with(CONSULENT))
                .andExpect(jsonPath("$.resultaten", hasSize(1)))
                .andExpect(jsonPath("$.resultaten[0].geschatNiveau.lezen").value("A2"))
                .andExpect(jsonPath("$.resultaten[0].geschatNiveau.schrijven").doesNotExist())
                .andExpect(jsonPath("$.resultaten[0].opmerkingen").value("Spreekt nog weinig in de les."));
        mvc.perform(get("/api/v1/inburgeraars/" + id + "/voortgangsrapportages")
                        .with(httpBasic("consulent.staphorst", "demo")))
                .andExpect(status().isNotFound());
    }
}
