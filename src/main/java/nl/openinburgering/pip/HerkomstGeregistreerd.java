package nl.openinburgering.pip;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import nl.openinburgering.inburgeraar.TermijnAanleiding;
import nl.openinburgering.shared.Gemeentecode;

/**
 * R3.12: after a move the gemeente recorded the previous gemeente's PIP; the term runs from that gemeente's
 * first PIP (R3.4), so this starts it.
 */
public record HerkomstGeregistreerd(UUID inburgeraarId, Gemeentecode gemeente, LocalDate dagtekeningEerstePip)
        implements TermijnAanleiding {

    @Override
    public Optional<LocalDate> eerstePip() {
        return Optional.of(dagtekeningEerstePip);
    }
}
