package nl.openinburgering.ontzorging;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.shared.Conflict;
import nl.openinburgering.shared.Gemeentecode;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of chapter 7 on both sides of each boundary, without Spring. */
class OntzorgingTests {

    static final LocalDate START = LocalDate.of(2026, 1, 15);
    static final LocalDate PLICHT = LocalDate.of(2025, 10, 1);
    static final LocalDate VANDAAG = LocalDate.of(2026, 9, 1);

    Ontzorging ontzorging() {
        return Ontzorging.start(UUID.randomUUID(), new Gemeentecode("0148"), START);
    }

    @Test
    void r7_1_an_asielstatushouder_with_an_asylum_permit_and_bijstand_is_in_the_target_group() {
        assertThat(OntzorgingRegels.doelgroep(Doelgroep.ASIELSTATUSHOUDER, PLICHT, Vergunning.ASIEL, START))
                .isEmpty();
    }

    @Test
    void r7_1_a_gezinsmigrant_is_refused() {
        assertThat(OntzorgingRegels.doelgroep(
                        Doelgroep.GEZINSMIGRANT_OF_OVERIGE_MIGRANT, PLICHT, Vergunning.ASIEL, START))
                .extracting(Veldfout::veld, Veldfout::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("doelgroep", "R7.1"));
    }

    @Test
    void r7_1_family_with_a_regular_permit_is_refused() {
        assertThat(OntzorgingRegels.doelgroep(
                        Doelgroep.ASIELSTATUSHOUDER, PLICHT, Vergunning.REGULIER_BIJ_ASIELSTATUSHOUDER, START))
                .extracting(Veldfout::veld, Veldfout::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("vergunning", "R7.1"));
    }

    @Test
    void r7_1_a_plicht_from_2022_is_in_and_one_from_the_last_day_of_2021_is_wi2013() {
        assertThat(OntzorgingRegels.doelgroep(
                        Doelgroep.ASIELSTATUSHOUDER, LocalDate.of(2022, 1, 1), Vergunning.ASIEL, START))
                .isEmpty();
        assertThat(OntzorgingRegels.doelgroep(
                        Doelgroep.ASIELSTATUSHOUDER, LocalDate.of(2021, 12, 31), Vergunning.ASIEL, START))
                .extracting(Veldfout::code)
                .containsExactly("R7.1");
    }

    @Test
    void r7_1_without_a_start_of_bijstand_there_is_no_ontzorging() {
        assertThat(OntzorgingRegels.doelgroep(Doelgroep.ASIELSTATUSHOUDER, PLICHT, Vergunning.ASIEL, null))
                .extracting(Veldfout::veld, Veldfout::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("startBijstand", "R7.1"));
    }

    @Test
    void r7_3_d3_ending_ontzorging_before_six_months_is_refused_and_on_the_last_day_allowed() {
        Ontzorging o = ontzorging();
        assertThat(o.minimumEinde()).isEqualTo(LocalDate.of(2026, 7, 14));
        assertThatThrownBy(() -> o.beeindig(LocalDate.of(2026, 7, 13), false))
                .isInstanceOf(OngeldigeInvoer.class)
                .satisfies(fout -> assertThat(
                                ((OngeldigeInvoer) fout).fouten().getFirst().code())
                        .isEqualTo("R7.3"));
        o.beeindig(LocalDate.of(2026, 7, 14), false);
        assertThat(o.beeindigd()).isTrue();
        assertThatThrownBy(() -> o.beeindig(LocalDate.of(2026, 8, 1), false)).isInstanceOf(Conflict.class);
    }

    @Test
    void r7_3_when_the_bijstand_ends_the_ontzorging_may_end_earlier_but_not_before_it_started() {
        Ontzorging o = ontzorging();
        assertThatThrownBy(() -> o.beeindig(START.minusDays(1), true)).isInstanceOf(OngeldigeInvoer.class);
        o.beeindig(LocalDate.of(2026, 3, 31), true);
        assertThat(o.bijstandBeeindigd()).isTrue();
        assertThat(o.betaaltIn(YearMonth.of(2026, 3))).isFalse(); // no machtiging
        assertThat(o.geplandEinde()).isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void r7_3_continuing_longer_needs_a_reason_and_a_date_after_the_six_months() {
        Ontzorging o = ontzorging();
        assertThatThrownBy(() -> o.verleng(LocalDate.of(2026, 10, 31), " "))
                .isInstanceOf(OngeldigeInvoer.class)
                .satisfies(fout -> assertThat(((OngeldigeInvoer) fout).fouten().getFirst())
                        .extracting(Veldfout::veld, Veldfout::code)
                        .containsExactly("verlengingReden", "R7.3"));
        assertThatThrownBy(() -> o.verleng(LocalDate.of(2026, 7, 14), "Schulden"))
                .isInstanceOf(OngeldigeInvoer.class)
                .satisfies(fout -> assertThat(
                                ((OngeldigeInvoer) fout).fouten().getFirst().veld())
                        .isEqualTo("verlengdTot"));
        o.verleng(LocalDate.of(2026, 7, 15), "Er zijn schulden; eerst schuldhulp.");
        assertThat(o.geplandEinde()).isEqualTo(LocalDate.of(2026, 7, 15));
        assertThat(o.verlengingReden()).hasValue("Er zijn schulden; eerst schuldhulp.");
    }

    @Test
    void r7_3_an_item_is_handed_back_from_the_month_after_the_six_months_not_before() {
        Ontzorging o = Ontzorging.start(UUID.randomUUID(), new Gemeentecode("0148"), LocalDate.of(2026, 1, 1));
        assertThat(OntzorgingRegels.eersteOverdrachtsmaand(LocalDate.of(2026, 1, 1)))
                .isEqualTo(YearMonth.of(2026, 7));
        assertThatThrownBy(() -> o.vereistOverdrachtMogelijk(YearMonth.of(2026, 6)))
                .isInstanceOf(OngeldigeInvoer.class)
                .satisfies(fout -> assertThat(
                                ((OngeldigeInvoer) fout).fouten().getFirst().code())
                        .isEqualTo("R7.3"));
        o.vereistOverdrachtMogelijk(YearMonth.of(2026, 7));
        assertThat(OntzorgingRegels.eersteOverdrachtsmaand(LocalDate.of(2026, 1, 2)))
                .isEqualTo(YearMonth.of(2026, 8));
    }

    @Test
    void r7_4_a_refused_machtiging_returns_the_event_and_a_signed_one_none() {
        Ontzorging o = ontzorging();
        Optional<MachtigingGeweigerd> geweigerd =
                o.legMachtigingVast(Machtiging.GEWEIGERD, LocalDate.of(2026, 1, 20), VANDAAG);
        assertThat(geweigerd).hasValueSatisfying(e -> assertThat(e.datum()).isEqualTo(LocalDate.of(2026, 1, 20)));
        assertThat(o.betaaltIn(YearMonth.of(2026, 2))).isFalse();
        assertThat(o.legMachtigingVast(Machtiging.GETEKEND, LocalDate.of(2026, 2, 1), VANDAAG))
                .isEmpty();
        assertThat(o.betaaltIn(YearMonth.of(2026, 2))).isTrue();
    }

    @Test
    void r7_4_a_machtiging_needs_a_status_and_a_date_not_in_the_future() {
        Ontzorging o = ontzorging();
        assertThatThrownBy(() -> o.legMachtigingVast(Machtiging.GETEKEND, VANDAAG.plusDays(1), VANDAAG))
                .isInstanceOf(OngeldigeInvoer.class);
        assertThatThrownBy(() -> o.legMachtigingVast(null, VANDAAG, VANDAAG)).isInstanceOf(OngeldigeInvoer.class);
        assertThat(o.legMachtigingVast(Machtiging.GETEKEND, VANDAAG, VANDAAG)).isEmpty();
    }

    @Test
    void r7_3_the_gemeente_pays_from_the_month_the_bijstand_starts_through_the_month_the_six_months_end() {
        Ontzorging o = ontzorging();
        o.legMachtigingVast(Machtiging.GETEKEND, START, VANDAAG);
        assertThat(o.betaaltIn(YearMonth.of(2025, 12))).isFalse();
        assertThat(o.betaaltIn(YearMonth.of(2026, 1))).isTrue();
        assertThat(o.betaaltIn(YearMonth.of(2026, 7))).isTrue();
        assertThat(o.betaaltIn(YearMonth.of(2026, 8))).isFalse();
    }

    @Test
    void r7_6_a_handed_back_item_is_no_longer_due_from_its_month() {
        Kostenpost post = new Kostenpost(
                UUID.randomUUID(),
                Kostensoort.HUUR,
                "Vechthorst",
                new Iban("NL91ABNA0417164300"),
                null,
                65_000,
                YearMonth.of(2026, 1),
                Optional.of(YearMonth.of(2026, 12)),
                Optional.of(new Overdracht(
                        YearMonth.of(2026, 8), "Betaalt zelf op tijd.", "Budgetcursus VluchtelingenWerk")));
        assertThat(post.verschuldigd(YearMonth.of(2025, 12))).isFalse();
        assertThat(post.verschuldigd(YearMonth.of(2026, 1))).isTrue();
        assertThat(post.verschuldigd(YearMonth.of(2026, 7))).isTrue();
        assertThat(post.verschuldigd(YearMonth.of(2026, 8))).isFalse();
    }

    @Test
    void r7_2_an_item_needs_an_amount_between_one_cent_and_five_thousand_euros_and_no_month_before_the_bijstand() {
        assertThat(OntzorgingRegels.kostenpost(post(1L, YearMonth.of(2026, 1)), START))
                .isEmpty();
        assertThat(OntzorgingRegels.kostenpost(post(500_000L, YearMonth.of(2026, 1)), START))
                .isEmpty();
        assertThat(OntzorgingRegels.kostenpost(post(0L, YearMonth.of(2026, 1)), START))
                .extracting(Veldfout::veld)
                .containsExactly("bedrag");
        assertThat(OntzorgingRegels.kostenpost(post(500_001L, YearMonth.of(2026, 1)), START))
                .extracting(Veldfout::veld)
                .containsExactly("bedrag");
        assertThat(OntzorgingRegels.kostenpost(post(65_000L, YearMonth.of(2025, 12)), START))
                .extracting(Veldfout::veld, Veldfout::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("startmaand", "R7.3"));
    }

    @Test
    void r7_2_an_item_with_an_iban_that_fails_mod_97_is_refused_next_to_the_iban() {
        List<Veldfout> fouten = OntzorgingRegels.kostenpost(
                new NieuweKostenpost(
                        Kostensoort.ENERGIE,
                        "Energie",
                        "NL91ABNA0417164301",
                        null,
                        10_000L,
                        YearMonth.of(2026, 1),
                        null),
                START);
        assertThat(fouten)
                .extracting(Veldfout::veld, Veldfout::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("iban", "iban.controle"));
    }

    static NieuweKostenpost post(long centen, YearMonth start) {
        return new NieuweKostenpost(
                Kostensoort.HUUR, "Vechthorst", "NL91 ABNA 0417 1643 00", "Huurcontract 123", centen, start, null);
    }
}
