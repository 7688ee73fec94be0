package nl.openinburgering.pip;

import java.util.Optional;

import nl.openinburgering.inburgeraar.Geadresseerde;
import nl.openinburgering.inburgeraar.Inburgeringstermijn;

/**
 * R3.2: what the beschikking letter of a vastgesteld PIP says: the PIP, to whom it goes and the person's
 * inburgeringstermijn (R3.4).
 */
public record Beschikking(Pip pip, Geadresseerde geadresseerde, Optional<Inburgeringstermijn> inburgeringstermijn) {

    /** The reference on the letter: short enough to say on the phone, unique enough within a gemeente. */
    public String kenmerk() {
        return "PIP-" + pip.id().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }
}
