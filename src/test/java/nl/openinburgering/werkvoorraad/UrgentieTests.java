package nl.openinburgering.werkvoorraad;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The urgency bands of the worklist filter: overdue, under 7 days, under 30 days, later. */
class UrgentieTests {

    static final LocalDate LAATSTE_DAG = LocalDate.of(2026, 4, 13);
    final Signaal signaal =
            new Signaal(UUID.randomUUID(), Signaalsoort.PIP_TERMIJN, LAATSTE_DAG, "R2.8", "Stel het PIP vast.");

    @Test
    void theLastDayItselfIsNotOverdueTheDayAfterIs() {
        assertThat(signaal.dagenResterend(LAATSTE_DAG)).isZero();
        assertThat(signaal.urgentie(LAATSTE_DAG)).isEqualTo(Urgentie.BINNEN_7_DAGEN);
        assertThat(signaal.dagenResterend(LAATSTE_DAG.plusDays(1))).isEqualTo(-1);
        assertThat(signaal.urgentie(LAATSTE_DAG.plusDays(1))).isEqualTo(Urgentie.TE_LAAT);
    }

    @Test
    void sixDaysLeftIsWithinAWeekSevenIsNot() {
        assertThat(signaal.urgentie(LAATSTE_DAG.minusDays(6))).isEqualTo(Urgentie.BINNEN_7_DAGEN);
        assertThat(signaal.urgentie(LAATSTE_DAG.minusDays(7))).isEqualTo(Urgentie.BINNEN_30_DAGEN);
    }

    @Test
    void twentyNineDaysLeftIsWithinThirtyThirtyIsLater() {
        assertThat(signaal.urgentie(LAATSTE_DAG.minusDays(29))).isEqualTo(Urgentie.BINNEN_30_DAGEN);
        assertThat(signaal.urgentie(LAATSTE_DAG.minusDays(30))).isEqualTo(Urgentie.LATER);
    }
}
