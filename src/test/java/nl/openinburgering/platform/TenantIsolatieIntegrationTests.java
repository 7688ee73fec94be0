package nl.openinburgering.platform;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import nl.openinburgering.shared.Gemeentecode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The second wall of tenant isolation: PostgreSQL row-level security, for the query that forgets the gemeente. */
@SpringBootTest
@AutoConfigureMockMvc // not used here: the same context as the other integration tests, so no own PostgreSQL
class TenantIsolatieIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactie;

    /** A query that forgets the gemeente in its where clause, as a careless query would. */
    private List<String> alleGemeentecodes() {
        return jdbc.sql("select gemeentecode from inburgeraar")
                .query(String.class)
                .list();
    }

    @Test
    void aQueryWithoutTenantContextReturnsNoRows() {
        List<String> zonderTenant = transactie.execute(status -> alleGemeentecodes());
        Long ookBuitenTransactie =
                jdbc.sql("select count(*) from inburgeraar").query(Long.class).single();

        assertThat(zonderTenant).isEmpty();
        assertThat(ookBuitenTransactie).isZero();
    }

    @Test
    void aQueryWithoutGemeenteInItsWhereClauseStillSeesOnlyTheTenantsRows() {
        List<String> dalfsen =
                Tenant.alsGemeente(new Gemeentecode("0148"), () -> transactie.execute(status -> alleGemeentecodes()));
        Long staphorst = Tenant.alsGemeente(
                new Gemeentecode("0180"),
                () -> transactie.execute(status -> jdbc.sql("select count(*) from inburgeraar")
                        .query(Long.class)
                        .single()));

        assertThat(dalfsen).isNotEmpty().containsOnly("0148");
        assertThat(staphorst).isPositive();
        assertThat(jdbc.sql("select count(*) from gemeente").query(Long.class).single())
                .isEqualTo(3);
    }

    @Test
    void aRowForAnotherGemeenteCannotBeWritten() {
        assertThatThrownBy(() -> Tenant.alsGemeente(
                        new Gemeentecode("0148"),
                        () -> transactie.execute(status -> jdbc.sql("""
                        insert into inburgeraar (id, gemeentecode, bsn, voornamen, geslachtsnaam, geboortedatum, doelgroep,
                            datum_start_inburgeringsplicht, versie)
                        values (gen_random_uuid(), '0180', ?, 'X', 'Y', ?, 'ASIELSTATUSHOUDER', ?, 0)""")
                                // the BSN as a parameter, as the application does: PostgreSQL logs the refused
                                // statement, and a literal BSN would land in the log (BsnLogWachter)
                                .params("999996708", LocalDate.of(1990, 1, 1), LocalDate.of(2026, 1, 1))
                                .update())))
                .rootCause()
                .hasMessageContaining("row-level security");
    }

    @Test
    void theAppConnectsAsARoleThatIsNeitherSuperuserNorOwner() {
        record Rol(String naam, boolean superuser, boolean bypassrls) {}
        Rol rol = jdbc.sql("select rolname, rolsuper, rolbypassrls from pg_roles where rolname = current_user")
                .query((rij, n) -> new Rol(rij.getString(1), rij.getBoolean(2), rij.getBoolean(3)))
                .single();
        String eigenaar = jdbc.sql("select tableowner from pg_tables where tablename = 'inburgeraar'")
                .query(String.class)
                .single();

        assertThat(rol.superuser()).isFalse();
        assertThat(rol.bypassrls()).isFalse();
        assertThat(eigenaar).isNotEqualTo(rol.naam());
    }
}
