package nl.openinburgering.portaal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/**
 * An appointment as the person sees it: a PVT or MAP session of a group they were invited to. {@code sleutel}
 * names it for the person's answer ({@code PVT:<session id>}); the answer, if any, is in {@code reactie}.
 */
public record Afspraak(
        String sleutel,
        Soort soort,
        LocalDate datum,
        LocalTime begintijd,
        LocalTime eindtijd,
        String plaats,
        String onderwerp,
        Optional<Afspraakreactie> reactie) {

    public enum Soort {
        PVT,
        MAP
    }
}
