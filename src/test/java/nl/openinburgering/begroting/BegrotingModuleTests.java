package nl.openinburgering.begroting;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.MockMvc;

import nl.openinburgering.AlsGebruiker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The module with what it reads from (registry, providers, PIP, MAP, begeleiding, ontzorging and what they use): the
 * beleidsmedewerker enters a prognosis and the rekentool pays its cohort in t, t+1 and t+2 (D6); the realisation of
 * a year without costs is zero against the D6 uitvoeringsbudget.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@AutoConfigureMockMvc
class BegrotingModuleTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    BegrotingBeheer begroting;

    @Test
    void d6_aPrognosisOfTheBeleidsmedewerkerIsPaidInItsYearAndTheTwoAfter() throws Exception {
        mvc.perform(post("/begroting/prognose")
                        .with(BegrotingIntegrationTests.beleid("0148"))
                        .with(csrf())
                        .param("prognoseJaar", "2040")
                        .param("taakstelling", "10")
                        .param("gezinsmigranten", "0")
                        .param("factor", "50"))
                .andExpect(status().is3xxRedirection());
        Spukraming raming = AlsGebruiker.als("beleid.dalfsen", "BELEIDSMEDEWERKER", () -> begroting.rekentool())
                .raming();
        Spukraming.Cohortrij cohort = raming.cohorten().stream()
                .filter(c -> c.huisvestingsjaar() == 2040)
                .findFirst()
                .orElseThrow();
        assertThat(cohort.statushouders()).isEqualByComparingTo("5");
        assertThat(raming.totaalIn(2040)).contains(5 * 771_200L);

        Budgetrealisatie leeg = AlsGebruiker.als(
                "beleid.dalfsen",
                "BELEIDSMEDEWERKER",
                () -> begroting.realisatie(LocalDate.of(2041, 1, 1), LocalDate.of(2042, 1, 1)));
        assertThat(leeg.verplicht(Kostencomponent.Budgetbron.SPUK)).isZero();
        assertThat(leeg.uitvoeringsbudgetCenten()).isEqualTo(8_800_000L);
        assertThat(leeg.spukCenten())
                .as("no prognosis paid in 2041 but the 2040 cohort's t+1")
                .isEqualTo(5 * 400_000L);
    }
}
