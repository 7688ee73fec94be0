package nl.openinburgering.shared;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R6.5 (and R5.5): the {@code verwijtbaar} indication DUO accepts, at its three boundaries, each on both sides.
 * The termijn ends (exclusive) on 2029-03-02; two months before that is 2029-01-02.
 */
class VerwijtbaarheidTests {

    static final LocalDate EINDE = LocalDate.of(2029, 3, 2);

    @Test
    void r6_5_mustBeOmittedWhenCompletedTheDayBeforeTheEndOfTheTermijn() {
        Verwijtbaarheid opTijd = new Verwijtbaarheid(EINDE.minusDays(1), EINDE, EINDE.plusMonths(1));
        assertThat(opTijd.opTijdAfgerond()).isTrue();
        assertThat(opTijd.toegestaan()).isEmpty();
        assertThat(opTijd.fout(Verwijtbaar.JA)).isPresent();
        assertThat(opTijd.fout(Verwijtbaar.NEE)).isPresent();
        assertThat(opTijd.fout(null)).isEmpty();
    }

    @Test
    void r6_5_mayBeGivenWhenCompletedOnTheEndDateItself() {
        Verwijtbaarheid teLaat = new Verwijtbaarheid(EINDE, EINDE, EINDE);
        assertThat(teLaat.opTijdAfgerond()).isFalse();
        assertThat(teLaat.toegestaan()).containsExactlyInAnyOrder(Verwijtbaar.JA, Verwijtbaar.NEE);
    }

    @Test
    void r6_5_neeIsRefusedOneDayBeforeTheTwoMonthWindow() {
        Verwijtbaarheid vroeg = new Verwijtbaarheid(null, EINDE, LocalDate.of(2029, 1, 1));
        assertThat(vroeg.eindigtBinnenTweeMaanden()).isFalse();
        assertThat(vroeg.toegestaan()).isEmpty();
        assertThat(vroeg.fout(Verwijtbaar.NEE))
                .hasValueSatisfying(r -> assertThat(r).contains("binnen twee maanden"));
    }

    @Test
    void r6_5_neeIsAllowedOnTheFirstDayOfTheTwoMonthWindow() {
        Verwijtbaarheid binnen = new Verwijtbaarheid(null, EINDE, LocalDate.of(2029, 1, 2));
        assertThat(binnen.eindigtBinnenTweeMaanden()).isTrue();
        assertThat(binnen.toegestaan()).containsExactly(Verwijtbaar.NEE);
        assertThat(binnen.fout(Verwijtbaar.NEE)).isEmpty();
    }

    @Test
    void r6_5_jaIsRefusedOnTheLastDayOfTheTermijn() {
        Verwijtbaarheid laatsteDag = new Verwijtbaarheid(null, EINDE, EINDE.minusDays(1));
        assertThat(laatsteDag.termijnOverschreden()).isFalse();
        assertThat(laatsteDag.fout(Verwijtbaar.JA))
                .hasValueSatisfying(r -> assertThat(r).contains("verstreken"));
        assertThat(laatsteDag.toegestaan()).containsExactly(Verwijtbaar.NEE);
    }

    @Test
    void r6_5_jaIsAllowedOnceTheTermijnHasBeenExceeded() {
        Verwijtbaarheid overschreden = new Verwijtbaarheid(null, EINDE, EINDE);
        assertThat(overschreden.termijnOverschreden()).isTrue();
        assertThat(overschreden.fout(Verwijtbaar.JA)).isEmpty();
        assertThat(overschreden.fout(Verwijtbaar.NEE)).isEmpty();
    }
}
