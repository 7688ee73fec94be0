package nl.openinburgering.pip;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.shared.Leerroute;

/**
 * The state of one person's PIP for lists over many persons (the werkvoorraad): the current beschikking's
 * leerroute, its dagtekening, the number of voortgangsgesprekken agreed (D9), and the dagtekening of the first
 * PIP this gemeente fixed. Only persons with a vastgesteld PIP have one. Not personal data by itself; the caller
 * logs its own processing.
 *
 * @param vaststellingsdagEerstePip R3.2 / R2.8: the day (Dutch time) the first PIP was really fixed, whatever its
 *     dagtekening says; its dagtekening for a PIP fixed before the moment was kept
 * @param redenEerdereDagtekening R3.2: the recorded reason why the current PIP's dagtekening lies before the day
 *     it was fixed, or {@code null}
 */
public record PipStand(
        UUID inburgeraarId,
        Leerroute leerroute,
        LocalDate dagtekening,
        LocalDate dagtekeningEerstePip,
        Integer aantalVoortgangsgesprekken,
        LocalDate vaststellingsdagEerstePip,
        @Nullable String redenEerdereDagtekening) {

    /** Without a recorded moment of vaststelling: the first PIP counts as fixed on its dagtekening. */
    public PipStand(
            UUID inburgeraarId,
            Leerroute leerroute,
            LocalDate dagtekening,
            LocalDate dagtekeningEerstePip,
            Integer aantalVoortgangsgesprekken) {
        this(
                inburgeraarId,
                leerroute,
                dagtekening,
                dagtekeningEerstePip,
                aantalVoortgangsgesprekken,
                dagtekeningEerstePip,
                null);
    }
}
