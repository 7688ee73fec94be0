package nl.openinburgering.pvt;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.shared.Verwijtbaar;

/**
 * The participatieverklaring was signed (R5.1); what DUO needs is {@code datum} (R5.5), published so that module duo
 * writes its melding in the same transaction.
 *
 * @param verwijtbaar the gemeente's R5.5 judgement when the termijn was exceeded (DUO's {@code verwijtbaar}); absent
 *                    when the PVT was completed in time
 */
public record PvtOndertekend(
        UUID inburgeraarId,
        String gemeentecode,
        LocalDate datum,
        @Nullable Verwijtbaar verwijtbaar) {}
