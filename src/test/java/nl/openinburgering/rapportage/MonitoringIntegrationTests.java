package nl.openinburgering.rapportage;

import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * R10.8, issue 17 point 4: the monitoring set names persons only by HMAC-SHA256 of the BSN under the gemeente's own
 * secret, carries the documented columns, is logged per person; the cohort monitoring puts each person of a cohort
 * in exactly one stage. Hand-built data in a gemeente of its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitoringIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EmbeddedPostgres postgres;

    Halfjaardataset d;
    Halfjaardataset ander;
    String bsnSchakelaar;
    UUID schakelaar;

    /*
     * Cohort 2025 (plicht started in 2025): S (schakelt B1 -> Z, intake MBO/haalbaar, exams LE passed and SP failed,
     * outflow WERK 2025-09-01), R (registered only), I (intake only), P (a PIP, in route), Z (Z-route completed),
     * C (closed). Cohort 2024: one person with a PIP. The same BSN as S also lives in another gemeente.
     */
    @BeforeAll
    void zaai() throws Exception {
        d = new Halfjaardataset(postgres);
        ander = new Halfjaardataset(postgres);
        schakelaar = d.persoon("ASIELSTATUSHOUDER", of(2025, 2, 1), of(2025, 2, 1), of(2025, 2, 1));
        d.intake(schakelaar, "MBO", "B1_ROUTE_HAALBAAR");
        d.pip(schakelaar, "VERVANGEN", "B1_ROUTE", "B1", of(2025, 3, 1));
        d.pip(schakelaar, "VASTGESTELD", "Z_ROUTE", null, of(2025, 8, 1));
        d.examen(schakelaar, "LE", "GESLAAGD", of(2025, 6, 1));
        d.examen(schakelaar, "SP", "GEZAKT", of(2025, 6, 1));
        d.uitstroom(schakelaar, "WERK", of(2025, 9, 1));
        bsnSchakelaar = d.bsn(schakelaar);
        d.persoon("GEZINSMIGRANT_OF_OVERIGE_MIGRANT", of(2025, 3, 1), null, null);
        UUID intake = d.persoon("ASIELSTATUSHOUDER", of(2025, 4, 1), null, null);
        d.intake(intake, "HBO_WO", "ONBEKEND");
        UUID route = d.persoon("ASIELSTATUSHOUDER", of(2025, 5, 1), null, null);
        d.pip(route, "VASTGESTELD", "ONDERWIJSROUTE", "B1", of(2025, 7, 1));
        UUID klaar = d.persoon("ASIELSTATUSHOUDER", of(2025, 6, 1), null, null);
        d.pip(klaar, "VASTGESTELD", "Z_ROUTE", null, of(2025, 7, 1));
        d.zroute(klaar, of(2025, 12, 1));
        UUID dicht = d.persoon("ASIELSTATUSHOUDER", of(2025, 7, 1), null, null);
        d.sluit(dicht);
        UUID oud = d.persoon("ASIELSTATUSHOUDER", of(2024, 7, 1), null, null);
        d.pip(oud, "VASTGESTELD", "B1_ROUTE", "B1", of(2024, 9, 1));
        UUID zelfde = ander.persoon("ASIELSTATUSHOUDER", of(2025, 2, 1), null, null);
        ander.update("update inburgeraar set bsn = ? where id = ?", bsnSchakelaar, zelfde);
    }

    RequestPostProcessor beleid(String gemeente) {
        return user("beleid." + gemeente)
                .authorities(
                        new SimpleGrantedAuthority("ROLE_BELEIDSMEDEWERKER"),
                        new SimpleGrantedAuthority("GEMEENTE_" + gemeente));
    }

    String csv(String gemeente, int cohort) throws Exception {
        var antwoord = mvc.perform(get("/rapportages/monitoringset.csv")
                        .param("cohort", "" + cohort)
                        .with(beleid(gemeente)))
                .andReturn()
                .getResponse();
        assertThat(antwoord.getStatus())
                .as(antwoord.getErrorMessage() + " " + antwoord.getContentAsString())
                .isEqualTo(200);
        return antwoord.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void r10_8_theSetNamesAPersonByTheKeyedHashOfTheGemeenteAndNeverByBsn() throws Exception {
        long voor = Long.parseLong(d.waarde(
                "select count(*) from verwerking where gemeentecode = ? and activiteit = 'MONITORINGSET_AANLEVEREN'",
                d.gemeente));
        String set = csv(d.gemeente, 2025);
        String[] regels = set.split("\r\n");
        assertThat(regels[0]).isEqualTo(String.join(";", Monitoring.KOLOMMEN));
        assertThat(regels).hasSize(1 + 6);
        assertThat(set).doesNotContain(bsnSchakelaar).doesNotContain("Proef");
        String pseudoniem = Monitoring.pseudoniem(d.sleutel(), bsnSchakelaar);
        assertThat(pseudoniem).hasSize(64);
        String regel = java.util.Arrays.stream(regels)
                .filter(r -> r.startsWith(pseudoniem + ";"))
                .findFirst()
                .orElseThrow();
        assertThat(regel.split(";", -1))
                .containsExactly(
                        pseudoniem,
                        "ASIELSTATUSHOUDER",
                        "2025-02-01",
                        "2025-02-01",
                        "MBO",
                        "B1_ROUTE_HAALBAAR",
                        "2025-02-01",
                        "2025-03-01",
                        "B1_ROUTE",
                        "Z_ROUTE",
                        "",
                        "1",
                        "N",
                        "",
                        "",
                        "",
                        "",
                        "1",
                        "1",
                        "WERK",
                        "2025-09-01",
                        "J");
        String andereSet = csv(ander.gemeente, 2025);
        assertThat(andereSet)
                .as("the same BSN in another gemeente gets another pseudonym")
                .doesNotContain(pseudoniem)
                .contains(Monitoring.pseudoniem(ander.sleutel(), bsnSchakelaar));
        long na = Long.parseLong(d.waarde(
                "select count(*) from verwerking where gemeentecode = ? and activiteit = 'MONITORINGSET_AANLEVEREN'",
                d.gemeente));
        assertThat(na - voor).isEqualTo(6);
    }

    @Test
    void r10_8_theCohortMonitoringPutsEachPersonInOneStage() throws Exception {
        String html = mvc.perform(get("/rapportages/monitoring").with(beleid(d.gemeente)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String tabel = html.substring(html.indexOf("id=\"tabel-cohorten\""));
        // 2025: 6 persons = 1 registered (R) + 1 intake (I) + 2 in route (S, P) + 1 completed (Z) + 1 closed (C)
        assertThat(tabel.replaceAll("\\s+", " "))
                .containsPattern("2025</th>(?: <td[^>]*>)6</td> <td[^>]*>1</td> <td[^>]*>1</td> <td[^>]*>2</td>"
                        + " <td[^>]*>1</td> <td[^>]*>1</td>")
                .containsPattern("2024</th>(?: <td[^>]*>)1</td> <td[^>]*>0</td> <td[^>]*>0</td> <td[^>]*>1</td>");
    }

    @Test
    void r10_8_aCohortBeforeTheLawIsRefused() throws Exception {
        mvc.perform(get("/rapportages/monitoringset.csv")
                        .param("cohort", "2019")
                        .with(beleid(d.gemeente)))
                .andExpect(status().isBadRequest());
    }
}
