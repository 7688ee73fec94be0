package nl.openinburgering.demo;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.transaction.support.TransactionTemplate;

import nl.openinburgering.platform.Tenant;
import nl.openinburgering.shared.Gemeentecode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo module with only the modules it depends on: it fills each gemeente of the region through their
 * facades, so every demo person of a gemeente gets a consulent of that same gemeente (ADR 0009).
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class DemoModuleTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactie;

    @Test
    void everyDemoPersonOfEachGemeenteIsAssignedToAConsulentOfThatGemeente() {
        for (String gemeente : List.of("0148", "0180", "1896")) {
            List<String> zonderConsulentVanDeGemeente = Tenant.alsGemeente(
                    new Gemeentecode(gemeente),
                    () -> transactie.execute(status ->
                            jdbc.sql("""
                                    select i.id::text from inburgeraar i
                                    left join toewijzing t on t.inburgeraar_id = i.id
                                    left join gebruiker g on g.gebruikersnaam = t.consulent
                                    where i.gemeentecode = ? and (g.gemeentecode is distinct from i.gemeentecode)
                                    """).param(gemeente).query(String.class).list()));
            Long personen = Tenant.alsGemeente(
                    new Gemeentecode(gemeente),
                    () -> transactie.execute(
                            status -> jdbc.sql("select count(*) from inburgeraar where gemeentecode = ?")
                                    .param(gemeente)
                                    .query(Long.class)
                                    .single()));
            assertThat(personen).as("demo people in %s", gemeente).isGreaterThanOrEqualTo(20);
            assertThat(zonderConsulentVanDeGemeente)
                    .as("people of %s without its own consulent", gemeente)
                    .isEmpty();
        }
    }
}
