package nl.openinburgering.map;

import java.math.BigDecimal;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * R6.3: the attended hours of the practical element, as providers report them ({@code MAP_PRAKTIJK} hour
 * lines of module {@code aanbieder}). Not logged here: the caller logs its own processing.
 */
@Component
class MapPraktijkuren {

    BigDecimal uren(UUID inburgeraarId) {
        // Replaced by the aanbieder module's totals as soon as that module is merged.
        return BigDecimal.ZERO;
    }
}
