package nl.openinburgering.aanbieder;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What the consulent sends to enrol a person: provider, kind, start and (optional) end. */
public record NieuweDeelname(
        @Nullable UUID aanbiederId,
        @Nullable Deelnamesoort soort,
        @Nullable LocalDate startdatum,
        @Nullable LocalDate einddatum) {}
