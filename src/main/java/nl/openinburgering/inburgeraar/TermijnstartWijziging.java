package nl.openinburgering.inburgeraar;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * R2.8: one change of the start of the 10-week term (DUO's SS139 date) after it was first registered: from which
 * day to which, why, by whom and when. The deadline for the PIP follows the start, so a changed start must be
 * accountable; the history is never rewritten.
 */
@Table("termijnstart_wijziging")
public record TermijnstartWijziging(
        int volgnummer,
        String gemeentecode,
        LocalDate oudeStart,
        @Nullable LocalDate nieuweStart,
        String reden,
        String gewijzigdDoor,
        Instant gewijzigdOp) {}
