package nl.openinburgering.rapportage;

import java.math.BigDecimal;

/**
 * One cohort of the report "uren per cohort": the persons whose inburgeringstermijn started in {@code jaar}
 * (R3.4; {@code jaar} is null for persons without a fixed PIP yet), their attended taalles/KNM hours (R4.7,
 * brede-intake hours apart) and how many completed the Z-route.
 */
public record Cohortregel(Integer jaar, long personen, BigDecimal gevolgdeUrenTaallesKnm, long zroutesAfgerond) {

    /** Average attended taalles/KNM hours per person of the cohort, two decimals. */
    public BigDecimal gemiddeldeUren() {
        return personen == 0
                ? BigDecimal.ZERO
                : gevolgdeUrenTaallesKnm.divide(BigDecimal.valueOf(personen), 2, java.math.RoundingMode.HALF_UP);
    }
}
