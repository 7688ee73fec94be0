package nl.openinburgering.map;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.openinburgering.shared.Leerroute;
import nl.openinburgering.shared.Verwijtbaar;

/**
 * Where a person stands in the MAP: the leerroute of the current PIP (R6.1), the themes (R6.2), the practical
 * hours toward 40 (R6.3), the eindgesprek (R6.4), the deadline (the end of the termijn), the {@code verwijtbaar}
 * values DUO would accept today (R6.5), and the cost against the gemeente's budget per participant (D4).
 */
public record MapVoortgang(
        Optional<Leerroute> leerroute,
        List<MapThemaRegel> themas,
        BigDecimal praktijkuren,
        Optional<MapEindgesprek> eindgesprek,
        Optional<LocalDate> uiterlijkeDatum,
        Set<Verwijtbaar> toegestaneVerwijtbaarheid,
        Optional<BigDecimal> kosten,
        BigDecimal budget) {

    public boolean vanToepassing() {
        return MapRegels.vanToepassing(leerroute);
    }

    public BigDecimal minimumPraktijkuren() {
        return MapRegels.MINIMUM_PRAKTIJKUREN;
    }

    public boolean praktijkurenGehaald() {
        return praktijkuren.compareTo(MapRegels.MINIMUM_PRAKTIJKUREN) >= 0;
    }

    /** D4: the cost is over the budget per participant. */
    public boolean bovenBudget() {
        return kosten.map(k -> k.compareTo(budget) > 0).orElse(false);
    }
}
