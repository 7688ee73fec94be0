package nl.openinburgering.rapportage;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

import nl.openinburgering.Testdossier;
import nl.openinburgering.Testdossier.Aanbieder;
import nl.openinburgering.UiTestGebruikers;
import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.shared.Gemeentecode;
import nl.openinburgering.shared.Leerroute;

import static nl.openinburgering.AlsGebruiker.consulentVanDalfsen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The page {@code /rapportages}: the same figures as the API, for the beleidsmedewerker only. */
@SpringBootTest
@AutoConfigureMockMvc
class RapportagePaginaIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    RapportageBeheer rapportages;

    @Test
    void theBeleidsmedewerkerSeesOneRowPerCohortOfTheGemeenteAndOfTheCountry() throws Exception {
        String html = mvc.perform(get("/rapportages")
                        .with(user("beleid.dalfsen")
                                .authorities(
                                        new SimpleGrantedAuthority("ROLE_BELEIDSMEDEWERKER"),
                                        new SimpleGrantedAuthority("GEMEENTE_0148"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String landelijk = tabel(html, "tabel-landelijk");
        String gemeente = tabel(html, "tabel-gemeente");

        assertThat(landelijk)
                .contains(
                        "<caption class=\"utrecht-table__caption\">Uren per cohort, landelijk (alle gemeenten)</caption>");
        assertThat(landelijk.split("<th scope=\"row\"", -1))
                .hasSize(Tenant.alsGemeente(new Gemeentecode("0148"), rapportages::urenPerCohortLandelijk)
                                .cohorten()
                                .size()
                        + 1);
        assertThat(html).contains("id=\"landelijk-stand\"", "Stand van ");
        assertThat(landelijk)
                .containsPattern("<th scope=\"row\"[^>]*>Nog geen termijn</th>(?s:(?!<th scope=\"row\").)*</tbody>");
        assertThat(gemeente)
                .contains("<caption class=\"utrecht-table__caption\">Uren per cohort, gemeente Dalfsen</caption>");
    }

    /** The gemeente's table shows the figures of the report, in Dutch notation, one row per cohort. */
    @Test
    void theGemeenteTableShowsTheFiguresOfTheReport() throws Exception {
        Testdossier.Persoon persoon = Testdossier.in(mvc)
                .doelgroep(Doelgroep.ASIELSTATUSHOUDER)
                .persoon()
                .metPip(Leerroute.B1_ROUTE)
                .vastgesteld();
        String id = persoon.id();
        persoon.deelname(Aanbieder.TAALSCHOOL, "LEERROUTE").uren("TAALLES_KNM", "24", LocalDate.of(2025, 3, 3));

        String gemeente = tabel(
                mvc.perform(get("/rapportages")
                                .with(user("beleid.dalfsen")
                                        .authorities(
                                                new SimpleGrantedAuthority("ROLE_BELEIDSMEDEWERKER"),
                                                new SimpleGrantedAuthority("GEMEENTE_0148"))))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "tabel-gemeente");

        List<Cohortregel> regels = consulentVanDalfsen(rapportages::urenPerCohort);
        assertThat(regels).isNotEmpty();
        assertThat(gemeente.split("<th scope=\"row\"", -1)).hasSize(regels.size() + 1);
        Cohortregel cohort2025 = regels.stream()
                .filter(r -> Integer.valueOf(2025).equals(r.jaar()))
                .findFirst()
                .orElseThrow();
        assertThat(gemeente)
                .containsPattern("<th scope=\"row\"[^>]*>2025</th>\\s*<td[^>]*>"
                        + NumberFormat.getIntegerInstance(Locale.of("nl")).format(cohort2025.personen())
                        + "</td>\\s*<td[^>]*>"
                        + String.format(Locale.of("nl"), "%,.2f", cohort2025.gevolgdeUrenTaallesKnm())
                                .replace(".", "\\.")
                        + "</td>");
    }

    /** The markup of one table, from its opening tag to its end. */
    private static String tabel(String html, String id) {
        int begin = html.indexOf("id=\"" + id + "\"");
        assertThat(begin).as("tabel " + id).isNotNegative();
        return html.substring(begin, html.indexOf("</table>", begin));
    }

    @Test
    void aConsulentMayNotOpenTheReportPage() throws Exception {
        mvc.perform(get("/rapportages").with(UiTestGebruikers.consulentDalfsen()))
                .andExpect(status().isForbidden());
    }
}
