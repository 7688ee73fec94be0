package nl.openinburgering.inburgeraar;

import java.time.LocalDate;

/**
 * R3.4: the three-year term within which the person must meet the plicht; start inclusive, end exclusive
 * (DUO's model). Extensions granted by DUO (R3.6) will lengthen it; none are registered yet.
 */
public record Inburgeringstermijn(LocalDate startdatum, LocalDate einddatum) {

    static final int JAREN = 3;

    /** R3.4: starts the day after the dagtekening of the first PIP, and lasts three years. */
    static Inburgeringstermijn naEerstePip(LocalDate dagtekeningEerstePip) {
        LocalDate start = dagtekeningEerstePip.plusDays(1);
        return new Inburgeringstermijn(start, start.plusYears(JAREN));
    }
}
