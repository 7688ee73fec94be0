package nl.openinburgering.map;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.openinburgering.aanbieder.UrenOverzicht;

/**
 * R6.3: the attended hours of the practical element, as providers report them: the {@code MAP_PRAKTIJK} hour
 * lines of module {@code aanbieder} (attended hours only). Not logged here: the caller logs its own processing.
 */
@Component
class MapPraktijkuren {

    private final UrenOverzicht uren;

    MapPraktijkuren(UrenOverzicht uren) {
        this.uren = uren;
    }

    BigDecimal uren(UUID inburgeraarId) {
        return uren.totalen(inburgeraarId).mapPraktijk();
    }

    /**
     * R6.3: the practical hours toward an eindgesprek on {@code datum}: lines dated on or before that day count
     * (the day of the eindgesprek itself too), a line of the day after does not.
     */
    BigDecimal uren(UUID inburgeraarId, LocalDate datum) {
        return uren.totalen(inburgeraarId, datum).mapPraktijk();
    }
}
