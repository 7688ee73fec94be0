package nl.openinburgering.werkvoorraad;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The cases a worklist covers: every active file of the user's gemeente (a teamleider's view) or a given set
 * (a consulent's own cases). A {@link Signaalbron} reads its data for all of them at once.
 *
 * @param ids empty for the whole gemeente
 */
public record Zaken(Optional<Set<UUID>> ids) {

    public static Zaken heleGemeente() {
        return new Zaken(Optional.empty());
    }

    public static Zaken van(Set<UUID> ids) {
        return new Zaken(Optional.of(Set.copyOf(ids)));
    }

    public boolean bevat(UUID id) {
        return ids.map(set -> set.contains(id)).orElse(true);
    }
}
