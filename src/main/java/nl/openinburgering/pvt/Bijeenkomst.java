package nl.openinburgering.pvt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.UUID;

import nl.openinburgering.shared.MapThema;

/**
 * A planned session of a group: when, where, about what, how many hours it counts for (R5.2), whether it is an
 * activity or excursion (R5.3), the MAP theme of a MAP session (R6.2), and who gives it: a provider
 * ({@code aanbiederId}) or, when empty, the gemeente's own staff.
 */
public record Bijeenkomst(UUID id, UUID groepId, LocalDate datum, LocalTime begintijd, LocalTime eindtijd,
        String plaats, String onderwerp, BigDecimal uren, boolean activiteit, Optional<MapThema> mapThema,
        Optional<UUID> aanbiederId, boolean aanwezigheidGeregistreerd) {
}
