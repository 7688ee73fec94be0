package nl.openinburgering.begeleiding;

import java.math.BigDecimal;

/**
 * The gemeente's subsidy to a partner for one year (R8.2: paid from the SPUK inburgering) and the amount per
 * traject that the cost of the begeleiding is counted with (the Wi2013 figure was € 2,370 per asielstatushouder).
 */
public record Subsidie(BigDecimal bedrag, BigDecimal bedragPerTraject) {

    public static final Subsidie GEEN = new Subsidie(BigDecimal.ZERO, BigDecimal.ZERO);
}
