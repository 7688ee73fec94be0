package nl.openinburgering.werkvoorraad.internal;

import java.time.LocalDate;
import java.util.Optional;

import nl.openinburgering.inburgeraar.Inburgeringstermijn;

/**
 * The six months before the end of the inburgeringstermijn in which the worklist warns about parts still open
 * (R5.4, R6.4, the same horizon as the termijn's own signal). The end date is exclusive, as in DUO's model.
 */
final class Termijnhorizon {

    static final int MAANDEN = 6;

    private Termijnhorizon() {}

    /** The termijn's last day when the peildatum lies within six months before the end (or after it). */
    static Optional<LocalDate> binnen(Inburgeringstermijn termijn, LocalDate peildatum) {
        if (peildatum.isBefore(termijn.einddatum().minusMonths(MAANDEN))) {
            return Optional.empty();
        }
        return Optional.of(termijn.einddatum().minusDays(1));
    }
}
