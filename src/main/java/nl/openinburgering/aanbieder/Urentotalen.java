package nl.openinburgering.aanbieder;

import java.math.BigDecimal;

/**
 * A person's attended hours per kind (R4.7), as the rules need them: afschalen counts {@code taallesKnm} only
 * (R3.11, R2.10); the Z-route counts participation including brede intake (R4.5).
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
