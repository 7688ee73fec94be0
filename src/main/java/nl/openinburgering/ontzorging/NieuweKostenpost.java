package nl.openinburgering.ontzorging;

import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/** What the consulent enters for a cost item; {@link OntzorgingRegels#kostenpost} checks it. */
public record NieuweKostenpost(
        @Nullable Kostensoort soort,
        @Nullable String crediteurNaam,
        @Nullable String iban,
        @Nullable String kenmerk,
        @Nullable Long bedragInCenten,
        @Nullable YearMonth startmaand,
        @Nullable YearMonth eindmaand) {}
