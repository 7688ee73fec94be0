package nl.openinburgering.begeleiding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/** What a begeleider records of a contact moment; validates itself against the traject. */
public record NieuwContactmoment(
        @Nullable LocalDate datum,
        @Nullable Onderwerp onderwerp,
        @Nullable BigDecimal uren,
        @Nullable String notitie,
        @Nullable String praktischeHulp) {

    static final BigDecimal MAXIMUM_UREN = new BigDecimal("24");

    /**
     * Every problem at once: a date within the traject (not before its start, not after its closing, not in the
     * future), a subject of the list, hours above 0 and at most 24 (one day, two decimals; R8.3 counts them),
     * and a note.
     */
    void toets(Begeleidingstraject traject, LocalDate vandaag) {
        List<Veldfout> fouten = new ArrayList<>();
        if (datum == null) {
            fouten.add(new Veldfout("datum", "verplicht", "Vul de datum van het contact in."));
        } else if (datum.isAfter(vandaag)) {
            fouten.add(new Veldfout("datum", "datum.toekomst", "Een contactmoment ligt niet in de toekomst."));
        } else if (datum.isBefore(traject.startdatum())) {
            fouten.add(new Veldfout(
                    "datum", "datum.voorStart", "Het contactmoment ligt voor de start van het begeleidingstraject."));
        } else if (traject.afsluiting().map(a -> datum.isAfter(a.datum())).orElse(false)) {
            fouten.add(new Veldfout(
                    "datum", "datum.naAfsluiting", "Het contactmoment ligt na de afsluiting van het traject."));
        }
        if (onderwerp == null) {
            fouten.add(new Veldfout("onderwerp", "verplicht", "Kies het onderwerp."));
        }
        if (uren == null || uren.signum() <= 0 || uren.compareTo(MAXIMUM_UREN) > 0 || uren.scale() > 2) {
            fouten.add(new Veldfout(
                    "uren", "R8.3", "Het aantal uren ligt tussen 0,01 en 24, met hoogstens twee decimalen."));
        }
        if (notitie == null || notitie.isBlank()) {
            fouten.add(new Veldfout("notitie", "verplicht", "Vul een korte notitie in."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
    }
}
