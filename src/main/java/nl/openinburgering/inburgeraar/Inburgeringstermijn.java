package nl.openinburgering.inburgeraar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * R3.4: the three-year term within which the person must meet the plicht; start inclusive, end exclusive
 * (DUO's model). Extensions granted by DUO (R3.6) move the end, never the start.
 */
public record Inburgeringstermijn(LocalDate startdatum, LocalDate einddatum) {

    static final int JAREN = 3;

    /** R3.4: starts the day after the dagtekening of the first PIP, and lasts three years. */
    static Inburgeringstermijn naEerstePip(LocalDate dagtekeningEerstePip) {
        return vanaf(dagtekeningEerstePip.plusDays(1), List.of());
    }

    /** R3.4 and R3.6: three years from the start, or the latest end DUO granted. */
    static Inburgeringstermijn vanaf(LocalDate start, Collection<Termijnverlenging> verlengingen) {
        LocalDate einde = start.plusYears(JAREN);
        for (Termijnverlenging verlenging : verlengingen) {
            if (verlenging.nieuweEinddatum().isAfter(einde)) {
                einde = verlenging.nieuweEinddatum();
            }
        }
        return new Inburgeringstermijn(start, einde);
    }
}
