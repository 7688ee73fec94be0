package nl.openinburgering.duo;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What DUO knows of one person (R10.3): per question ({@code INBURGERINGSPLICHT}, {@code DOELGROEP},
 * {@code INBURGERINGSTERMIJN}, {@code PIP}) DUO's JSON as it answered, when it was fetched, why it could not be
 * fetched now, and the notifications and meldingen of this person. Read-only: these are DUO's facts.
 */
public record DuoFeiten(
        Map<String, String> gegevens,
        @Nullable Instant opgehaaldOp,
        @Nullable String fout,
        List<Notificatie> notificaties,
        List<UitgaandBericht> meldingen) {}
