package nl.openinburgering.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.openinburgering.shared.Leerroute;

import static org.assertj.core.api.Assertions.assertThat;

class RouteadviesTests {

    static final LocalDate PEILDATUM = LocalDate.of(2026, 3, 1);
    /** 28 years old on the peildatum exactly; one day later born is still 27. */
    static final LocalDate ACHTENTWINTIG = PEILDATUM.minusYears(Routeadvies.LEEFTIJDSGRENS_ONDERWIJSROUTE);

    static final LocalDate ZEVENENTWINTIG = ACHTENTWINTIG.plusDays(1);

    static Leerbaarheidstoets lbt(LbtResultaat resultaat) {
        return new Leerbaarheidstoets(LocalDate.of(2026, 2, 1), resultaat, null, null, null, null);
    }

    static Bevindingen bevindingen(Hoofddoel hoofddoel, Opleidingsniveau niveau) {
        return new Bevindingen(null, niveau, null, null, null, null, null, null, null, null, hoofddoel, null, null);
    }

    static Optional<Leerroute> advies(
            LbtResultaat resultaat, Hoofddoel doel, Opleidingsniveau niveau, LocalDate geboren) {
        return Routeadvies.bereken(lbt(resultaat), bevindingen(doel, niveau), geboren, PEILDATUM)
                .leerroute();
    }

    @Test
    void r2_4_advisesTheOnderwijsrouteToAYoungPersonWhoWantsToStudyWithSecondaryEducation() {
        assertThat(advies(LbtResultaat.B1_ROUTE_HAALBAAR, Hoofddoel.ONDERWIJS, Opleidingsniveau.VO, ZEVENENTWINTIG))
                .contains(Leerroute.ONDERWIJSROUTE);
    }

    @Test
    void r2_4_advisesTheB1RouteFromTheAgeLimitOn() {
        Routeadvies advies = Routeadvies.bereken(
                lbt(LbtResultaat.B1_ROUTE_HAALBAAR),
                bevindingen(Hoofddoel.ONDERWIJS, Opleidingsniveau.HBO_WO),
                ACHTENTWINTIG,
                PEILDATUM);
        assertThat(advies.leerroute()).contains(Leerroute.B1_ROUTE);
        assertThat(advies.redenen()).anyMatch(reden -> reden.contains("leeftijd is 28"));
    }

    @Test
    void r2_4_advisesTheB1RouteWhenTheEducationIsBelowSecondarySchool() {
        assertThat(advies(LbtResultaat.B1_ROUTE_HAALBAAR, Hoofddoel.ONDERWIJS, Opleidingsniveau.BASIS, ZEVENENTWINTIG))
                .contains(Leerroute.B1_ROUTE);
        assertThat(advies(LbtResultaat.B1_ROUTE_HAALBAAR, Hoofddoel.ONDERWIJS, null, ZEVENENTWINTIG))
                .contains(Leerroute.B1_ROUTE);
    }

    @Test
    void r2_4_advisesTheB1RouteWhenTheMainGoalIsWork() {
        assertThat(advies(LbtResultaat.B1_ROUTE_HAALBAAR, Hoofddoel.WERK, Opleidingsniveau.HBO_WO, ZEVENENTWINTIG))
                .contains(Leerroute.B1_ROUTE);
        assertThat(advies(LbtResultaat.B1_ROUTE_HAALBAAR, null, null, ZEVENENTWINTIG))
                .contains(Leerroute.B1_ROUTE);
    }

    @Test
    void r2_4_advisesTheZRouteWhenB1IsNotFeasibleWhateverTheGoal() {
        assertThat(advies(
                        LbtResultaat.B1_ROUTE_NIET_HAALBAAR, Hoofddoel.ONDERWIJS, Opleidingsniveau.VO, ZEVENENTWINTIG))
                .contains(Leerroute.Z_ROUTE);
    }

    @Test
    void r2_4_givesNoAdviceButTheReasonWhenTheResultIsUnknownOrMissing() {
        Routeadvies onbekend =
                Routeadvies.bereken(lbt(LbtResultaat.ONBEKEND), Bevindingen.LEEG, ZEVENENTWINTIG, PEILDATUM);
        assertThat(onbekend.leerroute()).isEmpty();
        assertThat(onbekend.redenen()).containsExactly("De uitslag van de leerbaarheidstoets is onbekend.");
        Routeadvies ontbreekt =
                Routeadvies.bereken(Leerbaarheidstoets.LEEG, Bevindingen.LEEG, ZEVENENTWINTIG, PEILDATUM);
        assertThat(ontbreekt.leerroute()).isEmpty();
        assertThat(ontbreekt.redenen()).containsExactly("De uitslag van de leerbaarheidstoets ontbreekt nog.");
    }

    @Test
    void r1_10_givesNoAdviceToSomeoneExemptFromTheLbt() {
        Leerbaarheidstoets vrijgesteld = new Leerbaarheidstoets(
                null, null, null, null, LbtOntheffing.VISUELE_BEPERKING, "Blind sinds de geboorte");
        Routeadvies advies = Routeadvies.bereken(vrijgesteld, Bevindingen.LEEG, ZEVENENTWINTIG, PEILDATUM);
        assertThat(advies.leerroute()).isEmpty();
        assertThat(advies.redenen().getFirst()).contains("R1.10");
    }

    @Test
    void r2_4_scoresDoNotChangeTheAdviceOnlyTheResultDoes() {
        Leerbaarheidstoets metScores = new Leerbaarheidstoets(
                null, LbtResultaat.B1_ROUTE_HAALBAAR, new BigDecimal("12.50"), new BigDecimal("10"), null, null);
        assertThat(Routeadvies.bereken(metScores, Bevindingen.LEEG, ZEVENENTWINTIG, PEILDATUM)
                        .leerroute())
                .contains(Leerroute.B1_ROUTE);
    }
}
