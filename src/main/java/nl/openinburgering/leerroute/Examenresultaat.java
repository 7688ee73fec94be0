package nl.openinburgering.leerroute;

import java.time.Instant;
import java.util.UUID;

/** One exam attempt as a provider reported it for its deelname (R4.1). */
public record Examenresultaat(UUID id, UUID inburgeraarId, UUID deelnameId, UUID aanbiederId, Examenmelding melding,
        Instant gemeldOp) {
}
