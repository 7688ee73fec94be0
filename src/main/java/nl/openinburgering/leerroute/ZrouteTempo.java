package nl.openinburgering.leerroute;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.inburgeraar.Inburgeringstermijn;

/**
 * R4.5 over time: is a Z-route on course to reach its hours (800 course hours, and 800 participation hours for
 * an asielstatushouder) before the inburgeringstermijn ends? The law sets the totals, not a pace; this reads
 * the pace as linear over the termijn, which is the gemeente's policy reading. A route is behind when the
 * hours attended so far are below the share of the termijn that has passed. The first
 * {@value #WEKEN_VOOR_OORDEEL} weeks are too early to judge, and after the termijn the signal of the
 * inburgeringstermijn itself takes over.
 *
 * @param doel        {@code "taallesKnm"} or {@code "participatie"}
 * @param gevolgd     the hours attended so far
 * @param verwacht    the hours a linear pace would have reached on the peildatum
 * @param nodigPerWeek the hours per week still needed to reach the target before the termijn ends
 */
public record ZrouteTempo(String doel, BigDecimal gevolgd, BigDecimal verwacht, BigDecimal nodigPerWeek) {

    public static final int WEKEN_VOOR_OORDEEL = 8;

    /** R4.5: the targets that are behind a linear pace on the peildatum; empty when on course or not judged. */
    public static List<ZrouteTempo> achterstanden(
            Doelgroep doelgroep, Urenstand uren, Inburgeringstermijn termijn, LocalDate peildatum) {
        long totaal = ChronoUnit.DAYS.between(termijn.startdatum(), termijn.einddatum());
        long verstreken = ChronoUnit.DAYS.between(termijn.startdatum(), peildatum);
        if (totaal <= 0 || verstreken < 7L * WEKEN_VOOR_OORDEEL || !peildatum.isBefore(termijn.einddatum())) {
            return List.of();
        }
        List<ZrouteTempo> achter = new ArrayList<>();
        achterstand("taallesKnm", uren.cursusuren(), ZrouteNorm.CURSUSUREN, verstreken, totaal)
                .ifPresent(achter::add);
        if (ZrouteNorm.participatieVereist(doelgroep)) {
            achterstand("participatie", uren.participatieuren(), ZrouteNorm.PARTICIPATIEUREN, verstreken, totaal)
                    .ifPresent(achter::add);
        }
        return achter;
    }

    private static Optional<ZrouteTempo> achterstand(
            String doel, BigDecimal gevolgd, BigDecimal norm, long verstreken, long totaal) {
        BigDecimal verwacht = norm.multiply(BigDecimal.valueOf(verstreken))
                .divide(BigDecimal.valueOf(totaal), 1, RoundingMode.HALF_UP);
        if (gevolgd.compareTo(verwacht) >= 0 || gevolgd.compareTo(norm) >= 0) {
            return Optional.empty();
        }
        BigDecimal restWeken =
                BigDecimal.valueOf(totaal - verstreken).divide(BigDecimal.valueOf(7), 2, RoundingMode.HALF_UP);
        BigDecimal nodig = norm.subtract(gevolgd).divide(restWeken.max(BigDecimal.ONE), 1, RoundingMode.UP);
        return Optional.of(new ZrouteTempo(doel, gevolgd, verwacht, nodig));
    }
}
