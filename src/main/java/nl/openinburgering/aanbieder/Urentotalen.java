package nl.openinburgering.aanbieder;

import java.math.BigDecimal;

/**
 * A person's attended hours per kind (R4.7), as the rules need them: afschalen counts {@code taallesKnm} only
 * (R3.11, R2.10); the Z-route counts participation including brede intake (R4.5).
 *
 * <p>Only counting hours are in it: a line whose kind fits its deelname (language and KNM lessons on a language
 * enrolment, MAP hours on a MAP enrolment, ...), and for {@code taallesKnm} only at a provider whose keurmerk is
 * valid on the line's date (R3.11, R4.5 with R4.8). Hours at a provider without a valid keurmerk are reported
 * but count toward neither the 600 nor the 800 hours.
 */
public record Urentotalen(
        BigDecimal taallesKnm,
        BigDecimal taallesKnmBredeIntake,
        BigDecimal participatie,
        BigDecimal participatieBredeIntake,
        BigDecimal mapPraktijk,
        BigDecimal mapThema,
        BigDecimal pvt) {

    public static final Urentotalen GEEN = new Urentotalen(
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO);
}
