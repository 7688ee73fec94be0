package nl.openinburgering.pip;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import nl.openinburgering.inburgeraar.TermijnAanleiding;
import nl.openinburgering.shared.Gemeentecode;

/** A PIP became a beschikking. {@code eerste}: the person's first PIP, which starts the term (R3.4). */
public record PipVastgesteld(
        UUID pipId, UUID inburgeraarId, Gemeentecode gemeente, LocalDate dagtekening, boolean eerste)
        implements TermijnAanleiding {

    @Override
    public Optional<LocalDate> eerstePip() {
        return eerste ? Optional.of(dagtekening) : Optional.empty();
    }
}
