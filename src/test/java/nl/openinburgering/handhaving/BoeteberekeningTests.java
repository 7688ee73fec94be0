package nl.openinburgering.handhaving;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.openinburgering.shared.OngeldigeInvoer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The amount: R9.1 (fixed €250), D1 (ladder and percentages), R9.2 (never above €800), R9.3 (moderation). */
class BoeteberekeningTests {

    static final Boetebeleid D1 = Boetebeleid.STANDAARD;

    @Test
    void r9_1_the_intake_fine_is_250_euro_at_every_repeat() {
        assertThat(Boeteberekening.intake(1).bedrag()).isEqualByComparingTo("250");
        assertThat(Boeteberekening.intake(7).bedrag()).isEqualByComparingTo("250");
    }

    @ParameterizedTest(name = "fine {0} at 100% is {1}")
    @CsvSource({"1, 50", "2, 100", "3, 200", "4, 400", "5, 800", "6, 800", "40, 800"})
    void d1_the_ladder_starts_at_50_and_doubles_per_repeat_up_to_800(int herhaling, String bedrag) {
        assertThat(Boeteberekening.pip(herhaling, Verwijtbaarheidsgraad.OPZET, D1)
                        .bedrag())
                .isEqualByComparingTo(bedrag);
    }

    @ParameterizedTest(name = "{0}: {1} of 400 is {2}")
    @CsvSource({"VERMINDERD, 25, 100", "NORMAAL, 50, 200", "GROVE_SCHULD, 75, 300", "OPZET, 100, 400"})
    void d1_the_culpability_percentages_are_25_50_75_and_100(Verwijtbaarheidsgraad graad, int procent, String bedrag) {
        Boeteberekening berekening = Boeteberekening.pip(4, graad, D1);
        assertThat(berekening.procent()).isEqualTo(procent);
        assertThat(berekening.trede()).isEqualByComparingTo("400");
        assertThat(berekening.bedrag()).isEqualByComparingTo(bedrag);
    }

    @Test
    void d1_a_quarter_of_the_first_fine_is_12_euro_50() {
        assertThat(Boeteberekening.pip(1, Verwijtbaarheidsgraad.VERMINDERD, D1).bedrag())
                .isEqualByComparingTo("12.50");
    }

    @Test
    void r9_2_the_highest_step_may_be_800_but_not_800_euro_and_1_cent() {
        assertThat(beleid("50", "800.00").hoogsteTrede()).isEqualByComparingTo("800");
        assertThatThrownBy(() -> beleid("50", "800.01"))
                .isInstanceOfSatisfying(
                        OngeldigeInvoer.class,
                        e -> assertThat(e.fouten())
                                .anySatisfy(f -> assertThat(f.code()).isEqualTo("R9.2")));
        assertThatThrownBy(() -> beleid("800.01", "800.01")).isInstanceOf(OngeldigeInvoer.class);
    }

    @Test
    void r9_2_a_policy_of_a_lower_highest_step_caps_the_ladder_there() {
        Boetebeleid laag = beleid("60", "300");
        assertThat(Boeteberekening.pip(3, Verwijtbaarheidsgraad.OPZET, laag).bedrag())
                .isEqualByComparingTo("240");
        assertThat(Boeteberekening.pip(4, Verwijtbaarheidsgraad.OPZET, laag).bedrag())
                .isEqualByComparingTo("300");
    }

    @Test
    void d1_a_percentage_lies_between_1_and_100() {
        assertThat(new Boetebeleid(new BigDecimal("50"), new BigDecimal("800"), 1, 50, 75, 100, 14, 14, 56, false)
                        .procentVerminderd())
                .isEqualTo(1);
        assertThatThrownBy(() ->
                        new Boetebeleid(new BigDecimal("50"), new BigDecimal("800"), 0, 50, 75, 100, 14, 14, 56, false))
                .isInstanceOf(OngeldigeInvoer.class);
        assertThatThrownBy(() -> new Boetebeleid(
                        new BigDecimal("50"), new BigDecimal("800"), 25, 50, 75, 101, 14, 14, 56, false))
                .isInstanceOf(OngeldigeInvoer.class);
    }

    @Test
    void r9_3_the_fixed_250_may_be_moderated_to_249_99_but_not_to_250() {
        BigDecimal berekend = Boeteberekening.intake(1).bedrag();
        assertThat(Matiging.van(Matigingsgrond.DRAAGKRACHT, "Geen inkomen", new BigDecimal("249.99"), berekend)
                        .bedrag())
                .isEqualByComparingTo("249.99");
        assertThatThrownBy(
                        () -> Matiging.van(Matigingsgrond.DRAAGKRACHT, "Geen inkomen", new BigDecimal("250"), berekend))
                .isInstanceOfSatisfying(
                        OngeldigeInvoer.class,
                        e -> assertThat(e.fouten().getFirst().code()).isEqualTo("R9.3"));
    }

    @Test
    void r9_3_a_moderation_may_go_to_0_euro_but_not_below() {
        BigDecimal berekend = new BigDecimal("100");
        assertThat(Matiging.van(Matigingsgrond.BEPERKTE_ERNST, "Eenmalig", BigDecimal.ZERO, berekend)
                        .bedrag())
                .isEqualByComparingTo("0");
        assertThatThrownBy(() ->
                        Matiging.van(Matigingsgrond.BEPERKTE_ERNST, "Eenmalig", new BigDecimal("-0.01"), berekend))
                .isInstanceOf(OngeldigeInvoer.class);
    }

    @Test
    void r9_3_a_moderation_needs_a_recorded_reason_and_ground() {
        BigDecimal berekend = new BigDecimal("100");
        assertThatThrownBy(() -> Matiging.van(Matigingsgrond.BEPERKTE_ERNST, " ", new BigDecimal("50"), berekend))
                .isInstanceOf(OngeldigeInvoer.class);
        assertThatThrownBy(() -> Matiging.van(null, "Eenmalig", new BigDecimal("50"), berekend))
                .isInstanceOf(OngeldigeInvoer.class);
    }

    private static Boetebeleid beleid(String eerste, String hoogste) {
        return new Boetebeleid(new BigDecimal(eerste), new BigDecimal(hoogste), 25, 50, 75, 100, 14, 14, 56, false);
    }
}
