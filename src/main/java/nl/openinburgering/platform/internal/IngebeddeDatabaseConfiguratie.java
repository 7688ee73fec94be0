package nl.openinburgering.platform.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The embedded database of the demo profile: a real PostgreSQL 17 (zonky binaries) started by the app, its
 * data kept in {@code ./data/postgres} between runs. Like production it has two roles: Flyway migrates as
 * the owner, the app connects as {@link #APP_ROL}, which owns no table and is no superuser, so row-level
 * security applies to every query of the app.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "openinburgering.database.ingebed", havingValue = "true")
class IngebeddeDatabaseConfiguratie {

    static final String DATABASE = "openinburgering";
    static final String EIGENAAR_ROL = "openinburgering_eigenaar";
    static final String APP_ROL = "openinburgering_app";

    @Bean(destroyMethod = "close")
    EmbeddedPostgres ingebeddePostgres(
            @Value("${openinburgering.database.map}") Path map,
            @Value("${openinburgering.database.poort}") int poort,
            @Value("${openinburgering.database.schoon}") boolean schoon)
            throws IOException, SQLException {
        Path dataMap = map.toAbsolutePath().normalize();
        Files.createDirectories(dataMap.getParent());
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataMap)
                .setCleanDataDirectory(schoon)
                // Spring stops it, after the connection pool: zonky's own hook would stop it first and leave
                // the pool waiting for a server that is gone.
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "50");
        if (poort > 0) {
            builder.setPort(poort);
        }
        EmbeddedPostgres postgres = builder.start();
        richtRollenEnDatabaseIn(postgres);
        return postgres;
    }

    /** Idempotent: a restart on an existing data folder finds the roles and the database already there. */
    private static void richtRollenEnDatabaseIn(EmbeddedPostgres postgres) throws SQLException {
        try (Connection verbinding = postgres.getPostgresDatabase().getConnection();
                Statement sql = verbinding.createStatement()) {
            sql.execute("""
                    do $$ begin
                      if not exists (select from pg_roles where rolname = '%1$s') then
                        create role %1$s login;
                      end if;
                      if not exists (select from pg_roles where rolname = '%2$s') then
                        create role %2$s login nosuperuser nobypassrls nocreatedb nocreaterole;
                      end if;
                    end $$""".formatted(EIGENAAR_ROL, APP_ROL));
            try (var rs = sql.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (!rs.next()) {
                    sql.execute("create database " + DATABASE + " owner " + EIGENAAR_ROL);
                }
            }
        }
    }

    @Bean
    @Primary
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl(APP_ROL, DATABASE));
        config.setUsername(APP_ROL);
        config.setMaximumPoolSize(10);
        config.setPoolName("openinburgering-app");
        return new HikariDataSource(config);
    }

    @Bean(defaultCandidate = false)
    @FlywayDataSource
    DataSource flywayDataSource(EmbeddedPostgres postgres) {
        return postgres.getDatabase(EIGENAAR_ROL, DATABASE);
    }
}
