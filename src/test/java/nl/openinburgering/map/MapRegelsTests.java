package nl.openinburgering.map;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.openinburgering.inburgeraar.Inburgeringstermijn;
import nl.openinburgering.shared.Leerroute;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The MAP rules, without Spring. */
class MapRegelsTests {

    static final LocalDate VANDAAG = LocalDate.of(2026, 11, 20);
    static final Optional<Inburgeringstermijn> TERMIJN =
            Optional.of(new Inburgeringstermijn(LocalDate.of(2026, 3, 2), LocalDate.of(2029, 3, 2)));

    static List<String> codes(List<Veldfout> fouten) {
        return fouten.stream().map(Veldfout::code).toList();
    }

    @Test
    void r6_1_appliesToTheB1RouteAndTheZrouteButNeverTheOnderwijsroute() {
        assertThat(MapRegels.vanToepassing(Optional.of(Leerroute.B1_ROUTE))).isTrue();
        assertThat(MapRegels.vanToepassing(Optional.of(Leerroute.Z_ROUTE))).isTrue();
        assertThat(MapRegels.vanToepassing(Optional.of(Leerroute.ONDERWIJSROUTE)))
                .isFalse();
        assertThatThrownBy(() -> MapRegels.vereistMap(Optional.of(Leerroute.ONDERWIJSROUTE)))
                .isInstanceOfSatisfying(
                        OngeldigeInvoer.class,
                        f -> assertThat(codes(f.fouten())).containsExactly("R6.1"));
    }

    @Test
    void r6_1_refusesAnEindgesprekInTheOnderwijsroute() {
        assertThat(codes(MapRegels.eindgesprek(
                        VANDAAG,
                        true,
                        Optional.of(Leerroute.ONDERWIJSROUTE),
                        new BigDecimal("40"),
                        TERMIJN,
                        VANDAAG,
                        null)))
                .containsExactly("R6.1");
    }

    @Test
    void r6_3_refusesAnEindgesprekWith39Point9PracticalHours() {
        assertThat(codes(MapRegels.eindgesprek(
                        VANDAAG, true, Optional.of(Leerroute.Z_ROUTE), new BigDecimal("39.9"), TERMIJN, VANDAAG, null)))
                .containsExactly("R6.3");
    }

    @Test
    void r6_3_acceptsAnEindgesprekWithExactly40PracticalHours() {
        assertThat(MapRegels.eindgesprek(
                        VANDAAG, false, Optional.of(Leerroute.B1_ROUTE), new BigDecimal("40"), TERMIJN, VANDAAG, null))
                .isEmpty();
    }

    @Test
    void r6_5_refusesAnEindgesprekInTheFutureOrBeforeTheTermijn() {
        assertThat(codes(MapRegels.eindgesprek(
                        VANDAAG.plusDays(1),
                        true,
                        Optional.of(Leerroute.B1_ROUTE),
                        new BigDecimal("40"),
                        TERMIJN,
                        VANDAAG,
                        null)))
                .containsExactly("R6.5");
        assertThat(codes(MapRegels.eindgesprek(
                        LocalDate.of(2026, 3, 1),
                        true,
                        Optional.of(Leerroute.B1_ROUTE),
                        new BigDecimal("40"),
                        TERMIJN,
                        VANDAAG,
                        null)))
                .containsExactly("R6.5");
    }

    @Test
    void r6_2_aWaivedThemeNeedsAReasonAnAgreedOneDoesNot() {
        assertThat(codes(MapRegels.themaAfspraak(ThemaStatus.VRIJGESTELD, " "))).containsExactly("R6.2");
        assertThat(MapRegels.themaAfspraak(ThemaStatus.VRIJGESTELD, "Heeft in Syrië als verpleegkundige gewerkt"))
                .isEmpty();
        assertThat(MapRegels.themaAfspraak(ThemaStatus.AFGESPROKEN, null)).isEmpty();
    }

    @Test
    void d4_theDefaultBudgetIsAbout150EurosPerParticipant() {
        assertThat(MapRegels.STANDAARD_BUDGET).isEqualByComparingTo("150");
        assertThat(MapRegels.bedrag("kosten", new BigDecimal("-1"))).isNotEmpty();
        assertThat(MapRegels.bedrag("kosten", new BigDecimal("149.50"))).isEmpty();
    }
}
