package nl.openinburgering.rapportage;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import nl.openinburgering.platform.Tenant;
import nl.openinburgering.shared.Gemeentecode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 17 point 5: a beleidsmedewerker of a sharing gemeente sees the region's combined cohorts, suppressed as the
 * national report (region minus own included); a gemeente that does not share sees no region. Region one: A 12,
 * B 11, C 2 persons in cohort 2033; region two: E 12, F 3; D shares nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegioIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EmbeddedPostgres postgres;

    @Autowired
    RapportageBeheer rapportage;

    String a, b, c, d, e, f;
    final String een = "Regio een " + UUID.randomUUID().toString().substring(0, 6);
    final String twee = "Regio twee " + UUID.randomUUID().toString().substring(0, 6);

    @BeforeAll
    void zaai() throws Exception {
        a = gemeente(12, een);
        b = gemeente(11, een);
        c = gemeente(2, een);
        d = gemeente(4, null);
        e = gemeente(12, twee);
        f = gemeente(3, twee);
        Tenant.alsGemeente(new Gemeentecode(a), rapportage::vernieuwLandelijk);
    }

    private String gemeente(int personen, String regio) throws Exception {
        try (Halfjaardataset g = new Halfjaardataset(postgres)) {
            for (int i = 0; i < personen; i++) {
                g.inCohort(LocalDate.of(2033, 1, 5));
            }
            if (regio != null) {
                g.update(
                        "insert into regio_deelname (gemeentecode, regio, gewijzigd_door) values (?, ?, 'proef')",
                        g.gemeente,
                        regio);
            }
            return g.gemeente;
        }
    }

    private Optional<Regiorapport> regio(String gemeente) {
        return Tenant.alsGemeente(new Gemeentecode(gemeente), rapportage::urenPerCohortRegio);
    }

    private Long cohort2033(String gemeente) {
        return regio(gemeente).orElseThrow().cohorten().stream()
                .filter(x -> Integer.valueOf(2033).equals(x.jaar()))
                .findFirst()
                .orElseThrow()
                .personen();
    }

    @Test
    void aSharingGemeenteSeesTheRegionsSumAndNeverAnotherRegion() {
        assertThat(regio(a).orElseThrow().regio()).isEqualTo(een);
        assertThat(regio(a).orElseThrow().gemeenten()).isEqualTo(3);
        assertThat(cohort2033(a)).isEqualTo(25);
        assertThat(cohort2033(c)).isEqualTo(25);
        assertThat(regio(e).orElseThrow().gemeenten()).isEqualTo(2);
    }

    @Test
    void regionMinusOwnRevealsNoSmallGroupOfTheOtherGemeenten() {
        assertThat(cohort2033(e)).as("15 - 12 = F's 3").isNull();
        assertThat(cohort2033(f)).isEqualTo(15);
    }

    @Test
    void aGemeenteThatDoesNotShareSeesNoRegion() throws Exception {
        assertThat(regio(d)).isEmpty();
        String pagina = mvc.perform(get("/rapportages").with(wie(d, "BELEIDSMEDEWERKER")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(pagina).doesNotContain("tabel-regio");
        assertThat(mvc.perform(get("/rapportages").with(wie(a, "BELEIDSMEDEWERKER")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("id=\"tabel-regio\"", "Uren per cohort, regio " + een);
    }

    @Test
    void theFunctioneelBeheerderSetsAndClearsTheRegionAndTooLongANameIsRefused() throws Exception {
        mvc.perform(post("/beheer/regio")
                        .param("regio", " Vechtdal ")
                        .with(wie(d, "FUNCTIONEEL_BEHEERDER"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(Tenant.alsGemeente(new Gemeentecode(d), rapportage::regio)).contains("Vechtdal");
        mvc.perform(post("/beheer/regio")
                        .param("regio", "x".repeat(81))
                        .with(wie(d, "FUNCTIONEEL_BEHEERDER"))
                        .with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/beheer/regio")
                        .param("regio", "")
                        .with(wie(d, "FUNCTIONEEL_BEHEERDER"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(Tenant.alsGemeente(new Gemeentecode(d), rapportage::regio)).isEmpty();
        mvc.perform(post("/beheer/regio")
                        .param("regio", "Vechtdal")
                        .with(wie(d, "BELEIDSMEDEWERKER"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    static RequestPostProcessor wie(String gemeente, String rol) {
        return user(rol.toLowerCase() + "." + gemeente)
                .authorities(
                        new SimpleGrantedAuthority("ROLE_" + rol), new SimpleGrantedAuthority("GEMEENTE_" + gemeente));
    }
}
