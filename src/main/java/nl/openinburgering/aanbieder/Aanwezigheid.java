package nl.openinburgering.aanbieder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Attendance of one deelname over the four weeks before the peildatum ({@code [peildatum - 28 days, peildatum)}):
 * attended hours over all reported hours. {@code percentage} is null when nothing was reported in that window.
 */
public record Aanwezigheid(
        UUID deelnameId,
        UUID aanbiederId,
        String aanbiederNaam,
        Deelnamesoort soort,
        LocalDate vanaf,
        LocalDate tot,
        BigDecimal aanwezigeUren,
        BigDecimal gemeldeUren,
        @Nullable BigDecimal percentage,
        int drempel) {

    /** Below the gemeente's threshold: the consulent gets a VERZUIM signal. */
    public boolean onderDrempel() {
        return percentage != null && percentage.compareTo(BigDecimal.valueOf(drempel)) < 0;
    }
}
