package nl.openinburgering.handhaving;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R9.2 and D1 for every combination: whatever ladder the gemeente sets (first fine and highest step on a grid
 * from 1 cent to €800, including both sides of each doubling), whatever percentage (1 to 100) for every degree
 * of culpability, and for the 1st to the 64th fine, the amount never exceeds €800, never the highest step, and a
 * repeat never costs less than the fine before. The space is enumerated, not sampled.
 */
class BoeteplafondTests {

    static final List<String> BEDRAGEN = List.of(
            "0.01", "1", "12.50", "49.99", "50", "50.01", "99.99", "100", "199.99", "200", "250", "399.99", "400",
            "400.01", "799.99", "800");

    @Test
    void r9_2_pip_fine_never_exceeds_800_euro_for_every_combination_of_policy_repeat_and_culpability() {
        int gecontroleerd = 0;
        for (String eerste : BEDRAGEN) {
            for (String hoogste : BEDRAGEN) {
                if (new BigDecimal(hoogste).compareTo(new BigDecimal(eerste)) < 0) {
                    continue;
                }
                for (int procent = 1; procent <= 100; procent++) {
                    Boetebeleid beleid = new Boetebeleid(
                            new BigDecimal(eerste),
                            new BigDecimal(hoogste),
                            procent,
                            procent,
                            procent,
                            procent,
                            14,
                            14,
                            56,
                            false);
                    for (Verwijtbaarheidsgraad graad : Verwijtbaarheidsgraad.values()) {
                        BigDecimal vorige = BigDecimal.ZERO;
                        for (int herhaling = 1; herhaling <= 64; herhaling++) {
                            Boeteberekening b = Boeteberekening.pip(herhaling, graad, beleid);
                            assertThat(b.bedrag()).isLessThanOrEqualTo(Boetebeleid.MAXIMUM_PIP_BOETE);
                            assertThat(b.trede()).isLessThanOrEqualTo(beleid.hoogsteTrede());
                            assertThat(b.bedrag()).isGreaterThanOrEqualTo(vorige);
                            vorige = b.bedrag();
                            gecontroleerd++;
                        }
                    }
                }
            }
        }
        assertThat(gecontroleerd).isGreaterThan(100_000);
    }
}
