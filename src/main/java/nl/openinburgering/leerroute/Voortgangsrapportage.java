package nl.openinburgering.leerroute;

import java.time.Instant;
import java.util.UUID;

/** A progress report of a provider on its deelname. */
public record Voortgangsrapportage(UUID id, UUID inburgeraarId, UUID deelnameId, UUID aanbiederId,
        Voortgangsmelding melding, Instant gemeldOp) {
}
