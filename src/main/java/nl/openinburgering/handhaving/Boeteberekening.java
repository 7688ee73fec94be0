package nl.openinburgering.handhaving;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * How a fine's amount came about, kept with the case so the letter can explain it: the ground, the how-many-th
 * fine of the person on that ground, the step of the ladder, the degree of culpability and its percentage, and
 * the amount before any moderation (R9.3).
 */
public record Boeteberekening(
        Grond grond,
        int herhaling,
        BigDecimal trede,
        @Nullable Verwijtbaarheidsgraad verwijtbaarheid,
        int procent,
        BigDecimal bedrag) {

    /** R9.1: the brede intake's fine is the statutory €250, whatever the policy; only R9.3 can lower it. */
    public static Boeteberekening intake(int herhaling) {
        return new Boeteberekening(
                Grond.INTAKE, herhaling, Boetebeleid.INTAKE_BOETE, null, 100, Boetebeleid.INTAKE_BOETE);
    }

    /**
     * D1 and R9.2: the {@code herhaling}-th PIP fine is the first step doubled per repeat up to the policy's highest
     * step, times the culpability percentage, rounded down to whole cents, and never above the statutory €800
     * whatever the policy says.
     */
    public static Boeteberekening pip(int herhaling, Verwijtbaarheidsgraad graad, Boetebeleid beleid) {
        if (herhaling < 1) {
            throw new IllegalArgumentException("De herhaling telt vanaf 1.");
        }
        BigDecimal plafond = beleid.hoogsteTrede().min(Boetebeleid.MAXIMUM_PIP_BOETE);
        BigDecimal trede = beleid.eersteBoete().min(plafond);
        for (int i = 1; i < herhaling && trede.compareTo(plafond) < 0; i++) {
            trede = trede.multiply(BigDecimal.TWO).min(plafond);
        }
        int procent = beleid.procent(graad);
        BigDecimal bedrag = trede.multiply(BigDecimal.valueOf(procent))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN)
                .min(Boetebeleid.MAXIMUM_PIP_BOETE);
        return new Boeteberekening(Grond.PIP, herhaling, trede.setScale(2, RoundingMode.DOWN), graad, procent, bedrag);
    }
}
