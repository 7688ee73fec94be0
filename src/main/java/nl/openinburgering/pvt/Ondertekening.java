package nl.openinburgering.pvt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import nl.openinburgering.shared.Verwijtbaar;

/**
 * The signed participatieverklaring (R5.1): the date (DUO's {@code datumOndertekeningPvt}, R5.5), the text the
 * person signed (the gemeente's setting at that moment), the PVT hours at signing and the optional
 * {@code verwijtbaar} indication (R5.5 / R6.5).
 */
public record Ondertekening(
        UUID inburgeraarId,
        LocalDate datum,
        String verklaringstekst,
        BigDecimal uren,
        Optional<Verwijtbaar> verwijtbaar) {}
