package nl.openinburgering.werkvoorraad;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * D9: the number of voortgangsgesprekken is agreed in the PIP and spread evenly over the inburgeringstermijn.
 * With {@code n} conversations over a term of {@code L} days, conversation {@code k} is due by day
 * {@code k * L / (n + 1)} after the start: evenly spaced inside the term, the last one well before its end,
 * so there is still time to act on it.
 */
public final class Voortgangsgesprekken {

    private Voortgangsgesprekken() {}

    /** D9: the due dates of the agreed conversations, in order. Nothing when none were agreed. */
    public static List<LocalDate> planning(LocalDate startTermijn, LocalDate eindTermijn, int aantal) {
        long lengte = ChronoUnit.DAYS.between(startTermijn, eindTermijn);
        List<LocalDate> data = new ArrayList<>();
        for (int k = 1; k <= aantal; k++) {
            data.add(startTermijn.plusDays(k * lengte / (aantal + 1)));
        }
        return data;
    }

    /**
     * D9: the first conversation not yet held: with {@code gehouden} conversations recorded, conversation
     * {@code gehouden + 1} is next. Empty when all agreed conversations were held.
     */
    public static Optional<LocalDate> volgende(
            LocalDate startTermijn, LocalDate eindTermijn, int aantal, int gehouden) {
        List<LocalDate> planning = planning(startTermijn, eindTermijn, aantal);
        return gehouden < planning.size() ? Optional.of(planning.get(gehouden)) : Optional.empty();
    }
}
