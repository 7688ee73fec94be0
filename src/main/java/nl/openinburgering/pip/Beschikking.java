package nl.openinburgering.pip;

import java.util.Optional;
import java.util.Set;

import nl.openinburgering.inburgeraar.Examendeel;
import nl.openinburgering.inburgeraar.Geadresseerde;
import nl.openinburgering.inburgeraar.Inburgeringstermijn;

/**
 * R3.2: what the beschikking letter of a vastgesteld PIP says: the PIP, to whom it goes and the person's
 * inburgeringstermijn (R3.4), and the exam parts a partial vrijstelling or ontheffing covers (R1.7, R1.9).
 */
public record Beschikking(
        Pip pip,
        Geadresseerde geadresseerde,
        Optional<Inburgeringstermijn> inburgeringstermijn,
        Set<Examendeel> vrijgesteldeOnderdelen) {

    public Beschikking {
        vrijgesteldeOnderdelen = Set.copyOf(vrijgesteldeOnderdelen);
    }

    /** Without a partial vrijstelling or ontheffing. */
    public Beschikking(Pip pip, Geadresseerde geadresseerde, Optional<Inburgeringstermijn> inburgeringstermijn) {
        this(pip, geadresseerde, inburgeringstermijn, Set.of());
    }

    /** The reference on the letter: short enough to say on the phone, unique enough within a gemeente. */
    public String kenmerk() {
        return "PIP-" + pip.id().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }
}
