package nl.openinburgering.inburgeraar;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import nl.openinburgering.shared.Gemeentecode;

/**
 * R3.4: an event of another module that can start a person's inburgeringstermijn, such as
 * {@code PipVastgesteld}. This module listens to it after the deciding transaction committed (see
 * {@code TermijnListener}). It is declared here, not in the deciding module, because that module depends on
 * this one for the person's facts: listening to its own event type would make a cycle.
 */
public interface TermijnAanleiding {

    UUID inburgeraarId();

    Gemeentecode gemeente();

    /** The dagtekening of the person's first PIP when the event is about that one; empty for a later PIP. */
    Optional<LocalDate> eerstePip();

    /** R3.12 with R3.6: an extension DUO granted before a move, which moves with the person; usually none. */
    default Optional<OvergenomenVerlenging> verlenging() {
        return Optional.empty();
    }
}
