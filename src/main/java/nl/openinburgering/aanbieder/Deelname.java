package nl.openinburgering.aanbieder;

import java.time.LocalDate;
import java.util.UUID;

import nl.openinburgering.shared.Gemeentecode;

/**
 * An enrolment (deelname) of a person at a provider, from {@code startdatum} (inclusive) to an optional
 * {@code einddatum} (exclusive). Holds ids, no personal data.
 */
public record Deelname(UUID id, Gemeentecode gemeentecode, UUID inburgeraarId, UUID aanbiederId, String aanbiederNaam,
        Deelnamesoort soort, LocalDate startdatum, LocalDate einddatum, long versie) {

    /** Whether hours may be reported for that day: on or after the start and before the end. */
    public boolean looptOp(LocalDate datum) {
        return !datum.isBefore(startdatum) && (einddatum == null || datum.isBefore(einddatum));
    }
}
