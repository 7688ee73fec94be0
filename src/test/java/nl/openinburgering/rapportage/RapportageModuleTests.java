package nl.openinburgering.rapportage;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

import nl.openinburgering.platform.Tenant;
import nl.openinburgering.shared.Gemeentecode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reports on their own, over the tables as Flyway and the demo data left them: the national report
 * counts exactly the persons of the per-gemeente reports together (ADR 0007).
 */
/** The platform (its beans give the database and the tenant) is included explicitly: the reports use it statically only. */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "platform")
class RapportageModuleTests {

    @Autowired
    RapportageBeheer rapportage;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theNationalReportCountsThePersonsOfEveryGemeentesReport() {
        List<String> gemeenten =
                jdbc.sql("select code from gemeente").query(String.class).list();
        long perGemeente = gemeenten.stream()
                .mapToLong(code -> personen(Tenant.alsGemeente(new Gemeentecode(code), rapportage::urenPerCohort)))
                .sum();

        assertThat(gemeenten).isNotEmpty();
        assertThat(personen(rapportage.urenPerCohortLandelijk())).isEqualTo(perGemeente);
    }

    private static long personen(List<Cohortregel> rapport) {
        return rapport.stream().mapToLong(Cohortregel::personen).sum();
    }
}
