package nl.openinburgering.begroting;

import java.util.List;

/** D6: the rekentool's result for the gemeente: the table, its comparison with figure 1.1 (empty if not comparable) and the settlement. */
public record Rekentool(Spukraming raming, List<Figuur11.Cel> figuurvergelijking, Afrekening afrekening) {}
