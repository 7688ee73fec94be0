package nl.openinburgering.platform;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import nl.openinburgering.TestBsn;
import nl.openinburgering.Testdossier;
import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.shared.Bsn;
import nl.openinburgering.shared.Gemeentecode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class VerwerkingslogIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactie;

    @Autowired
    Verwerkingslog verwerkingslog;

    @Autowired
    @FlywayDataSource
    DataSource eigenaar;

    private String registreer(String bsn) throws Exception {
        return Testdossier.in(mvc)
                .bsn(bsn)
                .naam("Yonas", "Tesfaye")
                .geboren(LocalDate.of(1990, 1, 1))
                .doelgroep(Doelgroep.GEZINSMIGRANT_OF_OVERIGE_MIGRANT)
                .plichtVanaf(LocalDate.of(2026, 1, 12))
                .persoon()
                .id();
    }

    private List<Map<String, Object>> regels(String bsn) {
        String pseudoniem = verwerkingslog.pseudoniem(new Bsn(bsn));
        return Tenant.alsGemeente(
                new Gemeentecode("0148"),
                () -> transactie.execute(status -> jdbc.sql("select * from verwerking where betrokkene = ? order by id")
                        .param(pseudoniem)
                        .query()
                        .listOfRows()));
    }

    @Test
    void openingADetailWritesExactlyOneLogLine() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = registreer(bsn);
        int voor = regels(bsn).size();

        mvc.perform(get("/api/v1/inburgeraars/" + id).with(httpBasic("consulent2.dalfsen", "demo")))
                .andExpect(status().isOk());

        List<Map<String, Object>> na = regels(bsn);
        assertThat(na).hasSize(voor + 1);
        Map<String, Object> regel = na.getLast();
        assertThat(regel)
                .containsEntry("gebruiker", "consulent2.dalfsen")
                .containsEntry("rol", "CONSULENT")
                .containsEntry("gemeentecode", "0148")
                .containsEntry("activiteit", "DOSSIER_RAADPLEGEN")
                .containsEntry("handeling", "LEZEN")
                .containsEntry("uitkomst", "GELUKT");
        assertThat((String) regel.get("trace_id")).matches("[0-9a-f]{32}");
    }

    @Test
    void registeringLogsTheCreationUnderAPseudonymNotTheBsn() throws Exception {
        String bsn = TestBsn.nieuw();
        registreer(bsn);

        List<Map<String, Object>> regels = regels(bsn);
        assertThat(regels).singleElement().satisfies(regel -> {
            assertThat(regel)
                    .containsEntry("handeling", "AANMAKEN")
                    .containsEntry("activiteit", "INBURGERAAR_REGISTREREN");
            assertThat((String) regel.get("betrokkene")).hasSize(64).doesNotContain(bsn);
        });
    }

    @Test
    void takesTheTraceIdFromAnIncomingTraceparent() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = registreer(bsn);
        mvc.perform(get("/api/v1/inburgeraars/" + id)
                .with(httpBasic("consulent.dalfsen", "demo"))
                .header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"));

        assertThat(regels(bsn).getLast()).containsEntry("trace_id", "4bf92f3577b34da6a3ce929d0e0e4736");
    }

    @Test
    void theDatabaseRefusesUpdateAndDeleteOnTheLog() throws Exception {
        String bsn = TestBsn.nieuw();
        registreer(bsn);
        String pseudoniem = verwerkingslog.pseudoniem(new Bsn(bsn));

        assertThatThrownBy(() -> Tenant.alsGemeente(
                        new Gemeentecode("0148"),
                        () -> transactie.execute(
                                status -> jdbc.sql("update verwerking set gebruiker = 'iemand' where betrokkene = ?")
                                        .param(pseudoniem)
                                        .update())))
                .hasMessageContaining("verwerking");
        assertThatThrownBy(() -> Tenant.alsGemeente(
                        new Gemeentecode("0148"),
                        () -> transactie.execute(status -> jdbc.sql("delete from verwerking where betrokkene = ?")
                                .param(pseudoniem)
                                .update())))
                .hasMessageContaining("verwerking");
        assertThat(regels(bsn))
                .hasSize(1)
                .first()
                .satisfies(r -> assertThat(r).containsEntry("gebruiker", "consulent.dalfsen"));
    }

    /** Not only the app role's missing grants: the table itself refuses, even to its owner. */
    @Test
    void evenTheOwnerOfTheTableCannotChangeOrRemoveALogLine() throws Exception {
        String bsn = TestBsn.nieuw();
        registreer(bsn);
        JdbcClient alsEigenaar = JdbcClient.create(eigenaar);
        String pseudoniem = verwerkingslog.pseudoniem(new Bsn(bsn));

        assertThatThrownBy(() -> alsEigenaar
                        .sql("update verwerking set gebruiker = 'iemand' where betrokkene = ?")
                        .param(pseudoniem)
                        .update())
                .hasMessageContaining("onveranderlijk");
        assertThatThrownBy(() -> alsEigenaar
                        .sql("delete from verwerking where betrokkene = ?")
                        .param(pseudoniem)
                        .update())
                .hasMessageContaining("onveranderlijk");
        assertThatThrownBy(() -> alsEigenaar.sql("truncate verwerking").update())
                .hasMessageContaining("onveranderlijk");
        assertThat(alsEigenaar
                        .sql("select count(*) from verwerking where betrokkene = ?")
                        .param(pseudoniem)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aSearchLogsOneLinePerPersonFound() throws Exception {
        String bsn = TestBsn.nieuw();
        registreer(bsn);
        mvc.perform(post("/api/v1/inburgeraars/_zoek")
                        .with(httpBasic("consulent.dalfsen", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"bsn\": \"" + bsn + "\"}"))
                .andExpect(status().isOk());

        assertThat(regels(bsn))
                .extracting(r -> r.get("activiteit"))
                .containsExactly("INBURGERAAR_REGISTREREN", "INBURGERAAR_ZOEKEN");
    }

    @Test
    void correctingABsnLogsTheChangeForTheOldAndTheNewNumber() throws Exception {
        String oud = TestBsn.nieuw();
        String nieuw = TestBsn.nieuw();
        String id = registreer(oud);

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                                "/api/v1/inburgeraars/" + id)
                        .with(httpBasic("consulent.dalfsen", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"versie": 0, "bsn": "%s", "voornamen": "Yonas", "geslachtsnaam": "Tesfaye", "geboortedatum": "1990-01-01",
                                 "doelgroep": "GEZINSMIGRANT_OF_OVERIGE_MIGRANT", "datumStartInburgeringsplicht": "2026-01-12"}""".formatted(nieuw)))
                .andExpect(status().isOk());

        assertThat(regels(oud)).extracting(r -> r.get("handeling")).containsExactly("AANMAKEN", "WIJZIGEN");
        assertThat(regels(nieuw)).extracting(r -> r.get("handeling")).containsExactly("WIJZIGEN");
    }
}
