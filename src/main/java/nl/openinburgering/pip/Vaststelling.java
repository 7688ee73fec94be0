package nl.openinburgering.pip;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * R3.2: the act of fixing a PIP as a beschikking: the dagtekening, the reason when it lies before the day of
 * vaststelling, who fixed it, in which function ("namens het college", under mandate) and when, and the
 * reasons for the leerroute taken from the intake ({@link Routemotivering}).
 */
record Vaststelling(
        @Nullable LocalDate dagtekening,
        @Nullable String redenEerdereDagtekening,
        String door,
        String functie,
        Instant op,
        @Nullable String motiveringLeerroute) {

    Vaststelling(
            @Nullable LocalDate dagtekening,
            @Nullable String redenEerdereDagtekening,
            String door,
            String functie,
            Instant op) {
        this(dagtekening, redenEerdereDagtekening, door, functie, op, null);
    }

    Vaststelling {
        redenEerdereDagtekening = redenEerdereDagtekening == null || redenEerdereDagtekening.isBlank()
                ? null
                : redenEerdereDagtekening.strip();
    }
}
