package nl.openinburgering.inburgeraar;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.openinburgering.shared.Gemeentecode;

import static org.assertj.core.api.Assertions.assertThat;

class InburgeringstermijnTests {

    static final LocalDate VANDAAG = LocalDate.of(2026, 12, 1);

    private static Inburgeraar persoon() {
        return Inburgeraar.registreer(
                new Gemeentecode("0148"),
                new Persoonsgegevens(
                        "999996708",
                        "Amina",
                        "Haddad",
                        LocalDate.of(1994, 5, 17),
                        Doelgroep.ASIELSTATUSHOUDER,
                        LocalDate.of(2026, 1, 12),
                        LocalDate.of(2026, 2, 2),
                        null),
                Instant.EPOCH);
    }

    /** R3.4: start the day after the dagtekening of the first PIP; three years, end exclusive. */
    @Test
    void r3_4_startsTheDayAfterTheFirstPipAndLastsThreeYears() {
        Inburgeraar inburgeraar = persoon();

        assertThat(inburgeraar.startInburgeringstermijn(LocalDate.of(2026, 3, 1)))
                .isPresent();
        assertThat(inburgeraar.inburgeringstermijn())
                .contains(new Inburgeringstermijn(LocalDate.of(2026, 3, 2), LocalDate.of(2029, 3, 2)));
    }

    /** R3.4: a later PIP never moves the start. */
    @Test
    void r3_4_aLaterPipNeverMovesTheStart() {
        Inburgeraar inburgeraar = persoon();
        inburgeraar.startInburgeringstermijn(LocalDate.of(2026, 3, 1));

        assertThat(inburgeraar.startInburgeringstermijn(LocalDate.of(2026, 9, 1)))
                .isEmpty();
        assertThat(inburgeraar.inburgeringstermijn().orElseThrow().startdatum()).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    /**
     * R3.4: the last day of the term is three calendar years after the dagtekening, on every dagtekening of a leap
     * year and of the years before and after it (and around the next leap day, 2028), 28 and 29 February
     * included. The expected day is computed by hand, without {@code plusYears}: same day and month three years
     * on, or the last day of that month when the month is shorter (29 February to 28 February). The term starts
     * the day after the dagtekening; the last day is inside it, the day after the last day is not.
     */
    @Test
    void r3_4_termijnEndsThreeCalendarYearsAfterTheDagtekeningOnEveryDayOfALeapYearAndTheYearsAround() {
        int gecontroleerd = 0;
        for (LocalDate van : new LocalDate[] {LocalDate.of(2023, 1, 1), LocalDate.of(2027, 1, 1)}) {
            for (LocalDate dagtekening = van;
                    dagtekening.isBefore(van.plusYears(3));
                    dagtekening = dagtekening.plusDays(1)) {
                LocalDate verwacht = drieJaarLaterMetDeHand(dagtekening);

                Inburgeringstermijn termijn = Inburgeringstermijn.naEerstePip(dagtekening);

                assertThat(termijn.startdatum()).as("start bij %s", dagtekening).isEqualTo(dagtekening.plusDays(1));
                assertThat(termijn.laatsteDag())
                        .as("laatste dag bij %s", dagtekening)
                        .isEqualTo(verwacht);
                assertThat(termijn.einddatum())
                        .as("einddatum bij %s", dagtekening)
                        .isEqualTo(verwacht.plusDays(1));
                assertThat(verwacht.isBefore(termijn.einddatum())).isTrue();
                assertThat(verwacht.plusDays(1).isBefore(termijn.einddatum())).isFalse();
                assertThat(termijn.verlengd()).isFalse();
                // read back from the stored start, as the registry does
                assertThat(Inburgeringstermijn.vanaf(termijn.startdatum(), java.util.List.of()))
                        .isEqualTo(termijn);
                gecontroleerd++;
            }
        }
        assertThat(gecontroleerd).isEqualTo(2 * (365 + 366 + 365));
    }

    /** R3.4: the February days spelled out, so a reader sees the convention. */
    @Test
    void r3_4_februaryDagtekeningenEndOnTheSameDateThreeYearsOnOrOnTheLastDayOfFebruary() {
        assertThat(Inburgeringstermijn.naEerstePip(LocalDate.of(2024, 2, 28)).laatsteDag())
                .isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(Inburgeringstermijn.naEerstePip(LocalDate.of(2024, 2, 29)).laatsteDag())
                .isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(Inburgeringstermijn.naEerstePip(LocalDate.of(2024, 3, 1)).laatsteDag())
                .isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(Inburgeringstermijn.naEerstePip(LocalDate.of(2025, 2, 28)).laatsteDag())
                .isEqualTo(LocalDate.of(2028, 2, 28));
        assertThat(Inburgeringstermijn.naEerstePip(LocalDate.of(2025, 3, 1)).laatsteDag())
                .isEqualTo(LocalDate.of(2028, 3, 1));
    }

    /** R3.6: an extension to after the three years counts as one; the statutory end itself does not. */
    @Test
    void r3_6_aTermIsExtendedOnlyWhenDuoMovedItsEnd() {
        Inburgeraar inburgeraar = persoon();
        inburgeraar.startInburgeringstermijn(LocalDate.of(2024, 2, 28));
        assertThat(inburgeraar.inburgeringstermijn().orElseThrow().verlengd()).isFalse();

        inburgeraar.registreerVerlenging(LocalDate.of(2026, 10, 1), LocalDate.of(2027, 3, 2), "Ziekte", VANDAAG);

        Inburgeringstermijn verlengd = inburgeraar.inburgeringstermijn().orElseThrow();
        assertThat(verlengd.verlengd()).isTrue();
        assertThat(verlengd.laatsteDag()).isEqualTo(LocalDate.of(2027, 3, 1));
    }

    /** An independent count of "three years later": no java.time arithmetic on the date itself. */
    private static LocalDate drieJaarLaterMetDeHand(LocalDate dagtekening) {
        int jaar = dagtekening.getYear() + 3;
        int maand = dagtekening.getMonthValue();
        boolean schrikkeljaar = (jaar % 4 == 0 && jaar % 100 != 0) || jaar % 400 == 0;
        int[] dagenPerMaand = {31, schrikkeljaar ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        int dag = Math.min(dagtekening.getDayOfMonth(), dagenPerMaand[maand - 1]);
        return LocalDate.of(jaar, maand, dag);
    }

    @Test
    void r3_4_noTermBeforeTheFirstPip() {
        assertThat(persoon().inburgeringstermijn()).isEmpty();
    }

    /** R3.6: an extension DUO granted moves the end, never the start. */
    @Test
    void r3_6_anExtensionGrantedByDuoMovesTheEndNotTheStart() {
        Inburgeraar inburgeraar = persoon();
        inburgeraar.startInburgeringstermijn(LocalDate.of(2026, 3, 1));

        inburgeraar.registreerVerlenging(LocalDate.of(2026, 10, 1), LocalDate.of(2029, 9, 2), "Ziekte", VANDAAG);

        assertThat(inburgeraar.inburgeringstermijn())
                .contains(new Inburgeringstermijn(LocalDate.of(2026, 3, 2), LocalDate.of(2029, 9, 2)));
    }

    /** R3.6: an extension must end later than the current term, and needs a started term. */
    @Test
    void r3_6_anExtensionNeverShortensTheTermAndNeedsAStartedTerm() {
        Inburgeraar zonderTermijn = persoon();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> zonderTermijn.registreerVerlenging(
                        LocalDate.of(2026, 10, 1), LocalDate.of(2030, 1, 1), "Ziekte", VANDAAG))
                .isInstanceOf(nl.openinburgering.shared.OngeldigeInvoer.class);

        Inburgeraar inburgeraar = persoon();
        inburgeraar.startInburgeringstermijn(LocalDate.of(2026, 3, 1));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> inburgeraar.registreerVerlenging(
                        LocalDate.of(2026, 10, 1), LocalDate.of(2029, 3, 2), "Ziekte", VANDAAG))
                .isInstanceOf(nl.openinburgering.shared.OngeldigeInvoer.class);
        assertThat(inburgeraar
                        .registreerVerlenging(LocalDate.of(2026, 10, 1), LocalDate.of(2029, 3, 3), "Ziekte", VANDAAG)
                        .nieuweEinddatum())
                .isEqualTo(LocalDate.of(2029, 3, 3));
    }
}
