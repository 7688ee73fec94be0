package nl.openinburgering.map;

import java.time.LocalDate;
import java.util.Optional;

import nl.openinburgering.shared.Verwijtbaar;

/**
 * R6.4: the eindgesprek and the gemeente's judgement. A sufficient one completes the MAP; its date is DUO's
 * {@code datumEindgesprekMap} (R6.5), with the optional {@code verwijtbaar} indication.
 */
public record MapEindgesprek(LocalDate datum, boolean voldoende, Optional<Verwijtbaar> verwijtbaar) {}
