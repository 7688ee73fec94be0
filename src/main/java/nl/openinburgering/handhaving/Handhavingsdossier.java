package nl.openinburgering.handhaving;

import java.util.List;
import java.util.UUID;

/**
 * A person's enforcement: the cases, the referrals to the inkomensconsulent, the evidence that may be linked, and
 * whether the person is an asielstatushouder, for whom the screen shows the case law of R9.10.
 */
public record Handhavingsdossier(
        UUID inburgeraarId,
        boolean asielstatushouder,
        List<Zaakgegevens> zaken,
        List<PwVerwijzing> verwijzingen,
        List<Bewijs> beschikbaarBewijs) {}
