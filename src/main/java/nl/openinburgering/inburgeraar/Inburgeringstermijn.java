package nl.openinburgering.inburgeraar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * R3.4: the three-year term within which the person must meet the plicht. As a period it has an inclusive
 * {@code startdatum} and an exclusive {@code einddatum} (DUO's model and the API's convention for a period);
 * {@link #laatsteDag()} is the last day inside the term, the one a letter writes as "tot en met". Extensions
 * granted by DUO (R3.6) move the end, never the start.
 *
 * <p>How the three years are counted. The law gives the person three years "na de dagtekening" of the first
 * PIP (Wi2021 art. 11(1)–(2), R3.4): the term starts the day after the dagtekening and, as every Dutch term
 * stated in months or years (the civil-law counting the Awb follows, the same as EU Regulation 1182/71 art.
 * 3(2)(c)), it ends at the end of the day in the third year with the same date as the dagtekening. If that day
 * does not exist (a dagtekening of 29 February, three years on is never a leap year), the term ends on the last
 * day of that month, 28 February. So the last day is {@code dagtekening + 3 years} as {@link
 * LocalDate#plusYears(long)} computes it, and the exclusive end is the day after. Counting three years from the
 * start instead ({@code (dagtekening + 1 day) + 3 years}, the naive reading of DUO's checklist) is one day short
 * for a dagtekening of 28 February before a leap day (2024-02-28 would end on 2027-02-27) and one day long when
 * the third year holds a leap day (2025-02-28 would end on 2028-02-29).
 */
public record Inburgeringstermijn(LocalDate startdatum, LocalDate einddatum) {

    static final int JAREN = 3;

    /** R3.4: starts the day after the dagtekening of the first PIP; its last day is three years after it. */
    static Inburgeringstermijn naEerstePip(LocalDate dagtekeningEerstePip) {
        return vanaf(dagtekeningEerstePip.plusDays(1), List.of());
    }

    /**
     * R3.4 and R3.6: the term that starts on {@code start} (the day after the first PIP's dagtekening): three
     * years counted from that dagtekening, or the latest end DUO granted.
     */
    static Inburgeringstermijn vanaf(LocalDate start, Collection<Termijnverlenging> verlengingen) {
        LocalDate einde = wettelijkeEinddatum(start);
        for (Termijnverlenging verlenging : verlengingen) {
            if (verlenging.nieuweEinddatum().isAfter(einde)) {
                einde = verlenging.nieuweEinddatum();
            }
        }
        return new Inburgeringstermijn(start, einde);
    }

    /** R3.4: the exclusive end without extensions: the day after (dagtekening + 3 years). */
    private static LocalDate wettelijkeEinddatum(LocalDate start) {
        LocalDate dagtekening = start.minusDays(1);
        return dagtekening.plusYears(JAREN).plusDays(1);
    }

    /** R3.4 and R3.6: the last day within the term (inclusive): the day before the exclusive end. */
    public LocalDate laatsteDag() {
        return einddatum.minusDays(1);
    }

    /** R3.6: whether DUO extended the term beyond the three years of R3.4. */
    public boolean verlengd() {
        return einddatum.isAfter(wettelijkeEinddatum(startdatum));
    }
}
