package nl.openinburgering.map;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.openinburgering.inburgeraar.Inburgeringstermijn;
import nl.openinburgering.shared.Conflict;
import nl.openinburgering.shared.Leerroute;
import nl.openinburgering.shared.MapThema;

import static nl.openinburgering.Foutcodes.codes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The eindgesprek on a person's MAP, without Spring. */
class MapTrajectTests {

    static final LocalDate VANDAAG = LocalDate.of(2026, 11, 20);
    static final Optional<Inburgeringstermijn> TERMIJN =
            Optional.of(new Inburgeringstermijn(LocalDate.of(2026, 3, 2), LocalDate.of(2029, 3, 2)));
    static final UUID PERSOON = UUID.randomUUID();

    static MapTraject traject(Leerroute route, String praktijkuren, Optional<MapEindgesprek> eerder) {
        return new MapTraject(PERSOON, "0148", Optional.of(route), new BigDecimal(praktijkuren), eerder);
    }

    @Test
    void r6_4_aSufficientEindgesprekCompletesTheMapAndReturnsMapAfgerond() {
        MapTraject traject = traject(Leerroute.B1_ROUTE, "40", Optional.empty());

        assertThat(traject.eindgesprekVoeren(VANDAAG, true, null, TERMIJN, VANDAAG))
                .contains(new MapAfgerond(PERSOON, "0148", VANDAAG, null));
        assertThat(traject.afgerond()).isTrue();
        assertThat(traject.eindgesprek()).contains(new MapEindgesprek(VANDAAG, true, Optional.empty()));
    }

    @Test
    void r6_4_anInsufficientEindgesprekIsKeptButCompletesNothing() {
        MapTraject traject = traject(Leerroute.Z_ROUTE, "40", Optional.empty());

        assertThat(traject.eindgesprekVoeren(VANDAAG, false, null, TERMIJN, VANDAAG))
                .isEmpty();
        assertThat(traject.afgerond()).isFalse();
        assertThat(traject.eindgesprek()).contains(new MapEindgesprek(VANDAAG, false, Optional.empty()));
    }

    @Test
    void r6_4_anInsufficientEindgesprekMayBeFollowedByAnother() {
        MapTraject traject = traject(
                Leerroute.B1_ROUTE,
                "40",
                Optional.of(new MapEindgesprek(VANDAAG.minusDays(30), false, Optional.empty())));

        assertThat(traject.eindgesprekVoeren(VANDAAG, true, null, TERMIJN, VANDAAG))
                .isPresent();
    }

    @Test
    void r6_4_refusesAnEindgesprekAfterASufficientOneAsAConflict() {
        MapTraject traject = traject(
                Leerroute.B1_ROUTE,
                "40",
                Optional.of(new MapEindgesprek(VANDAAG.minusDays(30), true, Optional.empty())));

        assertThatThrownBy(() -> traject.eindgesprekVoeren(VANDAAG, true, null, TERMIJN, VANDAAG))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void r6_3_refusesAnEindgesprekBelowFortyPracticalHours() {
        MapTraject traject = traject(Leerroute.B1_ROUTE, "39.9", Optional.empty());

        assertThat(codes(() -> traject.eindgesprekVoeren(VANDAAG, true, null, TERMIJN, VANDAAG)))
                .containsExactly("R6.3");
        assertThat(traject.eindgesprek()).isEmpty();
    }

    @Test
    void r6_1_refusesAnEindgesprekInTheOnderwijsroute() {
        MapTraject traject = traject(Leerroute.ONDERWIJSROUTE, "40", Optional.empty());

        assertThat(codes(() -> traject.eindgesprekVoeren(VANDAAG, true, null, TERMIJN, VANDAAG)))
                .containsExactly("R6.1");
    }

    @Test
    void r6_5_refusesAnEindgesprekInTheFuture() {
        MapTraject traject = traject(Leerroute.B1_ROUTE, "40", Optional.empty());

        assertThat(codes(() -> traject.eindgesprekVoeren(VANDAAG.plusDays(1), true, null, TERMIJN, VANDAAG)))
                .containsExactly("R6.5");
    }

    @Test
    void r6_2_agreesAThemeAndReturnsMapThemaAfgesproken() {
        MapTraject traject = traject(Leerroute.B1_ROUTE, "0", Optional.empty());

        assertThat(traject.spreekThemaAf(MapThema.values()[0], ThemaStatus.AFGESPROKEN, null))
                .isEqualTo(new MapThemaAfgesproken(PERSOON, "0148", MapThema.values()[0], ThemaStatus.AFGESPROKEN));
    }

    @Test
    void r6_2_refusesAWaiverWithoutAReasonAndAMissingTheme() {
        MapTraject traject = traject(Leerroute.Z_ROUTE, "0", Optional.empty());

        assertThat(codes(() -> traject.spreekThemaAf(null, ThemaStatus.VRIJGESTELD, " ")))
                .containsExactly("R6.2", "R6.2");
    }

    @Test
    void r6_1_refusesThemesAndCostInTheOnderwijsroute() {
        MapTraject traject = traject(Leerroute.ONDERWIJSROUTE, "0", Optional.empty());

        assertThat(codes(() -> traject.spreekThemaAf(MapThema.values()[0], ThemaStatus.AFGESPROKEN, null)))
                .containsExactly("R6.1");
        assertThat(codes(() -> traject.stelKostenIn(new BigDecimal("100")))).containsExactly("R6.1");
    }

    @Test
    void r6_5_refusesThemesWithoutACurrentPip() {
        MapTraject traject = new MapTraject(PERSOON, "0148", Optional.empty(), BigDecimal.ZERO, Optional.empty());

        assertThat(codes(() -> traject.spreekThemaAf(MapThema.values()[0], ThemaStatus.AFGESPROKEN, null)))
                .containsExactly("R6.5");
    }

    @Test
    void d4_setsTheCostAndRefusesANegativeAmountOrMoreThanTwoDecimals() {
        MapTraject traject = traject(Leerroute.B1_ROUTE, "0", Optional.empty());

        assertThat(traject.stelKostenIn(new BigDecimal("149.95")))
                .isEqualTo(new MapKostenVastgesteld(PERSOON, "0148", new BigDecimal("149.95")));
        assertThat(codes(() -> traject.stelKostenIn(new BigDecimal("-1")))).containsExactly("bedrag.ongeldig");
        assertThat(codes(() -> traject.stelKostenIn(new BigDecimal("1.005")))).containsExactly("bedrag.ongeldig");
    }
}
