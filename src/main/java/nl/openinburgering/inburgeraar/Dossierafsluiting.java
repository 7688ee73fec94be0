package nl.openinburgering.inburgeraar;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * R1.11: one line of the file's closing history: a closing (with its {@link Afsluitreden} and the day the plicht or
 * the file ended) or a reopening (without a reason code), always with a written explanation, who and when. The
 * history is never rewritten.
 */
@Table("dossier_afsluiting")
public record Dossierafsluiting(
        int volgnummer,
        String gemeentecode,
        Soort soort,
        @Nullable Afsluitreden afsluitreden,
        LocalDate datum,
        String toelichting,
        String door,
        Instant op) {

    public enum Soort {
        AFGESLOTEN,
        HEROPEND
    }
}
