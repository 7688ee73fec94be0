package nl.openinburgering.rapportage;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.web.servlet.MockMvc;

import nl.openinburgering.Testdossier;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.shared.Gemeentecode;

import static nl.openinburgering.Testdossier.STAPHORST;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reports with the registry that feeds them: a person registered in Dalfsen and one in Staphorst each count
 * in their own gemeente's report only, and the national report counts exactly the persons of the per-gemeente
 * reports together (ADR 0007). The platform (database, tenant) and the registry (to seed through its API) are
 * included explicitly: the reports read their tables, not their beans.
 */
@ApplicationModuleTest(
        mode = BootstrapMode.DIRECT_DEPENDENCIES,
        extraIncludes = {"platform", "inburgeraar"})
@AutoConfigureMockMvc
class RapportageModuleTests {

    private static final List<String> GEMEENTEN = List.of("0148", "0180", "1896");

    @Autowired
    RapportageBeheer rapportage;

    @Autowired
    MockMvc mvc;

    @Test
    void eachPersonCountsInTheirOwnGemeenteAndTheNationalReportIsTheSumOfTheGemeenten() throws Exception {
        long dalfsenVooraf = personenIn("0148");
        long staphorstVooraf = personenIn("0180");
        long landelijkVooraf = personen(rapportage.urenPerCohortLandelijk());

        Testdossier.in(mvc).persoon();
        Testdossier.in(mvc).door(STAPHORST).persoon();

        assertThat(personenIn("0148")).isEqualTo(dalfsenVooraf + 1);
        assertThat(personenIn("0180")).isEqualTo(staphorstVooraf + 1);
        long landelijk = personen(rapportage.urenPerCohortLandelijk());
        assertThat(landelijk).isEqualTo(landelijkVooraf + 2);
        assertThat(landelijk)
                .isEqualTo(GEMEENTEN.stream().mapToLong(this::personenIn).sum());
    }

    private long personenIn(String gemeente) {
        return personen(Tenant.alsGemeente(new Gemeentecode(gemeente), rapportage::urenPerCohort));
    }

    private static long personen(List<Cohortregel> rapport) {
        return rapport.stream().mapToLong(Cohortregel::personen).sum();
    }
}
