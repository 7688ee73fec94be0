package nl.openinburgering.inburgeraar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/**
 * R3.6: an extension of the inburgeringstermijn granted by DUO (ex officio, SS103, or on request, SS104),
 * registered by the gemeente with the date of DUO's decision, the new end date (exclusive) and the ground.
 */
@Table("termijnverlenging")
public record Termijnverlenging(
        int volgnummer, String gemeentecode, LocalDate datumBesluit, LocalDate nieuweEinddatum, String reden) {

    /**
     * R3.6: an extension is registered after DUO's decision (not in the future), with its ground, and only
     * to a later end: it never shortens the term.
     */
    static Termijnverlenging nieuw(
            int volgnummer,
            String gemeentecode,
            @Nullable LocalDate datumBesluit,
            @Nullable LocalDate nieuweEinddatum,
            @Nullable String reden,
            LocalDate huidigeEinddatum,
            LocalDate vandaag) {
        List<Veldfout> fouten = new ArrayList<>();
        if (datumBesluit == null || datumBesluit.isAfter(vandaag)) {
            fouten.add(new Veldfout(
                    "datumBesluit", "verplicht", "Vul de datum van het besluit van DUO in (niet in de toekomst)."));
        }
        if (nieuweEinddatum == null || !nieuweEinddatum.isAfter(huidigeEinddatum)) {
            fouten.add(new Veldfout(
                    "nieuweEinddatum",
                    "R3.6",
                    "De nieuwe einddatum ligt na de huidige einddatum (" + huidigeEinddatum + ")."));
        }
        if (reden == null || reden.isBlank()) {
            fouten.add(new Veldfout("reden", "verplicht", "Vul de grond van de verlenging in."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        // The checks above refused a missing value.
        return new Termijnverlenging(
                volgnummer,
                gemeentecode,
                Objects.requireNonNull(datumBesluit),
                Objects.requireNonNull(nieuweEinddatum),
                Objects.requireNonNull(reden).strip());
    }
}
