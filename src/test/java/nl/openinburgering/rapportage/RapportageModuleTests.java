package nl.openinburgering.rapportage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
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

    @Autowired
    RapportageBeheer rapportage;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    /** The half-year report reads handhaving's quarters; this test is about the cohort reports. */
    @MockitoBean
    nl.openinburgering.handhaving.HandhavingBeheer handhaving;

    /**
     * The national report is the day's stand (ADR 0014): two persons registered after it do not change it until it
     * is recomputed; then every national cohort is the sum of the gemeenten's own reports, suppressed where the sum
     * or the part outside Dalfsen is 1 to 9 persons (issue 17 point 6).
     */
    @Test
    void eachPersonCountsInTheirOwnGemeenteAndTheNationalStandIsTheProtectedSumOfTheGemeenten() throws Exception {
        Landelijkrapport vooraf = alsDalfsen(rapportage::vernieuwLandelijk);
        long dalfsenVooraf = personenIn("0148");
        long staphorstVooraf = personenIn("0180");

        Testdossier.in(mvc).persoon();
        Testdossier.in(mvc).door(STAPHORST).persoon();

        assertThat(personenIn("0148")).isEqualTo(dalfsenVooraf + 1);
        assertThat(personenIn("0180")).isEqualTo(staphorstVooraf + 1);
        Landelijkrapport zelfdeDag = alsDalfsen(rapportage::urenPerCohortLandelijk);
        assertThat(zelfdeDag).as("not recomputed on a second view the same day").isEqualTo(vooraf);

        Landelijkrapport nieuw = alsDalfsen(rapportage::vernieuwLandelijk);
        assertThat(nieuw.berekendOp()).isAfter(vooraf.berekendOp());
        Map<Integer, Long> som = new HashMap<>();
        List<String> gemeenten =
                jdbc.sql("select code from gemeente").query(String.class).list();
        for (String gemeente : gemeenten) {
            Tenant.alsGemeente(new Gemeentecode(gemeente), rapportage::urenPerCohort)
                    .forEach(r -> som.merge(r.jaar(), r.personen(), Long::sum));
        }
        Map<Integer, Long> dalfsen = new HashMap<>();
        Tenant.alsGemeente(new Gemeentecode("0148"), rapportage::urenPerCohort)
                .forEach(r -> dalfsen.put(r.jaar(), r.personen()));
        assertThat(nieuw.cohorten()).hasSameSizeAs(som.keySet());
        for (LandelijkCohort cohort : nieuw.cohorten()) {
            assertThat(cohort.personen())
                    .as("cohort " + cohort.jaar())
                    .isEqualTo(Kleinecellen.toonbaar(som.get(cohort.jaar()), dalfsen.getOrDefault(cohort.jaar(), 0L)));
        }
    }

    private Landelijkrapport alsDalfsen(java.util.function.Supplier<Landelijkrapport> werk) {
        return Tenant.alsGemeente(new Gemeentecode("0148"), werk);
    }

    private long personenIn(String gemeente) {
        return personen(Tenant.alsGemeente(new Gemeentecode(gemeente), rapportage::urenPerCohort));
    }

    private static long personen(List<Cohortregel> rapport) {
        return rapport.stream().mapToLong(Cohortregel::personen).sum();
    }
}
