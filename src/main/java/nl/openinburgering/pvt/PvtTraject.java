package nl.openinburgering.pvt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.inburgeraar.Inburgeringstermijn;
import nl.openinburgering.shared.Conflict;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;
import nl.openinburgering.shared.Verwijtbaar;

/**
 * One person's PVT in one gemeente: the PVT sessions the person was registered at and the signing of the
 * participatieverklaring, once it happened. The signing is the state change; {@link PvtBeheer} loads and
 * persists.
 */
public final class PvtTraject {

    private final UUID inburgeraarId;
    private final String gemeentecode;
    private final List<Aanwezigheid> aanwezigheden;
    private Optional<Ondertekening> ondertekening;

    public PvtTraject(
            UUID inburgeraarId,
            String gemeentecode,
            List<Aanwezigheid> aanwezigheden,
            Optional<Ondertekening> ondertekening) {
        this.inburgeraarId = inburgeraarId;
        this.gemeentecode = gemeentecode;
        this.aanwezigheden = aanwezigheden.stream()
                .filter(a -> a.programma() == Programma.PVT)
                .toList();
        this.ondertekening = ondertekening;
    }

    /**
     * Signs the participatieverklaring with the gemeente's current text: R5.2 (at least 12 hours attended on or
     * before the day of the signing, the signing session included), R5.3 (at least one activity or excursion
     * attended by then) and R5.5 with the DUO validations of R6.5 (see {@link PvtRegels#ondertekening}).
     * Once only: a second signing is a conflict (409).
     */
    public PvtOndertekend onderteken(
            @Nullable LocalDate datum,
            @Nullable Verwijtbaar verwijtbaar,
            Optional<Inburgeringstermijn> termijn,
            String verklaringstekst,
            LocalDate vandaag) {
        if (ondertekening.isPresent()) {
            throw new Conflict("pvt.al.ondertekend", "De participatieverklaring is al ondertekend.");
        }
        // Only what was attended by the day of the signing counts toward it.
        List<Aanwezigheid> tot = aanwezigheden.stream()
                .filter(a -> a.aanwezig() && (datum == null || !a.datum().isAfter(datum)))
                .toList();
        BigDecimal uren = tot.stream().map(Aanwezigheid::uren).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Veldfout> fouten = PvtRegels.ondertekening(
                datum, uren, tot.stream().anyMatch(Aanwezigheid::activiteit), termijn, vandaag, verwijtbaar);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        // PvtRegels.ondertekening refused a missing date above.
        LocalDate getekend = Objects.requireNonNull(datum);
        ondertekening = Optional.of(
                new Ondertekening(inburgeraarId, getekend, verklaringstekst, uren, Optional.ofNullable(verwijtbaar)));
        return new PvtOndertekend(inburgeraarId, gemeentecode, getekend, verwijtbaar);
    }

    public UUID inburgeraarId() {
        return inburgeraarId;
    }

    /** The PVT sessions of the person, attended or not. */
    public List<Aanwezigheid> aanwezigheden() {
        return aanwezigheden;
    }

    public Optional<Ondertekening> ondertekening() {
        return ondertekening;
    }
}
