package nl.openinburgering.aanbieder;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import nl.openinburgering.TestBsn;
import nl.openinburgering.shared.Vandaag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Ingest speed of hour lines (issue item 7): the full request path (HTTP through MockMvc: security, JSON,
 * validation, insert, processing log, one transaction) against a raw {@code COPY} of the same lines into the
 * same table of the same database, run as the table owner (COPY FROM is not allowed under row-level security).
 *
 * <p>In the normal build it runs small ({@value #STANDAARD_REGELS} lines) and only asserts that everything was
 * stored: no timing assertion. The measurement of docs/performance.md:
 * {@code ./mvnw -q test -Dtest=UrenIngestBenchmarkTests -Dingest.regels=50000 -Dingest.rondes=3}.
 */
@SpringBootTest
@AutoConfigureMockMvc
class UrenIngestBenchmarkTests {

    static final int STANDAARD_REGELS = 500;
    static final int REGELS_PER_DEELNAME = 100;

    @Autowired
    MockMvc mvc;

    @Autowired
    EmbeddedPostgres postgres;

    @Test
    void storesAWholeBatchInOneRequestAndMeasuresItAgainstRawCopy() throws Exception {
        int aantal = Integer.getInteger("ingest.regels", STANDAARD_REGELS);
        int rondes = Integer.getInteger("ingest.rondes", 1);
        DataSource eigenaar = postgres.getDatabase("openinburgering_eigenaar", "openinburgering");
        List<UUID[]> deelnames = zaai(eigenaar, Math.max(1, aantal / REGELS_PER_DEELNAME));
        List<String[]> regels = regels(deelnames, aantal);
        String json = json(regels);
        List<Double> verhoudingen = new ArrayList<>();
        for (int ronde = rondes > 1 ? 0 : 1; ronde <= rondes; ronde++) {
            long voor = tel(eigenaar);
            long start = System.nanoTime();
            mvc.perform(post("/api/v1/aanbieder/urenregistraties")
                            .with(httpBasic("aanbieder.taalschool", "demo"))
                            .header("Idempotency-Key", UUID.randomUUID().toString())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(json))
                    .andExpect(status().isCreated());
            double api = (System.nanoTime() - start) / 1e9;
            assertThat(tel(eigenaar)).isEqualTo(voor + aantal);

            start = System.nanoTime();
            copy(eigenaar, regels);
            double copy = (System.nanoTime() - start) / 1e9;
            assertThat(tel(eigenaar)).isEqualTo(voor + 2L * aantal);
            // Round 0 warms up the JIT and the database caches and is not counted.
            System.out.printf(
                    "INGEST ronde %d%s: %d regels; API %.3f s = %.0f regels/s; COPY %.3f s = %.0f regels/s; "
                            + "verhouding %.0f%%%n",
                    ronde,
                    ronde == 0 ? " (opwarmen)" : "",
                    aantal,
                    api,
                    aantal / api,
                    copy,
                    aantal / copy,
                    100 * copy / api);
            if (ronde > 0) {
                verhoudingen.add(100 * copy / api);
            }
        }
        verhoudingen.sort(null);
        System.out.printf("INGEST mediaan verhouding API/COPY: %.0f%%%n", verhoudingen.get(verhoudingen.size() / 2));
    }

    /** People and deelnames at the taalschool, straight into the tables (as the owner), fast. */
    private static List<UUID[]> zaai(DataSource eigenaar, int aantal) throws Exception {
        List<UUID[]> deelnames = new ArrayList<>();
        Set<String> bsns = new HashSet<>();
        try (Connection c = eigenaar.getConnection();
                PreparedStatement persoon = c.prepareStatement("""
                        insert into inburgeraar (id, gemeentecode, bsn, voornamen, geslachtsnaam, geboortedatum, doelgroep,
                                                 datum_start_inburgeringsplicht, versie)
                        values (?, '0148', ?, 'Test', 'Meting', date '1990-01-01', 'ASIELSTATUSHOUDER', date '2024-01-01', 0)""");
                PreparedStatement deelname = c.prepareStatement("""
                        insert into deelname (id, gemeentecode, aanbieder_id, inburgeraar_id, soort, startdatum,
                                              ingeschreven_door, versie)
                        values (?, '0148', '6a0c1b6e-2f4d-4c36-9a77-1f0e5b1d0a01', ?, 'LEERROUTE', date '2024-01-01', 'meting', 0)""")) {
            while (deelnames.size() < aantal) {
                String bsn = TestBsn.nieuw();
                if (!bsns.add(bsn)) {
                    continue;
                }
                UUID id = UUID.randomUUID();
                UUID deelnameId = UUID.randomUUID();
                persoon.setObject(1, id);
                persoon.setString(2, bsn);
                persoon.addBatch();
                deelname.setObject(1, deelnameId);
                deelname.setObject(2, id);
                deelname.addBatch();
                deelnames.add(new UUID[] {deelnameId, id});
            }
            persoon.executeBatch();
            deelname.executeBatch();
        }
        return deelnames;
    }

    /** deelnameId, inburgeraarId, datum, uren, aanwezig, verzuimreden: one day per line, every tenth absent. */
    private static List<String[]> regels(List<UUID[]> deelnames, int aantal) {
        LocalDate gisteren = Vandaag.datum().minusDays(1);
        List<String[]> regels = new ArrayList<>(aantal);
        for (int i = 0; i < aantal; i++) {
            UUID[] d = deelnames.get(i % deelnames.size());
            boolean aanwezig = i % 10 != 0;
            regels.add(new String[] {
                d[0].toString(),
                d[1].toString(),
                gisteren.minusDays(i / deelnames.size() % 600).toString(),
                "3.5",
                Boolean.toString(aanwezig),
                aanwezig ? null : "ZIEK"
            });
        }
        return regels;
    }

    private static String json(List<String[]> regels) {
        StringBuilder json = new StringBuilder("{\"regels\":[");
        for (int i = 0; i < regels.size(); i++) {
            String[] r = regels.get(i);
            json.append(i == 0 ? "" : ",")
                    .append("{\"deelnameId\":\"")
                    .append(r[0])
                    .append("\",\"datum\":\"")
                    .append(r[2])
                    .append("\",\"soort\":\"TAALLES_KNM\",\"uren\":")
                    .append(r[3])
                    .append(",\"aanwezig\":")
                    .append(r[4])
                    .append(r[5] == null ? "" : ",\"verzuimreden\":\"" + r[5] + "\"")
                    .append('}');
        }
        return json.append("]}").toString();
    }

    /** The same lines with PostgreSQL COPY, in one transaction, under an upload row of its own. */
    private static void copy(DataSource eigenaar, List<String[]> regels) throws Exception {
        UUID upload = UUID.randomUUID();
        StringBuilder tekst = new StringBuilder(regels.size() * 160);
        for (String[] r : regels) {
            tekst.append("0148\t6a0c1b6e-2f4d-4c36-9a77-1f0e5b1d0a01\t")
                    .append(r[0])
                    .append('\t')
                    .append(r[1])
                    .append('\t')
                    .append(r[2])
                    .append("\tTAALLES_KNM\t")
                    .append(r[3])
                    .append('\t')
                    .append(r[4])
                    .append('\t')
                    .append(r[5] == null ? "\\N" : r[5])
                    .append('\t')
                    .append(upload)
                    .append('\n');
        }
        try (Connection c = eigenaar.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement u = c.prepareStatement("""
                    insert into urenupload (id, aanbieder_id, idempotentiesleutel, inhoud_hash, aantal_regels, ingediend_door)
                    values (?, '6a0c1b6e-2f4d-4c36-9a77-1f0e5b1d0a01', ?, repeat('0', 64), ?, 'meting')""")) {
                u.setObject(1, upload);
                u.setObject(2, UUID.randomUUID());
                u.setInt(3, regels.size());
                u.executeUpdate();
            }
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    copy urenregel (gemeentecode, aanbieder_id, deelname_id, inburgeraar_id, datum, soort, uren, aanwezig,
                                    verzuimreden, upload_id) from stdin""", new StringReader(tekst.toString()));
            c.commit();
        }
    }

    private static long tel(DataSource eigenaar) throws Exception {
        try (Connection c = eigenaar.getConnection();
                ResultSet rs = c.createStatement().executeQuery("select count(*) from urenregel")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
