package nl.openinburgering.rapportage;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 17 point 6: small-cell suppression, exhaustively over every small combination. */
class KleinecellenTests {

    @Test
    void suppressesCountsFromOneToNineAndShowsZeroAndTen() {
        assertThat(Kleinecellen.toonbaar(0)).isZero();
        for (long n = 1; n <= 9; n++) {
            assertThat(Kleinecellen.toonbaar(n)).as("n=" + n).isNull();
        }
        assertThat(Kleinecellen.toonbaar(10)).isEqualTo(10);
    }

    /**
     * For every national total up to 60 and every own part of it: a shown figure never lets the viewer compute a
     * group of 1 to 9 persons outside the own gemeente, and a figure is only suppressed for that reason or for
     * being small itself.
     */
    @Test
    void nationalMinusOwnNeverRevealsASmallGroupOfTheOthers() {
        for (long totaal = 0; totaal <= 60; totaal++) {
            for (long eigen = 0; eigen <= totaal; eigen++) {
                Long getoond = Kleinecellen.toonbaar(totaal, eigen);
                long anderen = totaal - eigen;
                boolean veilig = (totaal == 0 || totaal >= 10) && (anderen == 0 || anderen >= 10);
                assertThat(getoond != null)
                        .as("totaal %d, eigen %d", totaal, eigen)
                        .isEqualTo(veilig);
                if (getoond != null) {
                    assertThat(getoond).isEqualTo(totaal);
                    assertThat(Kleinecellen.klein(getoond - eigen)).isFalse();
                }
            }
        }
    }

    @Test
    void aSuppressedCohortAlsoHidesItsHoursAndAverage() {
        LandelijkCohort c = LandelijkCohort.beschermd(
                new Cohortregel(2031, 15, new BigDecimal("1500"), 12),
                new Cohortregel(2031, 12, new BigDecimal("1000"), 2));
        assertThat(c.personen()).isNull();
        assertThat(c.gevolgdeUrenTaallesKnm()).isNull();
        assertThat(c.gemiddeldeUren()).isNull();
        assertThat(c.zroutesAfgerond()).isEqualTo(12); // 12 - 2 = 10 others: safe
        LandelijkCohort open = LandelijkCohort.beschermd(new Cohortregel(2031, 25, new BigDecimal("1000"), 0), null);
        assertThat(open.personen()).isEqualTo(25);
        assertThat(open.gemiddeldeUren()).isEqualByComparingTo("40.00");
    }
}
