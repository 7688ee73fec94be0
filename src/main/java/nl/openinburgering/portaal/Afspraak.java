package nl.openinburgering.portaal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/**
 * An appointment as the person sees it: a PVT or MAP session of a group they were invited to, or a conversation
 * the consulent planned ({@link Gesprek}: intake, voortgangsgesprek, other). {@code sleutel} names it for the
 * person's answer ({@code PVT:<session id>} or {@code GESPREK:<id>}); the answer, if any, is in {@code reactie}.
 * A conversation has no end time and may carry the consulent's note (in Dutch).
 */
public record Afspraak(
        String sleutel,
        Soort soort,
        LocalDate datum,
        LocalTime begintijd,
        Optional<LocalTime> eindtijd,
        String plaats,
        String onderwerp,
        Optional<Afspraakreactie> reactie) {

    public enum Soort {
        PVT,
        MAP,
        INTAKE,
        VOORTGANGSGESPREK,
        ANDERS
    }
}
