package nl.openinburgering.duo;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One melding in the outbox: what goes to DUO (or, without M2M, what the consulent types in the DUO portal), its
 * state, and DUO's refusal in Dutch if it refused.
 */
public record UitgaandBericht(
        UUID id,
        UUID berichtId,
        UUID inburgeraarId,
        String soort,
        String methode,
        String pad,
        @Nullable String inhoud,
        String kanaal,
        String status,
        Instant aangemaaktOp,
        int pogingen,
        @Nullable String laatsteFout,
        @Nullable String weigering) {}
