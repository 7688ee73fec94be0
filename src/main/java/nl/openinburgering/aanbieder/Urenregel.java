package nl.openinburgering.aanbieder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A well-formed hour line: hours of one kind on one day for one deelname, attended or absent with a reason. */
public record Urenregel(
        UUID deelnameId,
        LocalDate datum,
        Urensoort soort,
        BigDecimal uren,
        boolean aanwezig,
        @Nullable Verzuimreden verzuimreden) {}
