package nl.openinburgering.ontzorging;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.openinburgering.inburgeraar.Doelgroep;

/**
 * A person's ontzorging as the consulent's page and the API show it: empty {@code ontzorging} while none has
 * started; the cost items with their hand-back, and the history of every step (R7.6).
 */
public record OntzorgingDossier(
        UUID inburgeraarId,
        Doelgroep doelgroep,
        Optional<Ontzorging> ontzorging,
        Optional<Vergunning> vergunning,
        List<Kostenpost> kostenposten,
        List<Historiestap> historie) {

    /** R7.3: the first month an item may be handed back, once the ontzorging started. */
    public Optional<YearMonth> eersteOverdrachtsmaand() {
        return ontzorging.map(o -> OntzorgingRegels.eersteOverdrachtsmaand(o.startBijstand()));
    }

    /** The total per month of the items the gemeente still pays, in cents. */
    public long maandtotaalInCenten(YearMonth maand) {
        return kostenposten.stream()
                .filter(p -> p.verschuldigd(maand))
                .mapToLong(Kostenpost::bedragInCenten)
                .sum();
    }
}
