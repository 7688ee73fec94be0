package nl.openinburgering.werkvoorraad;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * Something a consulent must do for a person before a date: computed from the data on every request, never
 * stored, so it cannot drift from the facts.
 *
 * @param uiterlijkeDatum the last day on which the action is still in time (inclusive)
 * @param regel           the rule ID of {@code rules.md} the signal comes from
 * @param actie           what to do, in Dutch, for the consulent
 */
public record Signaal(UUID inburgeraarId, Signaalsoort soort, LocalDate uiterlijkeDatum, String regel, String actie) {

    public Signaal {
        Objects.requireNonNull(inburgeraarId);
        Objects.requireNonNull(soort);
        Objects.requireNonNull(uiterlijkeDatum);
        Objects.requireNonNull(regel);
        Objects.requireNonNull(actie);
    }

    /** Days from {@code peildatum} to the last day: 0 on the last day, negative when overdue. */
    public long dagenResterend(LocalDate peildatum) {
        return ChronoUnit.DAYS.between(peildatum, uiterlijkeDatum);
    }

    public Urgentie urgentie(LocalDate peildatum) {
        return Urgentie.van(dagenResterend(peildatum));
    }
}
