package nl.openinburgering.bewijs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import nl.openinburgering.OpenInburgeringApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19, point 6: backup and restore, the way {@code docs/operations.md} tells an operator to do it. The app
 * fills a fresh database on the PostgreSQL server at 127.0.0.1:5432 with the whole demo (three gemeenten, their
 * files, hours, fines, the processing log), as an owner role and a restricted app role; then {@code pg_dump -Fc}
 * as the owner, {@code pg_restore --exit-on-error} into another fresh database, and every table must hold the
 * same number of rows, a few tables the same content (checksum), and the same policies, row-level security and
 * triggers. The embedded PostgreSQL of the other tests has no {@code pg_dump}, hence the server on 5432 (CI has
 * one: {@code .ci/run} installs PostgreSQL and its client). Skipped locally without that server, never in CI.
 */
class BackupHerstelIntegrationTests {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String ACHTERVOEGSEL = UUID.randomUUID().toString().substring(0, 8);
    private static final String BRON = "oi_backup_" + ACHTERVOEGSEL;
    private static final String HERSTEL = "oi_herstel_" + ACHTERVOEGSEL;
    private static final String EIGENAAR = "oi_eigenaar_b" + ACHTERVOEGSEL;
    private static final String APP = "oi_app_b" + ACHTERVOEGSEL;

    /** Tables whose content is compared row by row (by checksum), not only counted. */
    private static final List<String> CONTROLESOM =
            List.of("inburgeraar", "pip", "deelname", "urenregel", "verwerking");

    private static Path dump;

    @BeforeAll
    static void vulEenDatabase() throws Exception {
        try (Connection proef = DriverManager.getConnection(SERVER + "postgres", "postgres", "")) {
            proef.isValid(1);
        } catch (SQLException geenServer) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("Geen PostgreSQL op 127.0.0.1:5432 in CI", geenServer);
            }
            Assumptions.abort("Geen PostgreSQL op 127.0.0.1:5432: " + geenServer.getMessage());
        }
        beheer("postgres", "create role " + EIGENAAR + " login nosuperuser nobypassrls");
        beheer(
                "postgres",
                "create role " + APP + " login password 'app' nosuperuser nobypassrls nocreatedb nocreaterole");
        beheer("postgres", "create database " + BRON + " owner " + EIGENAAR);
        beheer(BRON, "revoke create on schema public from public");
        // As arguments, not as default properties: profile demo's own file would win over those (embedded database).
        try (ConfigurableApplicationContext applicatie = new SpringApplicationBuilder(OpenInburgeringApplication.class)
                .run(
                        "--spring.profiles.active=demo",
                        "--openinburgering.database.ingebed=false",
                        "--openinburgering.demo.dossiers=true",
                        "--spring.datasource.url=" + SERVER + BRON,
                        "--spring.datasource.username=" + APP,
                        "--spring.datasource.password=app",
                        "--spring.flyway.user=" + EIGENAAR,
                        "--spring.flyway.password=",
                        "--spring.flyway.placeholders.approl=" + APP,
                        "--server.port=0")) {
            wachtOpGebeurtenissen();
        }
        dump = Files.createTempDirectory("oi-backup").resolve(BRON + ".dump");
    }

    private static void wachtOpGebeurtenissen() throws Exception {
        for (int i = 0; i < 200 && bestaat("event_publication"); i++) {
            try (Connection c = DriverManager.getConnection(SERVER + BRON, "postgres", "");
                    Statement st = c.createStatement();
                    ResultSet rs =
                            st.executeQuery("select count(*) from event_publication where completion_date is null")) {
                rs.next();
                if (rs.getLong(1) == 0) {
                    return;
                }
            }
            Thread.sleep(100);
        }
    }

    private static boolean bestaat(String tabel) throws SQLException {
        return !"0".equals(eenWaarde(BRON, "select count(*) from pg_tables where tablename = '" + tabel + "'"));
    }

    @AfterAll
    static void ruimOp() throws Exception {
        if (dump != null) {
            Files.deleteIfExists(dump);
        }
        try (Connection proef = DriverManager.getConnection(SERVER + "postgres", "postgres", "")) {
            proef.isValid(1);
        } catch (SQLException geenServer) {
            return;
        }
        beheer("postgres", "drop database if exists " + HERSTEL + " with (force)");
        beheer("postgres", "drop database if exists " + BRON + " with (force)");
        beheer("postgres", "drop role if exists " + APP);
        beheer("postgres", "drop role if exists " + EIGENAAR);
    }

    @Test
    void aRestoreIntoAFreshDatabaseFindsEveryRowOfThePopulatedDemo() throws Exception {
        long begin = System.nanoTime();
        voerUit("pg_dump", "-h", "127.0.0.1", "-p", "5432", "-U", EIGENAAR, "-d", BRON, "-Fc", "-f", dump.toString());
        long gedumpt = System.nanoTime();
        beheer("postgres", "create database " + HERSTEL + " owner " + EIGENAAR);
        voerUit(
                "pg_restore",
                "-h",
                "127.0.0.1",
                "-p",
                "5432",
                "-U",
                EIGENAAR,
                "-d",
                HERSTEL,
                "--exit-on-error",
                dump.toString());
        long hersteld = System.nanoTime();

        Map<String, Long> voor = tellingen(BRON);
        Map<String, Long> na = tellingen(HERSTEL);
        long rijen = voor.values().stream().mapToLong(Long::longValue).sum();
        long gevuld = voor.values().stream().filter(n -> n > 0).count();
        String verslag =
                "Backup and restore: %d tables (%d with rows), %d rows restored; dump %d KB in %d ms, restore %d ms%n"
                        .formatted(
                                voor.size(),
                                gevuld,
                                na.values().stream().mapToLong(Long::longValue).sum(),
                                Files.size(dump) / 1024,
                                (gedumpt - begin) / 1_000_000,
                                (hersteld - gedumpt) / 1_000_000);
        System.out.print(verslag);
        Path uit = Path.of("target", "bewijs", "backup-herstel.txt");
        Files.createDirectories(uit.getParent());
        Files.writeString(uit, verslag + voor);

        assertThat(voor).hasSizeGreaterThan(60);
        assertThat(voor.get("inburgeraar")).as("a populated demo").isGreaterThanOrEqualTo(60);
        assertThat(voor.get("verwerking")).isPositive();
        assertThat(rijen).isGreaterThan(1_000);
        assertThat(na).isEqualTo(voor);
        for (String tabel : CONTROLESOM) {
            assertThat(eenWaarde(
                            HERSTEL,
                            "select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from " + tabel + " t"))
                    .as(tabel)
                    .isEqualTo(eenWaarde(
                            BRON,
                            "select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from " + tabel
                                    + " t"));
        }
        for (String catalogus : List.of(
                "select count(*) from pg_policies where schemaname = 'public'",
                "select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                        + "where n.nspname = 'public' and c.relrowsecurity",
                "select count(*) from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n "
                        + "on n.oid = c.relnamespace where n.nspname = 'public' and not t.tgisinternal",
                "select count(*) from information_schema.role_table_grants where grantee = '" + APP + "'")) {
            assertThat(eenWaarde(HERSTEL, catalogus)).as(catalogus).isEqualTo(eenWaarde(BRON, catalogus));
        }
        assertThat(eenWaarde(HERSTEL, "select count(*) from pg_policies where schemaname = 'public'"))
                .isNotEqualTo("0");
    }

    private static Map<String, Long> tellingen(String database) throws SQLException {
        Map<String, Long> tellingen = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(SERVER + database, "postgres", "");
                Statement st = c.createStatement()) {
            List<String> tabellen = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("select tablename from pg_tables where schemaname = 'public'")) {
                while (rs.next()) {
                    tabellen.add(rs.getString(1));
                }
            }
            for (String tabel : tabellen) {
                try (ResultSet rs = st.executeQuery("select count(*) from " + tabel)) {
                    rs.next();
                    tellingen.put(tabel, rs.getLong(1));
                }
            }
        }
        return tellingen;
    }

    private static String eenWaarde(String database, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + database, "postgres", "");
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void beheer(String database, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + database, "postgres", "");
                Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static void voerUit(String... opdracht) throws Exception {
        Process proces = new ProcessBuilder(opdracht).redirectErrorStream(true).start();
        String uitvoer = new String(proces.getInputStream().readAllBytes());
        assertThat(proces.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(proces.exitValue())
                .as(String.join(" ", opdracht) + ": " + uitvoer)
                .isZero();
    }
}
