package nl.openinburgering.aanbieder;

import java.math.BigDecimal;
import java.util.UUID;

/** A deelname whose attendance over the last four weeks lies below the gemeente's threshold (percentages). */
public record Verzuim(UUID inburgeraarId, UUID deelnameId, BigDecimal percentage, int drempel) {}
