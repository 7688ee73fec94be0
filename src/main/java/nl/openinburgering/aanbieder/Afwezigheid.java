package nl.openinburgering.aanbieder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One absent hour line as the provider reported it, with the line's own id, so that enforcement (handhaving)
 * can refer to it as evidence instead of retyping it. Absence for illness or with notice is excused.
 */
public record Afwezigheid(
        long regelId,
        UUID deelnameId,
        String aanbiederNaam,
        LocalDate datum,
        Urensoort soort,
        BigDecimal uren,
        Verzuimreden verzuimreden) {

    /** Ill or absent with notice: excused, never a ground for enforcement (R9.2). */
    public boolean verschoonbaar() {
        return verzuimreden == Verzuimreden.ZIEK || verzuimreden == Verzuimreden.AFGEMELD;
    }
}
