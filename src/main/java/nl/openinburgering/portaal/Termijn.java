package nl.openinburgering.portaal;

import java.time.LocalDate;

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
}
