package nl.openinburgering.werkvoorraad.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.inburgeraar.Inburgeringstermijn;
import nl.openinburgering.inburgeraar.TermijnVaststellingPip;
import nl.openinburgering.leerroute.Urenstand;
import nl.openinburgering.werkvoorraad.Signaal;
import nl.openinburgering.werkvoorraad.Signaalsoort;
import nl.openinburgering.werkvoorraad.Urgentie;
import nl.openinburgering.werkvoorraad.Voortgangsgesprekken;

import static org.assertj.core.api.Assertions.assertThat;

/** Each signal's rule on both sides of each of its boundaries, with a fixed peildatum instead of the clock. */
class SignaalbronTests {

    static final UUID PERSOON = UUID.randomUUID();
    static final LocalDate UITERLIJK_PIP = LocalDate.of(2026, 4, 13);
    /** R3.4: first PIP dated 2026-03-01, so the term runs from 2026-03-02 up to (not including) 2029-03-02. */
    static final Inburgeringstermijn TERMIJN =
            new Inburgeringstermijn(LocalDate.of(2026, 3, 2), LocalDate.of(2029, 3, 2));

    @Test
    void r2_8_thePipTermSignalsUntilAPipIsVastgesteldAndIsLateOnlyAfterItsLastDay() {
        Optional<TermijnVaststellingPip> termijn = Optional.of(new TermijnVaststellingPip(UITERLIJK_PIP, false, false));
        Signaal signaal = PipTermijnSignalen.signaal(PERSOON, termijn, false).orElseThrow();
        assertThat(signaal.soort()).isEqualTo(Signaalsoort.PIP_TERMIJN);
        assertThat(signaal.regel()).isEqualTo("R2.8");
        assertThat(signaal.uiterlijkeDatum()).isEqualTo(UITERLIJK_PIP);
        assertThat(signaal.urgentie(UITERLIJK_PIP)).isEqualTo(Urgentie.BINNEN_7_DAGEN);
        assertThat(signaal.urgentie(UITERLIJK_PIP.plusDays(1))).isEqualTo(Urgentie.TE_LAAT);

        assertThat(PipTermijnSignalen.signaal(PERSOON, termijn, true)).isEmpty();
        assertThat(PipTermijnSignalen.signaal(PERSOON, Optional.empty(), false)).isEmpty();
    }

    @Test
    void r2_8_anOpenInformationRequestIsNamedInTheActionAndTheExtendedDateIsTheLastDay() {
        LocalDate verlengd = UITERLIJK_PIP.plusDays(9);
        Signaal wacht = PipTermijnSignalen.signaal(
                        PERSOON, Optional.of(new TermijnVaststellingPip(UITERLIJK_PIP, false, true)), false)
                .orElseThrow();
        assertThat(wacht.actie()).contains("informatieverzoek");
        Signaal signaal = PipTermijnSignalen.signaal(
                        PERSOON, Optional.of(new TermijnVaststellingPip(verlengd, true, false)), false)
                .orElseThrow();
        assertThat(signaal.uiterlijkeDatum()).isEqualTo(verlengd);
        assertThat(signaal.urgentie(UITERLIJK_PIP.plusDays(1))).isNotEqualTo(Urgentie.TE_LAAT);
    }

    /**
     * R3.4 / R3.6: a first PIP dated 2024-02-28 gives a term up to and including 2027-02-28 (exclusive end
     * 2027-03-01): the three years are not "extended" though the end lies more than three years after the start;
     * one day more is an extension by DUO.
     */
    @Test
    void r3_4_theWorklistNamesTheLastDayOfATermAroundALeapDayAndR3_6OnlyForARealExtension() {
        Inburgeringstermijn schrikkel = new Inburgeringstermijn(LocalDate.of(2024, 2, 29), LocalDate.of(2027, 3, 1));
        Signaal signaal = InburgeringstermijnSignalen.signaal(PERSOON, schrikkel, LocalDate.of(2027, 2, 1))
                .orElseThrow();
        assertThat(signaal.uiterlijkeDatum()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(signaal.regel()).isEqualTo("R3.4");

        Inburgeringstermijn verlengd = new Inburgeringstermijn(LocalDate.of(2024, 2, 29), LocalDate.of(2027, 3, 2));
        assertThat(InburgeringstermijnSignalen.signaal(PERSOON, verlengd, LocalDate.of(2027, 2, 1))
                        .orElseThrow()
                        .regel())
                .isEqualTo("R3.6");
    }

    @Test
    void r3_4_theEndOfTheTermSignalsFromSixMonthsBeforeAndItsLastDayIsTheDayBeforeTheExclusiveEnd() {
        assertThat(InburgeringstermijnSignalen.signaal(PERSOON, TERMIJN, LocalDate.of(2028, 9, 1)))
                .isEmpty();
        Signaal signaal = InburgeringstermijnSignalen.signaal(PERSOON, TERMIJN, LocalDate.of(2028, 9, 2))
                .orElseThrow();
        assertThat(signaal.regel()).isEqualTo("R3.4");
        assertThat(signaal.uiterlijkeDatum()).isEqualTo(LocalDate.of(2029, 3, 1));
        assertThat(signaal.urgentie(LocalDate.of(2028, 9, 2))).isEqualTo(Urgentie.LATER);

        Signaal laatsteDag = InburgeringstermijnSignalen.signaal(PERSOON, TERMIJN, LocalDate.of(2029, 3, 1))
                .orElseThrow();
        assertThat(laatsteDag.urgentie(LocalDate.of(2029, 3, 1))).isEqualTo(Urgentie.BINNEN_7_DAGEN);
        assertThat(laatsteDag.actie()).contains("verlenging");
        Signaal verstreken = InburgeringstermijnSignalen.signaal(PERSOON, TERMIJN, LocalDate.of(2029, 3, 2))
                .orElseThrow();
        assertThat(verstreken.urgentie(LocalDate.of(2029, 3, 2))).isEqualTo(Urgentie.TE_LAAT);
        assertThat(verstreken.actie()).contains("verstreken").contains("R6.5");
    }

    @Test
    void r3_6_anExtendedTermSignalsFromItsNewEndAndNamesR3_6() {
        Inburgeringstermijn verlengd = new Inburgeringstermijn(TERMIJN.startdatum(), LocalDate.of(2029, 9, 2));
        assertThat(InburgeringstermijnSignalen.signaal(PERSOON, verlengd, LocalDate.of(2029, 3, 1)))
                .isEmpty();
        Signaal signaal = InburgeringstermijnSignalen.signaal(PERSOON, verlengd, LocalDate.of(2029, 3, 2))
                .orElseThrow();
        assertThat(signaal.regel()).isEqualTo("R3.6");
        assertThat(signaal.uiterlijkeDatum()).isEqualTo(LocalDate.of(2029, 9, 1));
    }

    @Test
    void r1_3_theAowAgeSignalsFromSixMonthsBeforeAndIsLateAfterThatDay() {
        LocalDate geboren = LocalDate.of(1960, 3, 1); // AOW age 67: 1 March 2027
        assertThat(AowSignalen.signaal(PERSOON, geboren, LocalDate.of(2026, 8, 31)))
                .isEmpty();
        Signaal signaal =
                AowSignalen.signaal(PERSOON, geboren, LocalDate.of(2026, 9, 1)).orElseThrow();
        assertThat(signaal.regel()).isEqualTo("R1.3");
        assertThat(signaal.uiterlijkeDatum()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(signaal.actie()).contains("1 maart 2027").doesNotContain("voorlopig");
        assertThat(signaal.urgentie(LocalDate.of(2027, 3, 1))).isEqualTo(Urgentie.BINNEN_7_DAGEN);
        assertThat(signaal.urgentie(LocalDate.of(2027, 3, 2))).isEqualTo(Urgentie.TE_LAAT);
        assertThat(AowSignalen.signaal(PERSOON, LocalDate.of(1994, 5, 17), LocalDate.of(2026, 9, 1)))
                .isEmpty();
    }

    /** R1.3 at the lowest AOW age (65, reached before 2013): the quick skip of younger people starts exactly there. */
    @Test
    void r1_3_atTheLowestAowAgeTheSignalStillStartsSixMonthsBefore() {
        LocalDate geboren = LocalDate.of(1946, 1, 15); // AOW age 65: 15 January 2011
        assertThat(AowSignalen.signaal(PERSOON, geboren, LocalDate.of(2010, 7, 14)))
                .isEmpty();
        assertThat(AowSignalen.signaal(PERSOON, geboren, LocalDate.of(2010, 7, 15)))
                .hasValueSatisfying(s -> assertThat(s.uiterlijkeDatum()).isEqualTo(LocalDate.of(2011, 1, 15)));
    }

    @Test
    void d9_theAgreedConversationsAreSpreadEvenlyInsideTheTerm() {
        assertThat(Voortgangsgesprekken.planning(TERMIJN.startdatum(), TERMIJN.einddatum(), 4))
                .containsExactly(
                        LocalDate.of(2026, 10, 7),
                        LocalDate.of(2027, 5, 14),
                        LocalDate.of(2027, 12, 19),
                        LocalDate.of(2028, 7, 25));
        assertThat(Voortgangsgesprekken.planning(TERMIJN.startdatum(), TERMIJN.einddatum(), 0))
                .isEmpty();
    }

    @Test
    void d9_theNextConversationSignalsFromThirtyDaysBeforeItIsDue() {
        assertThat(VoortgangsgesprekSignalen.signaal(PERSOON, TERMIJN, 4, 0, LocalDate.of(2026, 9, 6)))
                .isEmpty();
        Signaal signaal = VoortgangsgesprekSignalen.signaal(PERSOON, TERMIJN, 4, 0, LocalDate.of(2026, 9, 7))
                .orElseThrow();
        assertThat(signaal.regel()).isEqualTo("D9");
        assertThat(signaal.uiterlijkeDatum()).isEqualTo(LocalDate.of(2026, 10, 7));
        assertThat(signaal.actie()).contains("1 van 4");
        assertThat(signaal.urgentie(LocalDate.of(2026, 10, 8))).isEqualTo(Urgentie.TE_LAAT);
    }

    @Test
    void d9_aRecordedConversationMovesTheSignalToTheNextAndAllHeldEndsIt() {
        Signaal tweede = VoortgangsgesprekSignalen.signaal(PERSOON, TERMIJN, 4, 1, LocalDate.of(2027, 4, 14))
                .orElseThrow();
        assertThat(tweede.uiterlijkeDatum()).isEqualTo(LocalDate.of(2027, 5, 14));
        assertThat(tweede.actie()).contains("2 van 4");
        assertThat(VoortgangsgesprekSignalen.signaal(PERSOON, TERMIJN, 4, 1, LocalDate.of(2027, 4, 13)))
                .isEmpty();
        assertThat(VoortgangsgesprekSignalen.signaal(PERSOON, TERMIJN, 4, 4, LocalDate.of(2028, 8, 1)))
                .isEmpty();
    }

    @Test
    void d9_noConversationSignalOnceTheTermHasEnded() {
        assertThat(VoortgangsgesprekSignalen.signaal(PERSOON, TERMIJN, 4, 3, LocalDate.of(2029, 3, 1)))
                .isPresent();
        assertThat(VoortgangsgesprekSignalen.signaal(PERSOON, TERMIJN, 4, 3, LocalDate.of(2029, 3, 2)))
                .isEmpty();
    }

    @Test
    void r4_5_aZrouteBehindItsPaceSignalsWithTheTermijnsLastDayAndTheHoursNeededPerWeek() {
        LocalDate halverwege = LocalDate.of(2027, 9, 1);
        Urenstand achter = new Urenstand(new BigDecimal("300"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        Signaal signaal = ZrouteTempoSignalen.signaal(
                        PERSOON, Doelgroep.GEZINSMIGRANT_OF_OVERIGE_MIGRANT, achter, TERMIJN, halverwege)
                .orElseThrow();
        assertThat(signaal.soort()).isEqualTo(Signaalsoort.Z_ROUTE_TEMPO);
        assertThat(signaal.regel()).isEqualTo("R4.5");
        assertThat(signaal.uiterlijkeDatum()).isEqualTo(LocalDate.of(2029, 3, 1));
        assertThat(signaal.actie())
                .contains("300 gevolgd")
                .contains("400 verwacht")
                .contains("uur per week");

        Urenstand opSchema = new Urenstand(new BigDecimal("400"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        assertThat(ZrouteTempoSignalen.signaal(
                        PERSOON, Doelgroep.GEZINSMIGRANT_OF_OVERIGE_MIGRANT, opSchema, TERMIJN, halverwege))
                .isEmpty();
    }

    @Test
    void r5_4_pvtNotSignedSignalsFromSixMonthsBeforeTheEndOfTheTermijnWithItsLastDay() {
        LocalDate zesMaandenVoorEinde = TERMIJN.einddatum().minusMonths(6);
        assertThat(PvtTermijnSignalen.signaal(PERSOON, TERMIJN, zesMaandenVoorEinde.minusDays(1)))
                .isEmpty();
        Signaal signaal = PvtTermijnSignalen.signaal(PERSOON, TERMIJN, zesMaandenVoorEinde)
                .orElseThrow();
        assertThat(signaal.soort()).isEqualTo(Signaalsoort.PVT_TERMIJN);
        assertThat(signaal.regel()).isEqualTo("R5.4");
        assertThat(signaal.uiterlijkeDatum()).isEqualTo(LocalDate.of(2029, 3, 1));
        assertThat(signaal.urgentie(LocalDate.of(2029, 3, 1))).isEqualTo(Urgentie.BINNEN_7_DAGEN);
        assertThat(signaal.urgentie(TERMIJN.einddatum())).isEqualTo(Urgentie.TE_LAAT);
    }

    @Test
    void r6_4_mapNotCompletedSignalsFromSixMonthsBeforeTheEndOfTheTermijnWithItsLastDay() {
        LocalDate zesMaandenVoorEinde = TERMIJN.einddatum().minusMonths(6);
        assertThat(MapTermijnSignalen.signaal(PERSOON, TERMIJN, zesMaandenVoorEinde.minusDays(1)))
                .isEmpty();
        Signaal signaal = MapTermijnSignalen.signaal(PERSOON, TERMIJN, zesMaandenVoorEinde)
                .orElseThrow();
        assertThat(signaal.soort()).isEqualTo(Signaalsoort.MAP_TERMIJN);
        assertThat(signaal.regel()).isEqualTo("R6.4");
        assertThat(signaal.uiterlijkeDatum()).isEqualTo(LocalDate.of(2029, 3, 1));
    }
}
