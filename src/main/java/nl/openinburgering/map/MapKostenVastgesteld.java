package nl.openinburgering.map;

import java.math.BigDecimal;
import java.util.UUID;

/** D4: the cost of the person's MAP was set, to compare with the budget per participant. */
public record MapKostenVastgesteld(UUID inburgeraarId, String gemeentecode, BigDecimal kosten) {}
