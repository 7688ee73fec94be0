package nl.openinburgering.rapportage;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * D10: the beleidsmedewerker's half-year page, its Excel workbook and its PDF show the same figures: the
 * workbook is opened with POI and each cell compared with the page's table cell, the PDF's text holds every table.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HalfjaarPaginaIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EmbeddedPostgres postgres;

    @Autowired
    HalfjaarRapportage rapportage;

    String gemeente;

    @BeforeAll
    void zaai() throws Exception {
        try (Halfjaardataset d = new Halfjaardataset(postgres)) {
            gemeente = d.gemeente;
            for (int i = 0; i < 12; i++) {
                UUID p = d.persoon("ASIELSTATUSHOUDER", of(2025, 1, 10 + i), of(2025, 2, 1), of(2025, 2, 1));
                d.pip(p, "VASTGESTELD", i < 7 ? "B1_ROUTE" : "Z_ROUTE", i < 7 ? "B1" : null, of(2025, 3, 1 + i));
                if (i % 3 == 0) {
                    d.uitstroom(p, "WERK", of(2025, 5, 1));
                }
            }
            UUID oud = d.persoon("GEZINSMIGRANT_OF_OVERIGE_MIGRANT", of(2024, 8, 1), of(2024, 8, 1), of(2024, 8, 1));
            d.handhaving(oud, null, of(2025, 3, 1), of(2025, 4, 1), new BigDecimal("250.50"));
            d.taakstelling(2025, 1, 20);
        }
    }

    RequestPostProcessor beleid() {
        return user("beleid." + gemeente)
                .authorities(
                        new SimpleGrantedAuthority("ROLE_BELEIDSMEDEWERKER"),
                        new SimpleGrantedAuthority("GEMEENTE_" + gemeente));
    }

    String pagina(String periode) throws Exception {
        return mvc.perform(
                        get("/rapportages/halfjaar").param("periode", periode).with(beleid()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The text of every cell of the page's table with this key, row by row (header row included). */
    static List<List<String>> tabel(String html, String sleutel) {
        Matcher tabel = Pattern.compile("id=\"tabel-" + sleutel + "\".*?</table>", Pattern.DOTALL)
                .matcher(html);
        assertThat(tabel.find()).as("tabel " + sleutel).isTrue();
        List<List<String>> rijen = new ArrayList<>();
        Matcher rij = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(tabel.group());
        while (rij.find()) {
            List<String> cellen = new ArrayList<>();
            Matcher cel =
                    Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>", Pattern.DOTALL).matcher(rij.group(1));
            while (cel.find()) {
                cellen.add(cel.group(1).strip().replace("&nbsp;", " ").replace("&#39;", "'"));
            }
            rijen.add(cellen);
        }
        return rijen;
    }

    @Test
    void d10_thePageShowsEachTableWithItsChartAndThePreviousHalfYear() throws Exception {
        String html = pagina("2025-1");
        assertThat(html).contains("Halfjaarrapportage 1e helft 2025");
        List<List<String>> huisvesting = tabel(html, "Huisvesting");
        assertThat(huisvesting.get(0)).containsExactly("Asielstatushouders", "1e helft 2025", "2e helft 2024");
        assertThat(huisvesting.get(1)).containsExactly("Taakstelling", "20", "—");
        assertThat(huisvesting.get(2)).containsExactly("Gehuisvest", "12", "0");
        assertThat(huisvesting.get(3)).containsExactly("Realisatie", "60,0 %", "—");
        assertThat(tabel(html, "Leerroutes").get(1)).containsExactly("B1-route", "7", "58,3 %", "0", "—", "60,0 %");
        assertThat(tabel(html, "Handhaving").get(4)).containsExactly("Bedrag aan boetes", "€ 250,50", "€ 0,00");
        assertThat(html).contains("<svg", "id=\"grafiek-huisvesting\"", "role=\"img\"");
        // D6: the budget realisation of module begroting is the last table, for both half years
        List<List<String>> budget = tabel(html, "Budget");
        assertThat(budget.get(0)).containsExactly("Onderdeel", "1e helft 2025", "2e helft 2024");
        assertThat(budget)
                .extracting(r -> r.get(0))
                .contains(
                        "Besteed: leerroutes",
                        "SPUK: budget",
                        "SPUK: saldo (budget min prognose)",
                        "Uitvoeringsbudget: prognose");
    }

    @Test
    void d10_theExcelWorkbookHasOneSheetPerTableWithThePagesFigures() throws Exception {
        String html = pagina("2025-1");
        byte[] xlsx = mvc.perform(get("/rapportages/halfjaar.xlsx")
                        .param("periode", "2025-1")
                        .with(beleid()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        // as the beleidsmedewerker, like the page: only they see the budget table (D6)
        List<Rapporttabel> tabellen = nl.openinburgering.AlsGebruiker.als(
                        "beleid." + gemeente,
                        "BELEIDSMEDEWERKER",
                        () -> Tenant.alsGemeente(
                                new Gemeentecode(gemeente), () -> rapportage.rapport(new Halfjaar(2025, 1))))
                .tabellen();
        assertThat(tabellen.getLast().sleutel()).isEqualTo("Budget");
        try (XSSFWorkbook werkboek = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(werkboek.getNumberOfSheets()).isEqualTo(tabellen.size());
            for (Rapporttabel t : tabellen) {
                Sheet blad = werkboek.getSheet(t.sleutel());
                assertThat(blad).as(t.sleutel()).isNotNull();
                List<List<String>> pagina = tabel(html, t.sleutel());
                assertThat(blad.getRow(0).getCell(0).getStringCellValue()).isEqualTo(t.titel());
                for (int r = 0; r < t.rijen().size(); r++) {
                    Row rij = blad.getRow(r + 3);
                    assertThat(rij.getCell(0).getStringCellValue())
                            .isEqualTo(pagina.get(r + 1).get(0));
                    for (int k = 0; k < t.kolommen().size(); k++) {
                        Cell cel = rij.getCell(k + 1);
                        String opPagina = pagina.get(r + 1).get(k + 1);
                        if (opPagina.equals("—")) {
                            assertThat(cel.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK);
                        } else {
                            BigDecimal uitExcel = BigDecimal.valueOf(cel.getNumericCellValue());
                            assertThat(uitExcel)
                                    .as(t.sleutel() + " rij " + r + " kolom " + k)
                                    .isEqualByComparingTo(getal(opPagina));
                        }
                    }
                }
            }
        }
    }

    @Test
    void d10_thePdfHoldsEveryTableOfThePage() throws Exception {
        byte[] pdf = mvc.perform(get("/rapportages/halfjaar.pdf")
                        .param("periode", "2025-1")
                        .with(beleid()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, 0, 8, java.nio.charset.StandardCharsets.US_ASCII))
                .startsWith("%PDF-");
        String tekst;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            tekst = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(tekst)
                .contains("Halfjaarrapportage inburgering 1e helft 2025")
                .contains("Realisatie huisvestingstaakstelling")
                .contains("Taakstelling 20 —")
                .contains("Gehuisvest 12 0")
                .contains("Realisatie 60,0 % —")
                .contains("Uitstroom van statushouders naar werk of studie")
                .contains("Werk in loondienst 4 0")
                .contains("B1-route 7 58,3 % 0 — 60,0 %")
                .contains("Bedrag aan boetes € 250,50 € 0,00");
    }

    @Test
    void d10_theBeleidsmedewerkerSetsTheTaakstellingAndAWrongNumberIsRefused() throws Exception {
        mvc.perform(post("/rapportages/halfjaar/taakstelling")
                        .param("periode", "2024-2")
                        .param("taakstelling", "15")
                        .with(beleid())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(Tenant.alsGemeente(new Gemeentecode(gemeente), () -> rapportage.taakstelling(new Halfjaar(2024, 2))))
                .contains(15);
        String fout = mvc.perform(post("/rapportages/halfjaar/taakstelling")
                        .param("periode", "2024-2")
                        .param("taakstelling", "-3")
                        .with(beleid())
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(fout).contains("Vul de taakstelling in als een aantal personen van 0 tot 100.000.");
    }

    @Test
    void d10_anUnreadablePeriodIsABadRequestAndAConsulentMayNotSeeTheReport() throws Exception {
        mvc.perform(get("/rapportages/halfjaar").param("periode", "2025-3").with(beleid()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/rapportages/halfjaar")
                        .with(user("consulent." + gemeente)
                                .authorities(
                                        new SimpleGrantedAuthority("ROLE_CONSULENT"),
                                        new SimpleGrantedAuthority("GEMEENTE_" + gemeente))))
                .andExpect(status().isForbidden());
    }

    static BigDecimal getal(String tekst) {
        return new BigDecimal(tekst.replace("€", "")
                .replace("%", "")
                .replace(".", "")
                .replace(",", ".")
                .strip());
    }
}
