package nl.openinburgering.begroting;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

import nl.openinburgering.AlsGebruiker;
import nl.openinburgering.Testdossier;
import nl.openinburgering.begroting.Kostencomponent.Budgetbron;
import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.shared.Leerroute;

import static nl.openinburgering.UiTestGebruikers.beheerderDalfsen;
import static nl.openinburgering.UiTestGebruikers.consulentDalfsen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The begroting against the real database: the rekentool page and its Excel on Dalfsen's demo inputs (figure 1.1),
 * the prognosis form (Zwartewaterland, which no demo data touches), the settlement on the registry's numbers, and
 * the realisation read from the modules (deelnames at their contract price per route, MAP at the D4 budget,
 * interpreters). Counts of shared data are compared before and after, as other tests add people and deelnames.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BegrotingIntegrationTests {

    static final Pattern RIJ =
            Pattern.compile("<tr class=\"utrecht-table__row\" id=\"([a-z0-9-]+)\">(.*?)</tr>", Pattern.DOTALL);
    static final Pattern CEL = Pattern.compile("<t[hd][^>]*>([^<]*)</t[hd]>");

    @Autowired
    MockMvc mvc;

    @Autowired
    BegrotingBeheer begroting;

    static RequestPostProcessor beleid(String gemeente) {
        return user("beleid")
                .authorities(
                        new SimpleGrantedAuthority("ROLE_BELEIDSMEDEWERKER"),
                        new SimpleGrantedAuthority("GEMEENTE_" + gemeente));
    }

    /** D6: Dalfsen's demo inputs give figure 1.1's table; the page lists the 8 cells that differ, with their cause. */
    @Test
    void d6_theRekentoolPageAndItsExcelShowFigure11AndWhereItDiffers() throws Exception {
        String pagina = mvc.perform(get("/begroting").with(beleid("0148")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<List<String>> rijen = rijen(pagina, "uitkering");
        assertThat(rijen)
                .containsExactly(
                        List.of(
                                "Uitkering voor de asielstatushouders gehuisvest in 2022",
                                "€ 134.960,00",
                                "€ 70.000,00",
                                "€ 17.500,00",
                                "nvt"),
                        List.of(
                                "Uitkering voor de asielstatushouders gehuisvest in 2023",
                                "nvt",
                                "€ 118.764,80",
                                "€ 61.600,00",
                                "€ 15.400,00"),
                        List.of(
                                "Uitkering voor de asielstatushouders gehuisvest in 2024",
                                "nvt",
                                "nvt",
                                "€ 118.764,80",
                                "€ 61.600,00"),
                        List.of(
                                "Uitkering voor de asielstatushouders gehuisvest in 2025",
                                "nvt",
                                "nvt",
                                "nvt",
                                "€ 118.764,80"),
                        List.of(
                                "Uitkering voor gezins- en overige migranten in jaar t",
                                "€ 1.767,00",
                                "€ 1.767,00",
                                "€ 1.767,00",
                                "€ 1.767,00"),
                        List.of("Totale uitkering", "€ 136.727,00", "€ 190.531,80", "€ 199.631,80", "€ 197.531,80"));
        assertThat(pagina)
                .contains("16 cellen zijn gelijk aan de figuur, 8 verschillen")
                .contains("1 jaar te vroeg")
                .contains("€ 134.962,00")
                .contains("onafgeronde prijs");

        byte[] xlsx = mvc.perform(get("/begroting/rekentool.xlsx").with(beleid("0148")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook werkboek = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet blad = werkboek.getSheetAt(0);
            assertThat(blad.getRow(0).getCell(1).getStringCellValue()).isEqualTo("2022");
            assertThat(blad.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(134_960.00);
            assertThat(blad.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(118_764.80);
            assertThat(blad.getRow(1).getCell(4).getStringCellValue()).isEqualTo("nvt");
            DataFormatter opmaak = new DataFormatter(java.util.Locale.of("nl", "NL"));
            Row totaal = blad.getRow(6);
            assertThat(totaal.getCell(0).getStringCellValue()).isEqualTo("Totale uitkering");
            for (int k = 1; k <= 4; k++) {
                assertThat("€ " + opmaak.formatCellValue(totaal.getCell(k)))
                        .as("Excel equals the page, year %d", k)
                        .isEqualTo(rijen.get(5).get(k));
            }
        }
    }

    /** D6: the prognosis form refuses a negative taakstelling and a factor above 100 with Dutch messages. */
    @Test
    void d6_thePrognosisFormRefusesANegativeTaakstellingAndAFactorAbove100() throws Exception {
        String pagina = mvc.perform(post("/begroting/prognose")
                        .with(beleid("1896"))
                        .with(csrf())
                        .param("prognoseJaar", "2027")
                        .param("taakstelling", "-3")
                        .param("gezinsmigranten", "2")
                        .param("factor", "120"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(pagina)
                .contains("id=\"fout-taakstelling\"")
                .contains("Vul de huisvestingstaakstelling in als heel getal van 0 of meer.")
                .contains("id=\"fout-factor\"");
    }

    /** D6: a prognosis entered by the beleidsmedewerker shows in the table; removing it asks first. */
    @Test
    void d6_aPrognosisEnteredShowsInTheTableAndRemovingItAsksFirst() throws Exception {
        mvc.perform(post("/begroting/prognose")
                        .with(beleid("1896"))
                        .with(csrf())
                        .param("prognoseJaar", "2028")
                        .param("taakstelling", "10")
                        .param("gezinsmigranten", "2")
                        .param("factor", "70"))
                .andExpect(status().is3xxRedirection());
        String pagina = mvc.perform(get("/begroting").with(beleid("1896")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        // 10 × 70% = 7 statushouders × € 7.712 = € 53.984; 2 × € 589 = € 1.178
        assertThat(rijen(pagina, "uitkering")).contains(List.of("Totale uitkering", "€ 55.162,00"));
        assertThat(pagina).doesNotContain("Vergelijking met figuur 1.1");
        assertThat(mvc.perform(get("/begroting/prognose/2028/verwijderen").with(beleid("1896")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Weet u zeker dat u de prognose voor 2028 wilt verwijderen?");
        mvc.perform(post("/begroting/prognose/2028/verwijderen")
                        .with(beleid("1896"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/begroting/prognose/2028/verwijderen").with(beleid("1896")))
                .andExpect(status().isNotFound());
    }

    /** D6: the settlement counts the inburgeringsplichtigen of the registry by the year their plicht started. */
    @Test
    void d6_theSettlementCountsTheRegistrysInburgeringsplichtigenOfTheYear() throws Exception {
        long voor = werkelijkeStatushouders(2025);
        Testdossier.in(mvc)
                .doelgroep(Doelgroep.ASIELSTATUSHOUDER)
                .plichtVanaf(LocalDate.of(2025, 4, 1))
                .persoon();
        Testdossier.in(mvc)
                .doelgroep(Doelgroep.ASIELSTATUSHOUDER)
                .plichtVanaf(LocalDate.of(2025, 11, 30))
                .persoon();
        Testdossier.in(mvc)
                .doelgroep(Doelgroep.GEZINSMIGRANT_OF_OVERIGE_MIGRANT)
                .plichtVanaf(LocalDate.of(2025, 5, 1))
                .persoon();
        assertThat(werkelijkeStatushouders(2025)).isEqualTo(voor + 2);
        Afrekening.Regel regel =
                AlsGebruiker.als("beleid.dalfsen", "BELEIDSMEDEWERKER", () -> begroting.rekentool())
                        .afrekening()
                        .regels()
                        .stream()
                        .filter(r -> r.jaar() == 2025)
                        .findFirst()
                        .orElseThrow();
        assertThat(regel.definitiefCenten())
                .isEqualTo(regel.werkelijkeStatushouders() * 1_271_200 + regel.werkelijkeGezinsmigranten() * 58_900);
        assertThat(regel.voorlopigCenten()).as("15,4 × € 12.712 + 3 × € 589").isEqualTo(19_576_480L + 176_700L);
    }

    /**
     * D6, D8: the realisation reads a leerroute deelname at the contract price of its provider and route, a MAP
     * deelname at the D4 budget, and an interpreter; a future start is committed, not spent.
     */
    @Test
    void d6_theRealisationCountsDeelnamesAtTheirContractPricePerRouteAndMapAtTheD4Budget() throws Exception {
        mvc.perform(post("/beheer/contractprijzen")
                        .with(beheerderDalfsen())
                        .with(csrf())
                        .param("prijsAanbieder", Testdossier.Aanbieder.TAALSCHOOL.id())
                        .param("prijsSoort", "LEERROUTE")
                        .param("prijsRoute", "Z_ROUTE")
                        .param("contractprijs", "9.250,50"))
                .andExpect(status().is3xxRedirection());
        LocalDate start = LocalDate.of(2029, 3, 1);
        Budgetrealisatie voor = realisatie(2029);
        Testdossier.Persoon persoon =
                Testdossier.in(mvc).persoon().metPip(Leerroute.Z_ROUTE).vastgesteld();
        persoon.deelname(Testdossier.Aanbieder.TAALSCHOOL, "LEERROUTE", start);
        persoon.deelname(Testdossier.Aanbieder.PARTICIPATIEBEDRIJF, "MAP", start);
        mvc.perform(post("/begroting/tolken")
                        .with(beleid("0148"))
                        .with(csrf())
                        .param("tolkDatum", "2029-05-01")
                        .param("tolkOmschrijving", "Tigrinya, PIP-gesprek")
                        .param("tolkBedrag", "85,00"))
                .andExpect(status().is3xxRedirection());
        Budgetrealisatie na = realisatie(2029);

        assertThat(verplicht(na, Kostencomponent.LEERROUTE, "Z-route")
                        - verplicht(voor, Kostencomponent.LEERROUTE, "Z-route"))
                .isEqualTo(925_050L);
        long mapBudget = AlsGebruiker.als("beleid.dalfsen", "BELEIDSMEDEWERKER", () -> mapBudget());
        assertThat(verplicht(na, Kostencomponent.MAP, "") - verplicht(voor, Kostencomponent.MAP, ""))
                .isEqualTo(mapBudget);
        assertThat(verplicht(na, Kostencomponent.TOLKEN, "") - verplicht(voor, Kostencomponent.TOLKEN, ""))
                .isEqualTo(8_500L);
        assertThat(na.besteed(Budgetbron.SPUK))
                .as("2029 has not begun: nothing spent")
                .isZero();
        assertThat(na.prognose(Budgetbron.SPUK)).isEqualTo(na.verplicht(Budgetbron.SPUK));
        assertThat(na.uitvoeringsbudgetCenten()).isEqualTo(8_800_000L);

        String pagina = mvc.perform(
                        get("/begroting/realisatie").param("jaar", "2029").with(beleid("0148")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(pagina).contains("Taalschool Regio Zwolle – Z-route").contains("Tigrinya, PIP-gesprek – € 85,00");
    }

    /** D8: a leerroute price needs its route, and a provider's price only for what it offers. */
    @Test
    void d8_aContractPriceOfALeerrouteNeedsItsRouteAndOnlyForWhatTheProviderOffers() throws Exception {
        String pagina = mvc.perform(post("/beheer/contractprijzen")
                        .with(beheerderDalfsen())
                        .with(csrf())
                        .param("prijsAanbieder", Testdossier.Aanbieder.TAALSCHOOL.id())
                        .param("prijsSoort", "LEERROUTE")
                        .param("prijsRoute", "")
                        .param("contractprijs", "-1"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(pagina).contains("Kies de leerroute").contains("Vul een prijs in van 0 tot 1.000.000 euro");
        mvc.perform(post("/beheer/contractprijzen")
                        .with(beheerderDalfsen())
                        .with(csrf())
                        .param("prijsAanbieder", Testdossier.Aanbieder.TAALSCHOOL.id())
                        .param("prijsSoort", "PVT")
                        .param("contractprijs", "500"))
                .andExpect(status().isBadRequest());
    }

    /** D6: the API gives the estimate of figure 1.1 and refuses a period that ends before it starts as problem+json. */
    @Test
    void d6_theApiGivesTheEstimateAndRefusesAPeriodThatEndsBeforeItStarts() throws Exception {
        String raming = mvc.perform(get("/api/v1/begroting/spuk-raming").with(beleid("0148")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(com.jayway.jsonpath.JsonPath.<List<String>>read(raming, "$.totalen"))
                .containsExactly("136727.00", "190531.80", "199631.80", "197531.80");
        assertThat(com.jayway.jsonpath.JsonPath.<String>read(raming, "$.cohorten[0].statushouders"))
                .isEqualTo("17.5");
        String fout = mvc.perform(get("/api/v1/begroting/realisatie")
                        .param("startdatum", "2029-07-01")
                        .param("einddatum", "2029-01-01")
                        .with(beleid("0148")))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(fout).contains("invalidParams").contains("periode.ongeldig");
        String realisatie = mvc.perform(get("/api/v1/begroting/realisatie")
                        .param("startdatum", "2026-01-01")
                        .param("einddatum", "2026-07-01")
                        .with(beleid("0148")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(com.jayway.jsonpath.JsonPath.<String>read(realisatie, "$.budgetten[1].budget"))
                .as("€ 88.000 × 181/365 days")
                .isEqualTo("43638.36");
        mvc.perform(get("/api/v1/begroting/spuk-raming").with(consulentDalfsen()))
                .andExpect(status().isForbidden());
    }

    /** The interpreters of a year are listed 20 to a page, newest first. */
    @Test
    void theInterpretersOfAYearAreListedTwentyToAPage() throws Exception {
        for (int dag = 1; dag <= 21; dag++) {
            mvc.perform(post("/begroting/tolken")
                            .with(beleid("1896"))
                            .with(csrf())
                            .param("tolkDatum", LocalDate.of(2032, 1, dag).toString())
                            .param("tolkOmschrijving", "Dari, dag " + dag)
                            .param("tolkBedrag", "50"))
                    .andExpect(status().is3xxRedirection());
        }
        String eerste = mvc.perform(
                        get("/begroting/realisatie").param("jaar", "2032").with(beleid("1896")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(eerste)
                .contains("Pagina 1 van 2 (21 tolkinzetten)")
                .contains("Dari, dag 21")
                .doesNotContain("Dari, dag 1 ");
        assertThat(eerste.split("Dari, dag ", -1)).hasSize(20 * 2 + 1);
        String tweede = mvc.perform(get("/begroting/realisatie")
                        .param("jaar", "2032")
                        .param("pagina", "1")
                        .with(beleid("1896")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(tweede).contains("Pagina 2 van 2").contains("Dari, dag 1 ").doesNotContain("Dari, dag 21");
    }

    /** The begroting is for policy staff: a consulent gets 403; the settings are the functioneel beheerder's. */
    @Test
    void aConsulentMayNotOpenTheBegrotingAndABeleidsmedewerkerNotItsSettings() throws Exception {
        mvc.perform(get("/begroting").with(consulentDalfsen())).andExpect(status().isForbidden());
        mvc.perform(get("/begroting/realisatie").with(consulentDalfsen())).andExpect(status().isForbidden());
        mvc.perform(get("/beheer/begroting").with(beleid("0148"))).andExpect(status().isForbidden());
        mvc.perform(get("/beheer/begroting").with(beheerderDalfsen())).andExpect(status().isOk());
        mvc.perform(get("/begroting").with(beheerderDalfsen())).andExpect(status().isOk());
    }

    private long werkelijkeStatushouders(int jaar) {
        return AlsGebruiker.als("beleid.dalfsen", "BELEIDSMEDEWERKER", () -> begroting.rekentool())
                .afrekening()
                .regels()
                .stream()
                .filter(r -> r.jaar() == jaar)
                .mapToLong(Afrekening.Regel::werkelijkeStatushouders)
                .sum();
    }

    @Autowired
    nl.openinburgering.map.MapBeheer map;

    private long mapBudget() {
        return map.budget().movePointRight(2).longValue();
    }

    private Budgetrealisatie realisatie(int jaar) {
        return AlsGebruiker.als(
                "beleid.dalfsen",
                "BELEIDSMEDEWERKER",
                () -> begroting.realisatie(LocalDate.of(jaar, 1, 1), LocalDate.of(jaar + 1, 1, 1)));
    }

    private static long verplicht(Budgetrealisatie r, Kostencomponent component, String bevat) {
        return r.van(component).stream()
                .filter(k -> k.omschrijving().contains(bevat))
                .mapToLong(Kostenregel::verplichtCenten)
                .sum();
    }

    static List<List<String>> rijen(String pagina, String tabel) {
        int begin = pagina.indexOf("id=\"" + tabel + "\"");
        String deel = pagina.substring(begin, pagina.indexOf("</table>", begin));
        List<List<String>> rijen = new ArrayList<>();
        Matcher rij = Pattern.compile("<tr class=\"utrecht-table__row\" id=\"[^\"]+\">(.*?)</tr>", Pattern.DOTALL)
                .matcher(deel);
        while (rij.find()) {
            List<String> cellen = new ArrayList<>();
            Matcher cel = CEL.matcher(rij.group(1));
            while (cel.find()) {
                cellen.add(cel.group(1).strip());
            }
            rijen.add(cellen);
        }
        return rijen;
    }
}
