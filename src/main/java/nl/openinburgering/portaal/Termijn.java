package nl.openinburgering.portaal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import nl.openinburgering.inburgeraar.Inburgeringstermijn;
import nl.openinburgering.inburgeraar.Termijnfeiten;
import nl.openinburgering.map.MapRegels;
import nl.openinburgering.shared.Leerroute;

/**
 * A deadline as the person sees it, with what to do: the message keys {@code portaal.termijn.<soort>} and
 * {@code portaal.termijn.<soort>.actie} say it in plain language. {@code klaar} when it was met.
 */
public record Termijn(Soort soort, LocalDate datum, boolean klaar) {

    public enum Soort {
        /** R2.8: the PIP within 10 weeks, while there is none yet. */
        PIP,
        /** R3.4: the last day of the inburgeringstermijn. */
        INBURGERINGSTERMIJN,
        /** R5.4: the PVT within the termijn. */
        PVT,
        /** R6.4: the MAP within the termijn. */
        MAP
    }

    /**
     * The person's deadlines, sorted by date: R2.8 the PIP within 10 weeks while there is no vastgesteld PIP,
     * R3.4 the last day of the inburgeringstermijn, R5.4 the PVT and R6.4 the MAP (only for the B1- and
     * Z-route, R6.1) by that day. One computation for the start page and the "deadline near" e-mail.
     *
     * @param leerroute the leerroute of the current vastgesteld PIP, empty without one
     */
    public static List<Termijn> van(
            Termijnfeiten feiten, Optional<Leerroute> leerroute, boolean pvtKlaar, boolean mapKlaar) {
        List<Termijn> termijnen = new ArrayList<>();
        if (leerroute.isEmpty()) {
            feiten.termijnVaststellingPip()
                    .ifPresent(t -> termijnen.add(new Termijn(Soort.PIP, t.uiterlijkeDatum(), false)));
        }
        Optional<LocalDate> laatsteDag = feiten.inburgeringstermijn().map(Inburgeringstermijn::laatsteDag);
        laatsteDag.ifPresent(d -> {
            termijnen.add(new Termijn(Soort.INBURGERINGSTERMIJN, d, false));
            termijnen.add(new Termijn(Soort.PVT, d, pvtKlaar));
            if (MapRegels.vanToepassing(leerroute)) {
                termijnen.add(new Termijn(Soort.MAP, d, mapKlaar));
            }
        });
        termijnen.sort(Comparator.comparing(Termijn::datum));
        return termijnen;
    }

    /** Whether this deadline is open and falls from {@code vandaag} up to {@code dagen} days ahead. */
    public boolean nabij(LocalDate vandaag, int dagen) {
        return !klaar && !datum.isBefore(vandaag) && !datum.isAfter(vandaag.plusDays(dagen));
    }
}
