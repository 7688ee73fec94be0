package nl.openinburgering.leerroute;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.inburgeraar.Inburgeringstermijn;

import static org.assertj.core.api.Assertions.assertThat;

/** R4.5 over time: the pace toward 800 (+ 800) hours, linear over a termijn of 1096 days (2026-03-02 to 2029-03-02). */
class ZrouteTempoTests {

    static final Inburgeringstermijn TERMIJN =
            new Inburgeringstermijn(LocalDate.of(2026, 3, 2), LocalDate.of(2029, 3, 2));
    /** Halfway: 548 of 1096 days, so a linear pace has reached 400 of 800 hours. */
    static final LocalDate HALVERWEGE = LocalDate.of(2027, 9, 1);

    static Urenstand uren(String cursus, String participatie) {
        return new Urenstand(new BigDecimal(cursus), BigDecimal.ZERO, new BigDecimal(participatie), BigDecimal.ZERO);
    }

    @Test
    void r4_5_courseHoursBelowTheLinearPaceAreBehindAndAtThePaceAreNot() {
        List<ZrouteTempo> achter = ZrouteTempo.achterstanden(
                Doelgroep.GEZINSMIGRANT_OF_OVERIGE_MIGRANT, uren("399.5", "0"), TERMIJN, HALVERWEGE);
        assertThat(achter).hasSize(1);
        assertThat(achter.getFirst().doel()).isEqualTo("taallesKnm");
        assertThat(achter.getFirst().verwacht()).isEqualByComparingTo("400.0");
        // 400.5 hours left over 548 days (78.29 weeks): 5.2 hours a week, rounded up.
        assertThat(achter.getFirst().nodigPerWeek()).isEqualByComparingTo("5.2");

        assertThat(ZrouteTempo.achterstanden(
                        Doelgroep.GEZINSMIGRANT_OF_OVERIGE_MIGRANT, uren("400", "0"), TERMIJN, HALVERWEGE))
                .isEmpty();
    }

    @Test
    void r4_5_participationCountsOnlyForAnAsielstatushouder() {
        assertThat(ZrouteTempo.achterstanden(Doelgroep.ASIELSTATUSHOUDER, uren("400", "399"), TERMIJN, HALVERWEGE))
                .extracting(ZrouteTempo::doel)
                .containsExactly("participatie");
        assertThat(ZrouteTempo.achterstanden(
                        Doelgroep.GEZINSMIGRANT_OF_OVERIGE_MIGRANT, uren("400", "0"), TERMIJN, HALVERWEGE))
                .isEmpty();
    }

    @Test
    void r4_5_theFirstEightWeeksAndTheDaysAfterTheTermijnAreNotJudged() {
        LocalDate achtWeken = TERMIJN.startdatum().plusWeeks(8);
        assertThat(ZrouteTempo.achterstanden(
                        Doelgroep.ASIELSTATUSHOUDER, Urenstand.NUL, TERMIJN, achtWeken.minusDays(1)))
                .isEmpty();
        assertThat(ZrouteTempo.achterstanden(Doelgroep.ASIELSTATUSHOUDER, Urenstand.NUL, TERMIJN, achtWeken))
                .hasSize(2);
        assertThat(ZrouteTempo.achterstanden(
                        Doelgroep.ASIELSTATUSHOUDER,
                        Urenstand.NUL,
                        TERMIJN,
                        TERMIJN.einddatum().minusDays(1)))
                .hasSize(2);
        assertThat(ZrouteTempo.achterstanden(Doelgroep.ASIELSTATUSHOUDER, Urenstand.NUL, TERMIJN, TERMIJN.einddatum()))
                .isEmpty();
    }

    @Test
    void r4_5_aTargetAlreadyMetIsNeverBehind() {
        assertThat(ZrouteTempo.achterstanden(
                        Doelgroep.ASIELSTATUSHOUDER,
                        uren("800", "800"),
                        TERMIJN,
                        TERMIJN.einddatum().minusDays(1)))
                .isEmpty();
    }
}
