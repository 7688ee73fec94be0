package nl.openinburgering.leerroute;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.openinburgering.aanbieder.Deelname;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/** A progress report of a provider on its deelname. */
public record Voortgangsrapportage(
        UUID id, UUID inburgeraarId, UUID deelnameId, UUID aanbiederId, Voortgangsmelding melding, Instant gemeldOp) {

    /** The provider's report on its deelname, refused (400) when {@link Voortgangsmelding#controleer} finds faults (R4.1 levels). */
    public static Voortgangsrapportage melden(
            Deelname deelname, Voortgangsmelding melding, LocalDate vandaag, Instant nu) {
        List<Veldfout> fouten = melding.controleer(vandaag);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        return new Voortgangsrapportage(
                UUID.randomUUID(), deelname.inburgeraarId(), deelname.id(), deelname.aanbiederId(), melding, nu);
    }
}
