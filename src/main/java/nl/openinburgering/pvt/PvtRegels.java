package nl.openinburgering.pvt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.inburgeraar.Inburgeringstermijn;
import nl.openinburgering.shared.Veldfout;
import nl.openinburgering.shared.Verwijtbaar;
import nl.openinburgering.shared.Verwijtbaarheid;

/** The rules checked when the participatieverklaring is signed. Pure: every fact comes in. */
public final class PvtRegels {

    /** R5.2: at least 12 hours, the signing moment included. */
    public static final BigDecimal MINIMUM_UREN = new BigDecimal("12");

    private PvtRegels() {}

    /**
     * R5.2: at least 12 attended PVT hours (the signing session included); R5.3: at least one activity or
     * excursion attended; R5.5 with the validations of R6.5: a current PIP (so a termijn), the date not in the
     * future and not before the start of the termijn, and a {@code verwijtbaar} indication DUO accepts.
     * Signing after the end of the termijn (R5.4) is not refused: it is late, and then the indication applies.
     */
    public static List<Veldfout> ondertekening(
            @Nullable LocalDate datum,
            BigDecimal uren,
            boolean activiteitBijgewoond,
            Optional<Inburgeringstermijn> termijn,
            LocalDate vandaag,
            @Nullable Verwijtbaar verwijtbaar) {
        List<Veldfout> fouten = new ArrayList<>();
        if (datum == null) {
            fouten.add(new Veldfout("datum", "verplicht", "Vul de datum van de ondertekening in."));
        } else if (datum.isAfter(vandaag)) {
            fouten.add(new Veldfout("datum", "R5.5", "De datum van de ondertekening ligt in de toekomst."));
        }
        if (uren.compareTo(MINIMUM_UREN) < 0) {
            fouten.add(
                    new Veldfout(
                            "uren",
                            "R5.2",
                            "De persoon heeft " + uren.stripTrailingZeros().toPlainString()
                                    + " uur PVT gevolgd; voor de ondertekening zijn ten minste 12 uur nodig (de ondertekening inbegrepen)."));
        }
        if (!activiteitBijgewoond) {
            fouten.add(new Veldfout(
                    "activiteit",
                    "R5.3",
                    "De persoon heeft nog geen activiteit of excursie rond een kernwaarde bijgewoond."));
        }
        if (termijn.isEmpty()) {
            fouten.add(
                    new Veldfout("datum", "R5.5", "Er is nog geen vastgesteld PIP, dus nog geen inburgeringstermijn."));
        } else if (datum != null) {
            if (datum.isBefore(termijn.get().startdatum())) {
                fouten.add(new Veldfout("datum", "R5.5", "De datum ligt voor het begin van de inburgeringstermijn."));
            }
            new Verwijtbaarheid(datum, termijn.get().einddatum(), vandaag)
                    .fout(verwijtbaar)
                    .ifPresent(reden -> fouten.add(new Veldfout("verwijtbaar", "R5.5", reden)));
        }
        return fouten;
    }
}
