package nl.openinburgering.pip;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.inburgeraar.OvergenomenVerlenging;
import nl.openinburgering.inburgeraar.TermijnAanleiding;
import nl.openinburgering.shared.Gemeentecode;

/**
 * R3.12: after a move the gemeente recorded the previous gemeente's PIP; the term runs from that gemeente's
 * first PIP (R3.4), so this starts it.
 */
public record HerkomstGeregistreerd(
        UUID inburgeraarId,
        Gemeentecode gemeente,
        LocalDate dagtekeningEerstePip,
        @Nullable OvergenomenVerlenging overgenomenVerlenging)
        implements TermijnAanleiding {

    public HerkomstGeregistreerd(UUID inburgeraarId, Gemeentecode gemeente, LocalDate dagtekeningEerstePip) {
        this(inburgeraarId, gemeente, dagtekeningEerstePip, null);
    }

    /** R3.12 with R3.6: DUO's extension from before the move travels with the person. */
    @Override
    public Optional<OvergenomenVerlenging> verlenging() {
        return Optional.ofNullable(overgenomenVerlenging);
    }

    @Override
    public Optional<LocalDate> eerstePip() {
        return Optional.of(dagtekeningEerstePip);
    }
}
