package nl.openinburgering.aanbieder;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One upload of hours as far as it concerns one person: the provider, when it was sent, and only that person's
 * lines in it (how many, the hours attended and reported, the days they cover). Other persons' lines in the same
 * upload are not counted here.
 */
public record Urenlevering(
        UUID uploadId,
        String aanbieder,
        Instant ingediendOp,
        int regels,
        BigDecimal urenAanwezig,
        BigDecimal urenGemeld,
        LocalDate vanaf,
        LocalDate totEnMet) {}
