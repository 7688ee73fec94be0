package nl.openinburgering.nationaal;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import nl.openinburgering.nationaal.Bevolking.Fase;
import nl.openinburgering.nationaal.LoadDriver.Resultaat;
import nl.openinburgering.shared.Bsn;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the national tooling working: the generator fills this test's embedded database at a tiny scale (next
 * to the demo gemeenten) and the load driver reads the generated people through the running app for a
 * couple of seconds, as one of the generated consulenten. Timings are printed, never asserted.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "openinburgering.demo.gegevens=false")
class NationaleDatasetIntegrationTests {

    static final String INDEXEN = "select count(*) from pg_indexes where tablename = 'urenregel'";
    static final String VREEMDE_SLEUTELS =
            "select count(*) from pg_constraint where conrelid = 'urenregel'::regclass and contype = 'f'";

    @LocalServerPort
    int poort;

    @Autowired
    EmbeddedPostgres postgres;

    /** The report of a generated beleidsmedewerker adds up to what the tables hold for the gemeente. */
    private void rapportageKloptMetDeTabellen(JdbcClient sql, String gemeente) throws Exception {
        var antwoord = LoadDriver.nieuweClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        URI.create("http://127.0.0.1:" + poort + "/api/v1/rapportages/uren-per-cohort"))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + java.util.Base64.getEncoder()
                                                        .encodeToString(("beleid." + gemeente + ":demo")
                                                                .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                                .header("Accept", "application/json")
                                .GET()
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
        var cohorten = tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(antwoord.body())
                .get("cohorten");
        long personen = 0;
        java.math.BigDecimal uren = java.math.BigDecimal.ZERO;
        long zroutes = 0;
        for (var cohort : cohorten) {
            personen += cohort.get("aantalInburgeraars").asLong();
            uren = uren.add(cohort.get("gevolgdeUrenTaallesKnm").decimalValue());
            zroutes += cohort.get("aantalZroutesAfgerond").asLong();
        }
        assertThat(personen)
                .isEqualTo(sql.sql("select count(*) from inburgeraar where actief and gemeentecode = ?")
                        .param(gemeente)
                        .query(Long.class)
                        .single());
        assertThat(uren)
                .isEqualByComparingTo(sql.sql("select coalesce(sum(uren), 0) from urenregel where aanwezig "
                                + "and soort = 'TAALLES_KNM' and gemeentecode = ?")
                        .param(gemeente)
                        .query(java.math.BigDecimal.class)
                        .single());
        assertThat(zroutes)
                .isEqualTo(sql.sql("select count(*) from zroute_afronding where gemeentecode = ?")
                        .param(gemeente)
                        .query(Long.class)
                        .single());
        assertThat(uren).isPositive();
    }

    @Test
    void generatesASmallNationalDatasetThatTheAppServesToAGeneratedConsulent() throws Exception {
        NationaleDataset dataset = new NationaleDataset(NationaleDataset.Opzet.schaal(0.002));
        DataSource eigenaar = postgres.getDatabase(Doeldatabase.EIGENAAR_ROL, Doeldatabase.DATABASE);
        Doeldatabase.bestaand(eigenaar, Doeldatabase.APP_ROL).migreer();
        JdbcClient sql = JdbcClient.create(eigenaar);
        long indexen = sql.sql(INDEXEN).query(Long.class).single();
        long sleutels = sql.sql(VREEMDE_SLEUTELS).query(Long.class).single();

        NationaleDataset.Verslag verslag = dataset.vul(eigenaar);

        Bevolking land = dataset.land;
        assertThat(verslag.rijen())
                .containsEntry("gemeente", (long) land.gemeenten.size())
                .containsEntry("inburgeraar", 500L)
                .containsEntry(
                        "intake",
                        land.personen.stream()
                                .filter(p -> p.voorbij(Fase.INTAKE))
                                .count());
        assertThat(sql.sql("select count(*) from inburgeraar where bsn like '98%'")
                        .query(Long.class)
                        .single())
                .isEqualTo(500);
        assertThat(sql.sql("select count(*) from pip where status = 'VASTGESTELD'")
                        .query(Long.class)
                        .single())
                .isEqualTo(land.personen.stream()
                        .filter(p -> p.voorbij(Fase.PIP_VASTGESTELD))
                        .count());
        assertThat(sql.sql("select count(*) from toewijzing").query(Long.class).single())
                .isEqualTo(
                        land.personen.stream().filter(Bevolking.Persoon::actief).count());
        long regels =
                sql.sql("select count(*) from urenregel").query(Long.class).single();
        assertThat(regels).isEqualTo(verslag.rijen().get("urenregel")).isGreaterThan(20_000L);
        assertThat(sql.sql("select sum(aantal_regels) from urenupload")
                        .query(Long.class)
                        .single())
                .isEqualTo(regels);
        double aanwezig = sql.sql("select avg(case when aanwezig then 1.0 else 0 end) from urenregel")
                .query(Double.class)
                .single();
        assertThat(aanwezig).isBetween(0.75, 0.85);
        assertThat(sql.sql(INDEXEN).query(Long.class).single())
                .as("indexes put back after the bulk load")
                .isEqualTo(indexen)
                .isGreaterThan(1L);
        assertThat(sql.sql(VREEMDE_SLEUTELS).query(Long.class).single())
                .as("foreign keys put back")
                .isEqualTo(sleutels)
                .isPositive();
        List<String> bsns = sql.sql("select bsn from inburgeraar where bsn like '98%'")
                .query(String.class)
                .list();
        assertThat(bsns).doesNotHaveDuplicates().allMatch(Bsn::voldoetAanElfproef);

        Bevolking.Gemeente gemeente = land.gemeenten.getFirst();
        rapportageKloptMetDeTabellen(sql, gemeente.code());
        Benchmarks.Instellingen in = new Benchmarks.Instellingen(
                URI.create("http://127.0.0.1:" + poort),
                gemeente.consulent(0),
                "demo",
                3,
                Duration.ofSeconds(1),
                Duration.ofSeconds(2),
                Duration.ZERO,
                150);
        var client = LoadDriver.nieuweClient();
        List<UUID> ids = Benchmarks.inburgeraarIds(client, in);
        assertThat(ids).hasSize(Math.min(150, gemeente.inburgeraars()));

        for (Resultaat resultaat : List.of(
                Benchmarks.detailApi(client, in, ids),
                Benchmarks.detailPagina(client, in, ids),
                Benchmarks.paden(client, in, List.of("/inburgeraars", "/api/v1/inburgeraars/{id}"), ids))) {
            System.out.println(resultaat);
            assertThat(resultaat.allesOk()).as(resultaat.toString()).isTrue();
            assertThat(List.of(resultaat.p50(), resultaat.p95(), resultaat.p99(), resultaat.perSeconde()))
                    .allMatch(waarde -> waarde > 0 && !waarde.isNaN());
            assertThat(resultaat.p50()).isLessThanOrEqualTo(resultaat.p95());
            assertThat(resultaat.p95()).isLessThanOrEqualTo(resultaat.p99());
        }
    }
}
