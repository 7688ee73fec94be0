package nl.openinburgering.werkvoorraad.web;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import nl.openinburgering.Testdossier;
import nl.openinburgering.shared.Leerroute;

import static nl.openinburgering.UiTestGebruikers.consulentDalfsen;
import static nl.openinburgering.UiTestGebruikers.teamleiderDalfsen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The worklist, reassignment and dashboard pages; the demo data of Dalfsen is assigned to its consulenten. */
@SpringBootTest
@AutoConfigureMockMvc
class WerkvoorraadControllerTests {

    @Autowired
    MockMvc mvc;

    @Test
    void aConsulentSeesTheirOwnWorklistWithoutSelectionOrDashboard() throws Exception {
        mvc.perform(get("/werkvoorraad").with(consulentDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mijn werkvoorraad")))
                .andExpect(content().string(containsString("PIP-termijn (10 weken)")))
                .andExpect(content().string(not(containsString("name=\"inburgeraarIds\""))))
                .andExpect(content().string(not(containsString("consulent2.dalfsen"))));
        mvc.perform(get("/werkvoorraad/dashboard").with(consulentDalfsen())).andExpect(status().isForbidden());
    }

    @Test
    void theOverdueFilterShowsTheUrgencyAsTextNotOnlyColour() throws Exception {
        mvc.perform(get("/werkvoorraad")
                        .param("signaal", "PIP_TERMIJN")
                        .param("urgentie", "TE_LAAT")
                        .with(teamleiderDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Werkvoorraad van het team")))
                .andExpect(content().string(containsString("dagen over de datum")))
                .andExpect(content().string(containsString("oi-urgentie--te_laat")))
                .andExpect(content().string(not(containsString("Binnen 30 dagen:"))));
    }

    @Test
    void reassigningWithoutSelectionOrReasonExplainsWhatIsMissing() throws Exception {
        mvc.perform(post("/werkvoorraad/toewijzen")
                        .with(teamleiderDalfsen())
                        .with(csrf())
                        .param("naarConsulent", "niemand"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Kies ten minste één inburgeraar in de lijst.")))
                .andExpect(content().string(containsString("Kies de consulent aan wie u de inburgeraars toewijst.")))
                .andExpect(content().string(containsString("Geef de reden van de nieuwe toewijzing.")));
    }

    @Test
    void reassigningAsksForConfirmationBeforeAnythingChanges() throws Exception {
        String antwoord = mvc.perform(
                        get("/api/v1/werkvoorraad").with(teamleiderDalfsen()).param("paginaGrootte", "1"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = com.jayway.jsonpath.JsonPath.read(antwoord, "$.resultaten[0].inburgeraarId");
        mvc.perform(post("/werkvoorraad/toewijzen")
                        .with(teamleiderDalfsen())
                        .with(csrf())
                        .param("inburgeraarIds", id)
                        .param("naarConsulent", "consulent2.dalfsen")
                        .param("reden", "Verlof"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Toewijzing bevestigen")))
                .andExpect(content().string(containsString("name=\"bevestigd\"")));
        mvc.perform(post("/werkvoorraad/toewijzen")
                        .with(teamleiderDalfsen())
                        .with(csrf())
                        .param("bevestigd", "true")
                        .param("inburgeraarIds", id)
                        .param("naarConsulent", "consulent2.dalfsen")
                        .param("reden", "Verlof"))
                .andExpect(redirectedUrl("/werkvoorraad"))
                .andExpect(flash().attribute("melding", "werkvoorraad.toegewezen"));
        mvc.perform(get("/werkvoorraad/inburgeraars/" + id + "/toewijzing")
                        .header("HX-Request", "true")
                        .with(teamleiderDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Verantwoordelijk: consulent2.dalfsen")))
                .andExpect(content().string(containsString("teamleider.dalfsen")))
                .andExpect(content().string(containsString("Verlof")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    /** D9: a consulent records a held voortgangsgesprek from the person's page; a future date is refused. */
    @Test
    void d9_aConsulentRecordsAVoortgangsgesprekOnThePersonsPage() throws Exception {
        String antwoord = mvc.perform(
                        get("/api/v1/werkvoorraad").with(consulentDalfsen()).param("paginaGrootte", "1"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = com.jayway.jsonpath.JsonPath.read(antwoord, "$.resultaten[0].inburgeraarId");
        mvc.perform(get("/werkvoorraad/inburgeraars/" + id + "/toewijzing").with(consulentDalfsen()))
                .andExpect(content().string(containsString("Nog geen voortgangsgesprekken vastgelegd.")))
                .andExpect(content().string(containsString("id=\"gesprek-formulier\"")));
        // A refusal is flashed as "fout" (an error alert on the person's page), never as the success "melding".
        mvc.perform(post("/werkvoorraad/inburgeraars/" + id + "/voortgangsgesprekken")
                        .with(consulentDalfsen())
                        .with(csrf())
                        .param(
                                "datum",
                                nl.openinburgering.shared.Vandaag.datum()
                                        .plusDays(1)
                                        .toString()))
                .andExpect(redirectedUrl("/inburgeraars/" + id))
                .andExpect(flash().attribute("fout", "werkvoorraad.gesprekken.ongeldig"))
                .andExpect(flash().attributeCount(1));
        mvc.perform(post("/werkvoorraad/inburgeraars/" + id + "/voortgangsgesprekken")
                        .with(consulentDalfsen())
                        .with(csrf())
                        .param("datum", "2026-09-10"))
                .andExpect(flash().attribute("melding", "werkvoorraad.gesprekken.vastgelegd"));
        mvc.perform(get("/werkvoorraad/inburgeraars/" + id + "/toewijzing").with(teamleiderDalfsen()))
                .andExpect(content().string(containsString("10 september 2026")))
                .andExpect(content().string(not(containsString("id=\"gesprek-formulier\""))));
        mvc.perform(post("/werkvoorraad/inburgeraars/" + id + "/voortgangsgesprekken")
                        .with(teamleiderDalfsen())
                        .with(csrf())
                        .param("datum", "2026-09-10"))
                .andExpect(status().isForbidden());
    }

    /** The dashboard's charts: each an SVG image with a title, description and data table (figures: r2_8_d5_* in the API tests). */
    @Test
    void theDashboardDrawsEachChartAsAnAccessibleSvgWithADataTable() throws Exception {
        mvc.perform(get("/werkvoorraad/dashboard").with(teamleiderDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("role=\"img\"")))
                .andExpect(content().string(containsString("<title id=\"caseload-titel\">")))
                .andExpect(content().string(containsString("<desc id=\"routes-desc\">")))
                .andExpect(content().string(containsString("id=\"tabel-caseload\"")))
                .andExpect(content().string(containsString("id=\"tabel-signalen\"")))
                .andExpect(content().string(containsString("id=\"tabel-tienweken\"")))
                .andExpect(content().string(containsString("id=\"tabel-routes\"")))
                .andExpect(content().string(containsString("consulent2.dalfsen")))
                .andExpect(content().string(containsString("60%")));
    }
    /**
     * R2.8: the dashboard said 100% "PIP binnen 10 weken" while a person was overdue
     * without a PIP. An open case whose term has passed counts as not in time: it is in the denominator, and
     * the table shows how many there are. Failed before the fix: the count was missing and the share ignored it.
     */
    @Test
    void r2_8_theShareOfPipsInTimeCountsTheOverdueOpenCases() throws Exception {
        long openVoor = getal(dashboard(), "open-te-laat");
        Testdossier.in(mvc)
                .plichtVanaf(LocalDate.of(2025, 1, 10))
                .gevestigd(LocalDate.of(2025, 1, 10))
                .persoon();
        Testdossier.in(mvc)
                .plichtVanaf(LocalDate.of(2025, 1, 10))
                .gevestigd(LocalDate.of(2025, 1, 10))
                .persoon()
                .metPipMetAfspraken(Leerroute.Z_ROUTE)
                .vastgesteld(LocalDate.of(2025, 3, 1));
        String pagina = dashboard();
        long vastgesteld = getal(pagina, "pips-vastgesteld");
        long open = getal(pagina, "open-te-laat");
        long binnen = getal(pagina, "binnen-tien-weken");
        assertThat(open).isEqualTo(openVoor + 1);
        assertThat(pagina)
                .contains("id=\"binnen-tien-weken\">" + binnen + " ("
                        + Math.round(100.0 * binnen / (vastgesteld + open)) + "%)");
    }

    private String dashboard() throws Exception {
        return mvc.perform(get("/werkvoorraad/dashboard").with(teamleiderDalfsen()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static long getal(String pagina, String id) {
        Matcher getal = Pattern.compile("id=\"" + id + "\">(\\d+)").matcher(pagina);
        assertThat(getal.find()).as("the figure " + id + " on the dashboard").isTrue();
        return Long.parseLong(getal.group(1));
    }
}
