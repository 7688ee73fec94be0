package nl.openinburgering.platform.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import nl.openinburgering.platform.internal.ProductieWeigering.Bezwaar;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the startup check against the real PostgreSQL server on 127.0.0.1:5432 (user postgres), in a database
 * of its own that is dropped afterwards. Skipped when that server is not there.
 */
class ProductieDatabaseRolControleIntegrationTests {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String ACHTERVOEGSEL = UUID.randomUUID().toString().substring(0, 8);
    private static final String DATABASE = "oi_test_" + ACHTERVOEGSEL;
    private static final String EIGENAAR = "oi_eigenaar_" + ACHTERVOEGSEL;
    private static final String APP = "oi_app_" + ACHTERVOEGSEL;
    private static final String OMZEILER = "oi_omzeiler_" + ACHTERVOEGSEL;
    private static final String LID = "oi_lid_" + ACHTERVOEGSEL;

    private static JdbcClient beheer;

    @BeforeAll
    static void richtDatabaseIn() {
        try (Connection proef = DriverManager.getConnection(SERVER + "postgres", "postgres", "")) {
            proef.isValid(1);
        } catch (SQLException geenServer) {
            // CI has this server (.ci/run starts it): there a missing server is a failure, never a silent skip.
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("Geen PostgreSQL op 127.0.0.1:5432 in CI", geenServer);
            }
            Assumptions.abort("Geen PostgreSQL op 127.0.0.1:5432: " + geenServer.getMessage());
        }
        beheer = JdbcClient.create(bron("postgres", "postgres"));
        for (String rol : List.of(EIGENAAR, APP, LID)) {
            beheer.sql("create role " + rol + " login nosuperuser nobypassrls").update();
        }
        beheer.sql("create role " + OMZEILER + " login nosuperuser bypassrls").update();
        beheer.sql("grant " + EIGENAAR + " to " + LID).update();
        beheer.sql("create database " + DATABASE + " owner " + EIGENAAR).update();
        JdbcClient.create(bron(DATABASE, EIGENAAR))
                .sql("create table inburgeraar (id int primary key)")
                .update();
    }

    @AfterAll
    static void ruimOp() {
        if (beheer == null) {
            return;
        }
        beheer.sql("drop database if exists " + DATABASE + " with (force)").update();
        for (String rol : List.of(LID, OMZEILER, APP, EIGENAAR)) {
            beheer.sql("drop role if exists " + rol).update();
        }
    }

    @Test
    void acceptsARestrictedAppRoleThatOwnsNoTable() {
        assertThat(ProductieDatabaseRolControle.bezwaren(bron(DATABASE, APP))).isEmpty();
    }

    @Test
    void refusesASuperuserConnection() {
        assertThat(nederlands(ProductieDatabaseRolControle.bezwaren(bron(DATABASE, "postgres"))))
                .anySatisfy(bezwaar -> assertThat(bezwaar).contains("superuser 'postgres'"));
    }

    @Test
    void refusesTheOwnerOfTheTables() {
        List<Bezwaar> bezwaren = ProductieDatabaseRolControle.bezwaren(bron(DATABASE, EIGENAAR));

        assertThat(bezwaren).singleElement().satisfies(bezwaar -> {
            assertThat(bezwaar.instelling()).contains("SPRING_DATASOURCE_USERNAME");
            assertThat(bezwaar.engels()).contains(EIGENAAR, "public.inburgeraar");
        });
    }

    @Test
    void refusesAMemberOfTheOwnerRoleBecauseItCanActAsTheOwner() {
        assertThat(nederlands(ProductieDatabaseRolControle.bezwaren(bron(DATABASE, LID))))
                .singleElement()
                .asString()
                .contains("eigenaar van tabellen");
    }

    @Test
    void refusesARoleWithBypassrls() {
        assertThat(nederlands(ProductieDatabaseRolControle.bezwaren(bron(DATABASE, OMZEILER))))
                .singleElement()
                .asString()
                .contains("BYPASSRLS");
    }

    private static List<String> nederlands(List<Bezwaar> bezwaren) {
        return bezwaren.stream().map(Bezwaar::nederlands).toList();
    }

    private static DataSource bron(String database, String rol) {
        return new DriverManagerDataSource(SERVER + database, rol, "");
    }
}
