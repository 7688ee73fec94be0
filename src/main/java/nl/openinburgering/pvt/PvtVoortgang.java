package nl.openinburgering.pvt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.openinburgering.shared.Verwijtbaar;

/**
 * Where a person stands in the PVT: attended hours toward 12 (R5.2), whether an activity was attended
 * (R5.3), the deadline (R5.4: the last day of the inburgeringstermijn, inclusive, as every "uiterlijke datum" of the API), the signing, and which
 * {@code verwijtbaar} values DUO would accept today (R5.5). {@code urenGemeldDoorAanbieders} are the {@code PVT}
 * hour lines providers reported: shown for comparison, never added to {@code uren} (see ADR 0006: the same
 * session would otherwise count twice).
 */
public record PvtVoortgang(
        BigDecimal uren,
        BigDecimal urenGemeldDoorAanbieders,
        boolean activiteitBijgewoond,
        Optional<LocalDate> uiterlijkeDatum,
        Optional<Ondertekening> ondertekening,
        Set<Verwijtbaar> toegestaneVerwijtbaarheid,
        List<Aanwezigheid> aanwezigheden) {

    public BigDecimal minimumUren() {
        return PvtRegels.MINIMUM_UREN;
    }

    public boolean urenGehaald() {
        return uren.compareTo(PvtRegels.MINIMUM_UREN) >= 0;
    }
}
