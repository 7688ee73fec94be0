package nl.openinburgering.pvt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.shared.MapThema;
import nl.openinburgering.shared.Veldfout;

/** What the planner fills in for a session; {@link #fouten} checks it against the group's programme. */
public record NieuweBijeenkomst(
        @Nullable LocalDate datum,
        @Nullable LocalTime begintijd,
        @Nullable LocalTime eindtijd,
        @Nullable String plaats,
        @Nullable String onderwerp,
        @Nullable BigDecimal uren,
        boolean activiteit,
        @Nullable MapThema mapThema,
        @Nullable UUID aanbiederId) {

    static final BigDecimal MAXIMUM_UREN = new BigDecimal("12");

    /** A MAP session is about one of the eight themes (R6.2); a PVT session has none. */
    List<Veldfout> fouten(Programma programma) {
        List<Veldfout> fouten = new ArrayList<>();
        if (datum == null) {
            fouten.add(new Veldfout("datum", "verplicht", "Vul de datum in."));
        }
        if (begintijd == null || eindtijd == null || !eindtijd.isAfter(begintijd)) {
            fouten.add(new Veldfout("eindtijd", "tijd.ongeldig", "Vul een begintijd en een latere eindtijd in."));
        }
        if (plaats == null || plaats.isBlank()) {
            fouten.add(new Veldfout("plaats", "verplicht", "Vul de plaats in."));
        }
        if (onderwerp == null || onderwerp.isBlank()) {
            fouten.add(new Veldfout("onderwerp", "verplicht", "Vul het onderwerp of onderdeel in."));
        }
        if (uren == null || uren.signum() <= 0 || uren.compareTo(MAXIMUM_UREN) > 0 || uren.scale() > 1) {
            fouten.add(new Veldfout(
                    "uren", "uren.ongeldig", "Het aantal uren ligt tussen 0,1 en 12, met hoogstens één decimaal."));
        }
        if (programma == Programma.MAP && mapThema == null) {
            fouten.add(new Veldfout("mapThema", "R6.2", "Kies het MAP-thema van deze bijeenkomst."));
        }
        if (programma == Programma.PVT && mapThema != null) {
            fouten.add(new Veldfout("mapThema", "R6.2", "Een PVT-bijeenkomst heeft geen MAP-thema."));
        }
        return fouten;
    }
}
