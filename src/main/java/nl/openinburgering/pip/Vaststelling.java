package nl.openinburgering.pip;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * R3.2: the act of fixing a PIP as a beschikking: the dagtekening, the reason when it lies before the day of
 * vaststelling, who fixed it, in which function ("namens het college", under mandate) and when, and the
 * reasons for the leerroute taken from the intake ({@link Routemotivering}). R3.1, R2.1, R2.4: the state of the
 * intake ({@link Intakestand}) and, when the minimum content or the intake is missing, the reason a teamleider
 * records to fix the PIP all the same ({@code redenAfwijking}; {@code magAfwijken} only for a teamleider).
 */
record Vaststelling(
        @Nullable LocalDate dagtekening,
        @Nullable String redenEerdereDagtekening,
        String door,
        String functie,
        Instant op,
        @Nullable String motiveringLeerroute,
        Intakestand intake,
        @Nullable String redenAfwijking,
        boolean magAfwijken) {

    Vaststelling {
        redenEerdereDagtekening = leegIsNull(redenEerdereDagtekening);
        redenAfwijking = leegIsNull(redenAfwijking);
    }

    private static @Nullable String leegIsNull(@Nullable String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }
}
