package nl.openinburgering.nationaal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The database the generator fills, set up the way the app sets up its own: the embedded PostgreSQL 17 in a
 * data folder (same roles and database as {@code platform/internal/IngebeddeDatabaseConfiguratie}, so the app
 * can start on that folder afterwards), or an external PostgreSQL reached by a JDBC URL. Either way Flyway
 * migrates as the owner with the app's migrations ({@code db/migration}, placeholder {@code approl}); the
 * demo scripts ({@code db/demo}) are left out: they fill an empty database only.
 */
final class Doeldatabase implements AutoCloseable {

    static final String DATABASE = "openinburgering";
    static final String EIGENAAR_ROL = "openinburgering_eigenaar";
    static final String APP_ROL = "openinburgering_app";

    private final DataSource eigenaar;
    private final EmbeddedPostgres ingebed;
    private final String approl;

    private Doeldatabase(DataSource eigenaar, EmbeddedPostgres ingebed, String approl) {
        this.eigenaar = eigenaar;
        this.ingebed = ingebed;
        this.approl = approl;
    }

    /** Starts the embedded PostgreSQL in {@code map}; {@code schoon} empties the folder first. */
    static Doeldatabase ingebed(Path map, boolean schoon) throws IOException, SQLException {
        Path dataMap = map.toAbsolutePath().normalize();
        if (schoon && Files.exists(dataMap)) {
            try (var paden = Files.walk(dataMap)) {
                for (Path pad : paden.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(pad);
                }
            }
        }
        Files.createDirectories(dataMap.getParent());
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataMap)
                // Never true: zonky would delete the folder again on close, and the app must find it.
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", "50")
                .setServerConfig("maintenance_work_mem", "256MB")
                .start();
        try (Connection verbinding = postgres.getPostgresDatabase().getConnection();
                Statement sql = verbinding.createStatement()) {
            sql.execute(rollen());
            try (var rs = sql.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (!rs.next()) {
                    sql.execute("create database " + DATABASE + " owner " + EIGENAAR_ROL);
                }
            }
        }
        return new Doeldatabase(postgres.getDatabase(EIGENAAR_ROL, DATABASE), postgres, APP_ROL);
    }

    /**
     * An external database; {@code gebruiker} becomes the owner of the tables (as SPRING_FLYWAY_USER in
     * productie). The app role must exist, or the owner must be allowed to create it.
     */
    static Doeldatabase extern(String jdbcUrl, String gebruiker, String wachtwoord, String approl) throws SQLException {
        PGSimpleDataSource bron = new PGSimpleDataSource();
        bron.setUrl(jdbcUrl);
        bron.setUser(gebruiker);
        if (wachtwoord != null && !wachtwoord.isEmpty()) {
            bron.setPassword(wachtwoord);
        }
        try (Connection verbinding = bron.getConnection();
                Statement sql = verbinding.createStatement()) {
            sql.execute("""
                    do $$ begin
                      if not exists (select from pg_roles where rolname = '%1$s') then
                        create role %1$s login nosuperuser nobypassrls nocreatedb nocreaterole;
                      end if;
                    end $$""".formatted(approl));
        }
        return new Doeldatabase(bron, null, approl);
    }

    /** A database that is already migrated, e.g. the one of a running test context. */
    static Doeldatabase bestaand(DataSource eigenaar, String approl) {
        return new Doeldatabase(eigenaar, null, approl);
    }

    private static String rollen() {
        return """
                do $$ begin
                  if not exists (select from pg_roles where rolname = '%1$s') then
                    create role %1$s login;
                  end if;
                  if not exists (select from pg_roles where rolname = '%2$s') then
                    create role %2$s login nosuperuser nobypassrls nocreatedb nocreaterole;
                  end if;
                end $$""".formatted(EIGENAAR_ROL, APP_ROL);
    }

    /**
     * Flyway as the app runs it. Repeatable demo scripts that an earlier demo start applied are tolerated
     * ({@code *:missing}), so the generator can also add to a database the app created.
     */
    void migreer() {
        Flyway.configure()
                .dataSource(eigenaar)
                .locations("classpath:db/migration")
                .placeholders(Map.of("approl", approl))
                .ignoreMigrationPatterns("*:missing")
                .load()
                .migrate();
    }

    DataSource eigenaar() {
        return eigenaar;
    }

    @Override
    public void close() throws IOException {
        if (ingebed != null) {
            ingebed.close();
        }
    }
}
