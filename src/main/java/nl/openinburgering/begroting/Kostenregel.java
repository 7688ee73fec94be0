package nl.openinburgering.begroting;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * One line of the budget realisation: a component (for a leerroute: per contract and route), how many (deelnames,
 * trajecten, inzetten, betalingen), what is committed, what is spent up to the peildatum and the forecast for the
 * whole period; amounts in cents.
 *
 * @param opmerking why a line may be incomplete (no contract price, no route), in Dutch
 */
public record Kostenregel(
        Kostencomponent component,
        String omschrijving,
        long aantal,
        long verplichtCenten,
        long besteedCenten,
        long prognoseCenten,
        Optional<String> opmerking) {

    /**
     * The forecast for the period {@code [vanaf, tot)} on the peildatum: after the period what was spent; before it
     * what is committed; during it what was spent, extended to the whole period in proportion to the days gone by, and
     * never less than what is committed.
     */
    public static long prognose(long verplicht, long besteed, LocalDate vanaf, LocalDate tot, LocalDate peildatum) {
        if (!peildatum.isBefore(tot.minusDays(1))) {
            return besteed;
        }
        if (peildatum.isBefore(vanaf)) {
            return verplicht;
        }
        long verstreken = ChronoUnit.DAYS.between(vanaf, peildatum) + 1;
        long totaal = ChronoUnit.DAYS.between(vanaf, tot);
        long doorgetrokken = Math.round((double) besteed * totaal / verstreken);
        return Math.max(verplicht, doorgetrokken);
    }

    /** A line whose costs are all counted on a date: committed = all in the period, spent = those up to the peildatum. */
    static Kostenregel van(
            Kostencomponent component,
            String omschrijving,
            long aantal,
            long verplicht,
            long besteed,
            Periode periode,
            Optional<String> opmerking) {
        return new Kostenregel(
                component,
                omschrijving,
                aantal,
                verplicht,
                besteed,
                prognose(verplicht, besteed, periode.vanaf(), periode.tot(), periode.peildatum()),
                opmerking);
    }
}
