package nl.openinburgering.begroting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.inburgeraar.Instroom;
import nl.openinburgering.platform.Rol;
import nl.openinburgering.shared.OngeldigeInvoer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** D6: the settlement, the forecast of the realisation, the budgets of a period and what each role may do. */
class BegrotingUnitTests {

    /**
     * D6: 2022 (over): prognosis 17,5 statushouders and 3 gezinsmigranten, really 20 and 1. Provisional 17,5 × € 12.712
     * + 3 × € 589 = € 222.460 + € 1.767 = € 224.227; definitive 20 × € 12.712 + 1 × € 589 = € 254.829; settlement
     * + € 30.602. 2023 is still running.
     */
    @Test
    void d6_theSettlementPutsTheRealNumbersOfTheRegistryAgainstThePrognosis() {
        Afrekening afrekening = Afrekening.bereken(
                Figuur11.INVOER.subList(0, 2),
                SpukPrijzen::standaard,
                List.of(
                        new Instroom(2022, Doelgroep.ASIELSTATUSHOUDER, 20),
                        new Instroom(2022, Doelgroep.GEZINSMIGRANT_OF_OVERIGE_MIGRANT, 1),
                        new Instroom(2023, Doelgroep.ASIELSTATUSHOUDER, 4)),
                2023);
        Afrekening.Regel j2022 = afrekening.regels().getFirst();
        assertThat(j2022.werkelijkeStatushouders()).isEqualTo(20);
        assertThat(j2022.werkelijkeGezinsmigranten()).isEqualTo(1);
        assertThat(j2022.voorlopigCenten()).isEqualTo(22_422_700L);
        assertThat(j2022.definitiefCenten()).isEqualTo(25_482_900L);
        assertThat(j2022.verrekeningCenten()).isEqualTo(3_060_200L);
        assertThat(j2022.afgerond()).isTrue();
        Afrekening.Regel j2023 = afrekening.regels().get(1);
        assertThat(j2023.afgerond()).isFalse();
        assertThat(j2023.werkelijkeGezinsmigranten()).isZero();
        assertThat(afrekening.verrekeningAfgerondCenten())
                .as("only the years that are over")
                .isEqualTo(3_060_200L);
    }

    /** D6: the forecast: after the period what was spent, before it what is committed, during it extended by days. */
    @Test
    void d6_theForecastExtendsWhatWasSpentByTheDaysGoneByAndIsNeverBelowWhatIsCommitted() {
        LocalDate van = LocalDate.of(2026, 1, 1);
        LocalDate tot = LocalDate.of(2027, 1, 1);
        assertThat(Kostenregel.prognose(900, 500, van, tot, LocalDate.of(2027, 3, 1)))
                .isEqualTo(500);
        assertThat(Kostenregel.prognose(900, 0, van, tot, LocalDate.of(2025, 12, 31)))
                .isEqualTo(900);
        // 1 January to 2 July 2026 is 183 of 365 days: 1.000 spent becomes 1.000 × 365 / 183 = 1.995
        assertThat(Kostenregel.prognose(1_000, 1_000, van, tot, LocalDate.of(2026, 7, 2)))
                .isEqualTo(1_995);
        assertThat(Kostenregel.prognose(5_000, 1_000, van, tot, LocalDate.of(2026, 7, 2)))
                .isEqualTo(5_000);
    }

    /** D6: a budget of a year counts in a period by days: the first half of 2026 is 181 of 365 days. */
    @Test
    void d6_aYearsBudgetCountsInAPeriodByItsDays() {
        Periode helft = new Periode(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 7, 1), LocalDate.of(2026, 3, 1));
        assertThat(helft.deelVanJaar(2026, 8_800_000)).isEqualTo(Math.round(8_800_000 * 181 / 365.0));
        assertThat(helft.deelVanJaar(2027, 8_800_000)).isZero();
        assertThat(helft.besteed(LocalDate.of(2026, 3, 1))).isTrue();
        assertThat(helft.besteed(LocalDate.of(2026, 3, 2)))
                .as("after the peildatum: committed")
                .isFalse();
        assertThatThrownBy(
                        () -> new Periode(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1)))
                .isInstanceOf(OngeldigeInvoer.class);
    }

    /** D6: the uitvoeringsbudget defaults to € 80.000 in 2022 and € 88.000 in the years after. */
    @Test
    void d6_theUitvoeringsbudgetIs80000In2022And88000Later() {
        assertThat(BegrotingBeheer.standaardUitvoeringsbudget(2022)).isEqualTo(8_000_000L);
        assertThat(BegrotingBeheer.standaardUitvoeringsbudget(2023)).isEqualTo(8_800_000L);
        assertThat(BegrotingBeheer.standaardUitvoeringsbudget(2030)).isEqualTo(8_800_000L);
        assertThat(BegrotingBeheer.standaardUitvoeringsbudget(2021)).isZero();
    }

    /** D6: the ontzorging's administration is paid from the uitvoeringsbudget, the rest from the SPUK. */
    @Test
    void d6_theOntzorgingCountsAgainstTheUitvoeringsbudgetAndTheRestAgainstTheSpuk() {
        Periode jaar = new Periode(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1));
        Budgetrealisatie r = new Budgetrealisatie(
                jaar,
                List.of(
                        Kostenregel.van(
                                Kostencomponent.LEERROUTE,
                                "Taalschool – B1-route",
                                2,
                                2_000,
                                2_000,
                                jaar,
                                Optional.empty()),
                        Kostenregel.van(Kostencomponent.TOLKEN, "Tolken", 1, 300, 300, jaar, Optional.empty()),
                        Kostenregel.van(
                                Kostencomponent.ONTZORGING, "Administratie", 10, 50, 50, jaar, Optional.empty())),
                2_000,
                100);
        assertThat(r.prognose(Kostencomponent.Budgetbron.SPUK)).isEqualTo(2_300);
        assertThat(r.saldo(Kostencomponent.Budgetbron.SPUK)).isEqualTo(-300);
        assertThat(r.prognose(Kostencomponent.Budgetbron.UITVOERINGSBUDGET)).isEqualTo(50);
        assertThat(r.saldo(Kostencomponent.Budgetbron.UITVOERINGSBUDGET)).isEqualTo(50);
        assertThat(r.van(Kostencomponent.LEERROUTE)).hasSize(1);
    }

    /** An interpreter entry names no person and has a date from 2021, a description and an amount above 0. */
    @Test
    void anInterpreterEntryNeedsADateADescriptionAndAnAmountAboveZero() {
        assertThatThrownBy(() -> Tolkinzet.nieuw(null, " ", 0))
                .isInstanceOf(OngeldigeInvoer.class)
                .satisfies(f -> assertThat(((OngeldigeInvoer) f).fouten())
                        .extracting(v -> v.veld())
                        .containsExactly("tolkDatum", "tolkOmschrijving", "tolkBedrag"));
        assertThat(Tolkinzet.nieuw(LocalDate.of(2026, 5, 1), " Tigrinya, PIP-gesprek ", 8_500)
                        .omschrijving())
                .isEqualTo("Tigrinya, PIP-gesprek");
    }

    /** Per role: the beleidsmedewerker enters prognoses and interpreters, the functioneel beheerder the settings. */
    @Test
    void eachRoleGetsItsOwnActions() {
        assertThat(BegrotingActies.voor(Rol.BELEIDSMEDEWERKER)).isEqualTo(new BegrotingActies(true, true, true, false));
        assertThat(BegrotingActies.voor(Rol.FUNCTIONEEL_BEHEERDER))
                .isEqualTo(new BegrotingActies(false, false, false, true));
        assertThat(BegrotingActies.voor(Rol.CONSULENT)).isEqualTo(new BegrotingActies(false, false, false, false));
    }

    /** D6: the factor may have cents of a percent but not more, and a prognosis of 0 is allowed. */
    @Test
    void d6_aPrognosisOfZeroIsAllowedAndTheFactorHasAtMostTwoDecimals() {
        assertThat(new Prognose(2026, 0, 0, new BigDecimal("70.25")).statushouders())
                .isEqualByComparingTo("0");
        assertThatThrownBy(() -> new Prognose(2026, 1, 0, new BigDecimal("70.125")))
                .isInstanceOf(OngeldigeInvoer.class);
    }
}
