package nl.openinburgering.begroting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

import nl.openinburgering.begroting.Figuur11.Cel;
import nl.openinburgering.begroting.Figuur11.Oorzaak;
import nl.openinburgering.shared.OngeldigeInvoer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * D6: the SPUK rekentool against figure 1.1 of Dalfsen's plan (the seed). The inputs are the figure's: housing
 * years 2022–2025, taakstelling 25, 22, 22, 22, three gezinsmigranten a year, factor 70%, prices € 7.712 / € 4.000 /
 * € 1.000 and € 589 (D6).
 */
class SpukramingTests {

    static final Spukraming RAMING = Spukraming.bereken(Figuur11.INVOER, SpukPrijzen::standaard);

    /**
     * D6: every cell of figure 1.1, the tool's value in cents beside it, and the cause of each difference. The
     * figure labels the years one early (its "2021" is the housing and payment year 2022 of its inputs). The cells of
     * year t are € 2,00 and € 1,20 below the figure, the totals € 2,00 and € 2,20: the Divosa tool computes with
     * unrounded prices (about € 7.712,10 and € 589,10) and prints whole euros, and its totals add the unrounded cells
     * (its own total of 2023 is € 1 more than the sum of the cells it prints). All other cells are equal.
     */
    @Test
    void d6_pinsEveryCellOfFigure11AgainstTheSeedAndDocumentsEachDifference() {
        List<Cel> cellen = Figuur11.vergelijk(RAMING);
        assertThat(cellen).hasSize(24);
        // rij, jaar, figuurRij, figuurJaar, figuur (euro, null = nvt), tool (cent, null = nvt), oorzaak
        Object[][] verwacht = {
            {"2022", 2022, "2021", 2021, 134_962L, 13_496_000L, Oorzaak.PRIJS_ONAFGEROND},
            {"2022", 2023, "2021", 2022, 70_000L, 7_000_000L, Oorzaak.GEEN},
            {"2022", 2024, "2021", 2023, 17_500L, 1_750_000L, Oorzaak.GEEN},
            {"2022", 2025, "2021", 2024, null, null, Oorzaak.GEEN},
            {"2023", 2022, "2022", 2021, null, null, Oorzaak.GEEN},
            {"2023", 2023, "2022", 2022, 118_766L, 11_876_480L, Oorzaak.PRIJS_ONAFGEROND},
            {"2023", 2024, "2022", 2023, 61_600L, 6_160_000L, Oorzaak.GEEN},
            {"2023", 2025, "2022", 2024, 15_400L, 1_540_000L, Oorzaak.GEEN},
            {"2024", 2022, "2023", 2021, null, null, Oorzaak.GEEN},
            {"2024", 2023, "2023", 2022, null, null, Oorzaak.GEEN},
            {"2024", 2024, "2023", 2023, 118_766L, 11_876_480L, Oorzaak.PRIJS_ONAFGEROND},
            {"2024", 2025, "2023", 2024, 61_600L, 6_160_000L, Oorzaak.GEEN},
            {"2025", 2022, "2024", 2021, null, null, Oorzaak.GEEN},
            {"2025", 2023, "2024", 2022, null, null, Oorzaak.GEEN},
            {"2025", 2024, "2024", 2023, null, null, Oorzaak.GEEN},
            {"2025", 2025, "2024", 2024, 118_766L, 11_876_480L, Oorzaak.PRIJS_ONAFGEROND},
            {"GZM", 2022, "GZM", 2021, 1_767L, 176_700L, Oorzaak.GEEN},
            {"GZM", 2023, "GZM", 2022, 1_767L, 176_700L, Oorzaak.GEEN},
            {"GZM", 2024, "GZM", 2023, 1_767L, 176_700L, Oorzaak.GEEN},
            {"GZM", 2025, "GZM", 2024, 1_767L, 176_700L, Oorzaak.GEEN},
            {"TOTAAL", 2022, "TOTAAL", 2021, 136_729L, 13_672_700L, Oorzaak.TOTAAL_VAN_ONAFGERONDE_CELLEN},
            {"TOTAAL", 2023, "TOTAAL", 2022, 190_534L, 19_053_180L, Oorzaak.TOTAAL_VAN_ONAFGERONDE_CELLEN},
            {"TOTAAL", 2024, "TOTAAL", 2023, 199_634L, 19_963_180L, Oorzaak.TOTAAL_VAN_ONAFGERONDE_CELLEN},
            {"TOTAAL", 2025, "TOTAAL", 2024, 197_534L, 19_753_180L, Oorzaak.TOTAAL_VAN_ONAFGERONDE_CELLEN},
        };
        for (int i = 0; i < verwacht.length; i++) {
            Object[] v = verwacht[i];
            Cel cel = cellen.get(i);
            assertThat(cel)
                    .as("cel %d", i)
                    .isEqualTo(new Cel(
                            (String) v[0],
                            (Integer) v[1],
                            (String) v[2],
                            (Integer) v[3],
                            Optional.ofNullable((Long) v[4]),
                            Optional.ofNullable((Long) v[5]),
                            (Oorzaak) v[6]));
        }
        assertThat(cellen.stream().map(Cel::verschilCenten).filter(v -> v != 0))
                .as("the differences: -2,00 and -1,20 per cohort cell, -2,00 and -2,20 in the totals")
                .containsExactly(-200L, -120L, -120L, -120L, -200L, -220L, -220L, -220L);
    }

    /** D6: with prices of € 7.712,10 and € 589,10 (cents are settings) every cell equals the figure to the euro. */
    @Test
    void d6_pricesWithCentsReproduceEveryCellOfFigure11ToTheEuro() {
        Spukraming raming = Spukraming.bereken(
                Figuur11.INVOER, jaar -> new SpukPrijzen(jaar, 771_210, 400_000, 100_000, 58_910, true));
        List<Cel> cellen = Figuur11.vergelijk(raming);
        assertThat(cellen)
                .hasSize(24)
                .allSatisfy(cel -> assertThat(cel.gelijkOpHeleEuros())
                        .as("%s %d", cel.rij(), cel.jaar())
                        .isTrue());
        assertThat(Figuur11.vergelijk(RAMING).stream().filter(cel -> !cel.gelijkOpHeleEuros()))
                .as("with the D6 prices of whole euros, the year-t cells and the totals differ")
                .hasSize(8);
    }

    /** D6: the prognosis of inburgeringsplichtige statushouders is the taakstelling × 70%: 17,5 and 15,4. */
    @Test
    void d6_statushoudersAreTheTaakstellingTimesTheFactor() {
        assertThat(RAMING.cohorten().stream().map(r -> r.statushouders().toPlainString()))
                .containsExactly("17.5", "15.4", "15.4", "15.4");
        assertThat(new Prognose(2026, 3, 0, new BigDecimal("66.67")).statushouders())
                .isEqualByComparingTo("2.0001");
    }

    /** D6: a cohort is paid in t, t+1 and t+2 with the prices of its year of housing; another year says "nvt". */
    @Test
    void d6_aCohortIsPaidInItsYearAndTheTwoAfterWithThePricesOfItsYear() {
        Spukraming raming = Spukraming.bereken(
                List.of(new Prognose(2030, 10, 0, BigDecimal.valueOf(100)), new Prognose(2031, 0, 0, BigDecimal.TEN)),
                jaar -> jaar == 2030
                        ? new SpukPrijzen(jaar, 100, 20, 3, 0, true)
                        : new SpukPrijzen(jaar, 999, 999, 999, 999, true));
        assertThat(raming.cohorten().getFirst().bedragen()).containsExactly(Optional.of(1_000L), Optional.of(200L));
        assertThat(raming.cohorten().get(1).bedragen()).containsExactly(Optional.empty(), Optional.of(0L));
        assertThat(raming.totalen()).containsExactly(1_000L, 200L);
        assertThat(raming.totaalIn(2031)).contains(200L);
        assertThat(raming.totaalIn(2032)).isEmpty();
        assertThat(raming.uitkeringIn(2032))
                .as("the 2030 cohort's t+2, after the table")
                .isEqualTo(30L);
        assertThat(raming.uitkeringIn(2033)).isZero();
    }

    /** D6: for any inputs (a seeded loop), each total is the sum of its column and no cell lies outside t..t+2. */
    @Test
    void d6_eachTotalIsTheSumOfItsColumnForAnyInputs() {
        Random toeval = new Random(20_260_101L);
        for (int ronde = 0; ronde < 500; ronde++) {
            int start = 2021 + toeval.nextInt(20);
            List<Prognose> invoer = new ArrayList<>();
            for (int j = 0; j < 1 + toeval.nextInt(6); j++) {
                invoer.add(new Prognose(
                        start + j, toeval.nextInt(500), toeval.nextInt(50), BigDecimal.valueOf(toeval.nextInt(101))));
            }
            Spukraming raming = Spukraming.bereken(invoer, SpukPrijzen::standaard);
            for (int k = 0; k < raming.jaren().size(); k++) {
                long som = raming.gezinsmigranten().get(k);
                for (Spukraming.Cohortrij rij : raming.cohorten()) {
                    int na = raming.jaren().get(k) - rij.huisvestingsjaar();
                    assertThat(rij.bedragen().get(k).isPresent()).isEqualTo(na >= 0 && na <= 2);
                    som += rij.bedragen().get(k).orElse(0L);
                }
                assertThat(raming.totalen().get(k)).as("ronde %d", ronde).isEqualTo(som);
                assertThat(raming.uitkeringIn(raming.jaren().get(k))).isEqualTo(som);
            }
        }
    }

    /** D6: the inputs validate themselves, with Dutch reasons per field. */
    @Test
    void d6_refusesANegativeTaakstellingAFactorAbove100AndANegativePrice() {
        assertThatThrownBy(() -> new Prognose(2026, -1, 0, BigDecimal.valueOf(70)))
                .isInstanceOf(OngeldigeInvoer.class)
                .hasMessageContaining("taakstelling");
        assertThatThrownBy(() -> new Prognose(2026, 1, 0, BigDecimal.valueOf(101)))
                .isInstanceOf(OngeldigeInvoer.class)
                .hasMessageContaining("factor");
        assertThatThrownBy(() -> new Prognose(2019, 1, 0, BigDecimal.valueOf(70)))
                .isInstanceOf(OngeldigeInvoer.class)
                .hasMessageContaining("jaar");
        assertThatThrownBy(() -> new SpukPrijzen(2026, -1, 0, 0, 0, true))
                .isInstanceOf(OngeldigeInvoer.class)
                .hasMessageContaining("prijsJaarT");
    }
}
