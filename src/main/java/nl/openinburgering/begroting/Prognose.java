package nl.openinburgering.begroting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/**
 * D6: the gemeente's prognosis for one year of housing: the huisvestingstaakstelling (asielstatushouders to house),
 * the gezins- and overige migranten, and the factor of the taakstelling that is inburgeringsplichtig (70%: children
 * are not).
 */
public record Prognose(int jaar, int huisvestingstaakstelling, int gezinsmigranten, BigDecimal factorProcent) {

    /** D6: the factor the ministry set, 70%. */
    public static final BigDecimal STANDAARD_FACTOR = BigDecimal.valueOf(70);

    public Prognose {
        List<Veldfout> fouten = new ArrayList<>();
        Jaren.controleer(jaar, "jaar", fouten);
        if (huisvestingstaakstelling < 0 || huisvestingstaakstelling > 100_000) {
            fouten.add(new Veldfout(
                    "taakstelling", "D6", "Vul de huisvestingstaakstelling in als heel getal van 0 of meer."));
        }
        if (gezinsmigranten < 0 || gezinsmigranten > 100_000) {
            fouten.add(new Veldfout(
                    "gezinsmigranten",
                    "D6",
                    "Vul het aantal gezins- en overige migranten in als heel getal van 0 of meer."));
        }
        if (factorProcent.signum() < 0
                || factorProcent.compareTo(BigDecimal.valueOf(100)) > 0
                || factorProcent.stripTrailingZeros().scale() > 2) {
            fouten.add(new Veldfout("factor", "D6", "Vul de factor in als percentage van 0 tot en met 100, zoals 70."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
    }

    /** D6: the prognosis of inburgeringsplichtige statushouders: taakstelling × factor (25 × 70% = 17,5). */
    public BigDecimal statushouders() {
        return BigDecimal.valueOf(huisvestingstaakstelling)
                .multiply(factorProcent)
                .divide(BigDecimal.valueOf(100), 4, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }
}
