package nl.openinburgering.leerroute;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.openinburgering.aanbieder.Deelname;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/** One exam attempt as a provider reported it for its deelname (R4.1). */
public record Examenresultaat(
        UUID id, UUID inburgeraarId, UUID deelnameId, UUID aanbiederId, Examenmelding melding, Instant gemeldOp) {

    /** R4.1: the provider's report on its deelname, refused (400) when {@link Examenmelding#controleer} finds faults. */
    public static Examenresultaat melden(Deelname deelname, Examenmelding melding, LocalDate vandaag, Instant nu) {
        List<Veldfout> fouten = melding.controleer(vandaag);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        return new Examenresultaat(
                UUID.randomUUID(), deelname.inburgeraarId(), deelname.id(), deelname.aanbiederId(), melding, nu);
    }
}
