package nl.openinburgering.pip;

import java.time.LocalDate;
import java.util.UUID;

import nl.openinburgering.shared.Leerroute;

/**
 * The state of one person's PIP for lists over many persons (the werkvoorraad): the current beschikking's
 * leerroute, its dagtekening, the number of voortgangsgesprekken agreed (D9), and the dagtekening of the first
 * PIP this gemeente fixed. Only persons with a vastgesteld PIP have one. Not personal data by itself; the caller
 * logs its own processing.
 */
public record PipStand(
        UUID inburgeraarId,
        Leerroute leerroute,
        LocalDate dagtekening,
        LocalDate dagtekeningEerstePip,
        Integer aantalVoortgangsgesprekken) {}
