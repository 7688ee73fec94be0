package nl.openinburgering.pip;

import java.util.Optional;
import java.util.Set;

import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.inburgeraar.Examendeel;
import nl.openinburgering.inburgeraar.Geadresseerde;
import nl.openinburgering.inburgeraar.Inburgeringstermijn;

/**
 * R3.2: what the beschikking letter of a vastgesteld PIP says: the PIP, to whom it goes and the person's
 * inburgeringstermijn (R3.4), the exam parts a partial vrijstelling or ontheffing covers (R1.7, R1.9), and the
 * person's target group (R2.9: who pays the leerroute).
 */
public record Beschikking(
        Pip pip,
        Geadresseerde geadresseerde,
        Optional<Inburgeringstermijn> inburgeringstermijn,
        Set<Examendeel> vrijgesteldeOnderdelen,
        Doelgroep doelgroep) {

    public Beschikking {
        vrijgesteldeOnderdelen = Set.copyOf(vrijgesteldeOnderdelen);
    }

    /**
     * R2.9: the gemeente does not buy the leerroute of a gezinsmigrant or overige migrant; they pay it themselves
     * and may borrow from DUO. The letter says so.
     */
    public boolean leerrouteZelfBetaald() {
        return doelgroep != Doelgroep.ASIELSTATUSHOUDER;
    }

    /** The reference on the letter: short enough to say on the phone, unique enough within a gemeente. */
    public String kenmerk() {
        return "PIP-" + pip.id().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }
}
