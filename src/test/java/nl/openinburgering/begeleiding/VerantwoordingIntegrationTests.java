package nl.openinburgering.begeleiding;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.openinburgering.Testdossier;

import static nl.openinburgering.UiTestGebruikers.beheerderDalfsen;
import static nl.openinburgering.UiTestGebruikers.consulentDalfsen;
import static nl.openinburgering.UiTestGebruikers.teamleiderDalfsen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The accountability per partner per quarter (R8.2: the cost against the subsidy): the page, the CSV and the
 * Excel export (opened with Apache POI) show the same figures, and those are the figures of the seeded year.
 * Seeded for Humanitas in 2023, a partner and year no other test uses.
 */
@SpringBootTest
@AutoConfigureMockMvc
class VerantwoordingIntegrationTests {

    static final int JAAR = 2023;
    static final Pattern RIJ =
            Pattern.compile("<tr class=\"utrecht-table__row\" id=\"kwartaal-(\\d)\">(.*?)</tr>", Pattern.DOTALL);
    static final Pattern CEL = Pattern.compile("<t[hd][^>]*>([^<]*)</t[hd]>");

    @Autowired
    MockMvc mvc;

    static RequestPostProcessor beleid(String gemeente) {
        return user("beleid")
                .authorities(
                        new SimpleGrantedAuthority("ROLE_BELEIDSMEDEWERKER"),
                        new SimpleGrantedAuthority("GEMEENTE_" + gemeente));
    }

    @Test
    void r8_2_thePageTheCsvAndTheExcelShowTheSameFiguresPerQuarterAgainstTheSubsidy() throws Exception {
        mvc.perform(post("/beheer/begeleiding/subsidie")
                        .with(beheerderDalfsen())
                        .with(csrf())
                        .param("subsidiePartner", BegeleidingIntegrationTests.HUMANITAS.toString())
                        .param("subsidieJaar", String.valueOf(JAAR))
                        .param("subsidieBedrag", "10000")
                        .param("subsidiePerTraject", "2370"))
                .andExpect(status().is3xxRedirection());
        UUID a = traject(LocalDate.of(JAAR, 4, 10));
        UUID b = traject(LocalDate.of(JAAR, 5, 2));
        contact(a, LocalDate.of(JAAR, 5, 1), "HUISVESTING", "1.5");
        contact(b, LocalDate.of(JAAR, 6, 30), "ZORG", "2");
        contact(a, LocalDate.of(JAAR, 7, 1), "WERK", "3");

        List<List<String>> pagina = pagina();
        List<List<String>> csv = csv();
        List<List<String>> excel = excel();

        assertThat(pagina).hasSize(4);
        assertThat(pagina.get(0)).startsWith("2023-Q1", "0", "0", "0.00", "0", "0.00", "0.00", "10000.00");
        assertThat(pagina.get(1)).startsWith("2023-Q2", "2", "2", "3.50", "2", "4740.00", "4740.00", "5260.00");
        assertThat(pagina.get(2)).startsWith("2023-Q3", "2", "0", "3.00", "1", "0.00", "4740.00", "5260.00");
        // Per subject: HUISVESTING (count, hours), INKOMEN, ZORG … in the order of the enum.
        assertThat(pagina.get(1).subList(8, 14)).containsExactly("1", "1.50", "0", "0.00", "1", "2.00");
        assertThat(csv.subList(1, csv.size())).isEqualTo(pagina);
        assertThat(excel.subList(1, excel.size())).isEqualTo(pagina);
        assertThat(excel.getFirst()).isEqualTo(csv.getFirst());
    }

    @Test
    void anotherGemeentesPartnerIsNotFoundAndOtherRolesAreRefused() throws Exception {
        String pad = "/begeleiding/verantwoording?partner=" + BegeleidingIntegrationTests.HUMANITAS + "&jaar=" + JAAR;
        mvc.perform(get(pad).with(beleid("0180"))).andExpect(status().isNotFound());
        mvc.perform(get("/begeleiding/verantwoording/export.csv?partner=" + BegeleidingIntegrationTests.HUMANITAS
                                + "&jaar=" + JAAR)
                        .with(beleid("0180")))
                .andExpect(status().isNotFound());
        mvc.perform(get(pad).with(teamleiderDalfsen())).andExpect(status().isOk());
        mvc.perform(get(pad).with(consulentDalfsen())).andExpect(status().isForbidden());
        mvc.perform(get(pad).with(BegeleidingIntegrationTests.begeleider())).andExpect(status().isForbidden());
    }

    private UUID traject(LocalDate start) throws Exception {
        String id = Testdossier.in(mvc).persoon().id();
        mvc.perform(post("/inburgeraars/" + id + "/begeleiding/start")
                        .with(consulentDalfsen())
                        .with(csrf())
                        .param("begeleidingPartner", BegeleidingIntegrationTests.HUMANITAS.toString())
                        .param("begeleidingStart", start.toString()))
                .andExpect(status().is3xxRedirection());
        return BegeleidingIntegrationTests.als("consulent.dalfsen", "CONSULENT", "0148", () -> begeleidingVan(id));
    }

    @Autowired
    BegeleidingBeheer begeleiding;

    private UUID begeleidingVan(String id) {
        return begeleiding
                .inDossier(UUID.fromString(id))
                .orElseThrow()
                .traject()
                .id();
    }

    private void contact(UUID traject, LocalDate datum, String onderwerp, String uren) throws Exception {
        mvc.perform(post("/begeleidingen/" + traject + "/contactmomenten")
                        .with(BegeleidingIntegrationTests.begeleider("begeleider.humanitas"))
                        .with(csrf())
                        .param("contactDatum", datum.toString())
                        .param("contactOnderwerp", onderwerp)
                        .param("contactUren", uren)
                        .param("contactNotitie", "Gesprek"))
                .andExpect(status().is3xxRedirection());
    }

    private String query() {
        return "?partner=" + BegeleidingIntegrationTests.HUMANITAS + "&jaar=" + JAAR;
    }

    private List<List<String>> pagina() throws Exception {
        String html = mvc.perform(get("/begeleiding/verantwoording" + query()).with(beleid("0148")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<List<String>> rijen = new ArrayList<>();
        Matcher rij = RIJ.matcher(html);
        while (rij.find()) {
            List<String> cellen = new ArrayList<>();
            Matcher cel = CEL.matcher(rij.group(2));
            while (cel.find()) {
                cellen.add(cel.group(1).strip());
            }
            rijen.add(cellen);
        }
        return rijen;
    }

    private List<List<String>> csv() throws Exception {
        String tekst = new String(
                mvc.perform(get("/begeleiding/verantwoording/export.csv" + query())
                                .with(beleid("0148")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray(),
                StandardCharsets.UTF_8);
        return tekst.lines().map(regel -> Arrays.asList(regel.split(";"))).toList();
    }

    private List<List<String>> excel() throws Exception {
        byte[] bestand = mvc.perform(
                        get("/begeleiding/verantwoording/export.xlsx" + query()).with(beleid("0148")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        DataFormatter formaat = new DataFormatter(Locale.ROOT);
        List<List<String>> rijen = new ArrayList<>();
        try (XSSFWorkbook werkboek = new XSSFWorkbook(new ByteArrayInputStream(bestand))) {
            Sheet blad = werkboek.getSheetAt(0);
            for (Row rij : blad) {
                List<String> cellen = new ArrayList<>();
                for (int i = 0; i < rij.getLastCellNum(); i++) {
                    cellen.add(formaat.formatCellValue(rij.getCell(i)));
                }
                rijen.add(cellen);
            }
        }
        return rijen;
    }
}
