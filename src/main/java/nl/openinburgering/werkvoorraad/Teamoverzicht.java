package nl.openinburgering.werkvoorraad;

import java.util.Map;

import nl.openinburgering.shared.Leerroute;

/**
 * The teamleider's dashboard, as counts without persons: caseload per consulent (with {@link #NIET_TOEGEWEZEN}
 * for persons nobody is responsible for), signals by kind and urgency, PIPs vastgesteld within the 10-week term
 * (R2.8) against all first PIPs that are due (fixed, or open with the term passed), and the current PIPs per
 * leerroute against the shares the ministry expects (D5).
 *
 * @param openTeLaat R2.8: persons without a vastgesteld PIP whose 10-week term has passed
 */
public record Teamoverzicht(
        Map<String, Long> caseload,
        Map<Signaalsoort, Map<Urgentie, Long>> signalen,
        long pipsVastgesteld,
        long pipsBinnenTienWeken,
        long openTeLaat,
        Map<Leerroute, Long> routes) {

    public static final String NIET_TOEGEWEZEN = "";

    /** D5: onderwijsroute 25%, B1-route 60%, Z-route 15%: a reference line, not a rule. */
    public static final Map<Leerroute, Integer> VERWACHTE_ROUTEVERDELING =
            Map.of(Leerroute.ONDERWIJSROUTE, 25, Leerroute.B1_ROUTE, 60, Leerroute.Z_ROUTE, 15);

    /**
     * R2.8: the share of first PIPs vastgesteld on or before the last day of the term, in whole percents, of all
     * that are due: those vastgesteld and the open ones whose term has passed (an overdue person without
     * a PIP made no difference to the share before).
     */
    public int percentageBinnenTienWeken() {
        long noemer = pipsVastgesteld + openTeLaat;
        return noemer == 0 ? 0 : (int) Math.round(100.0 * pipsBinnenTienWeken / noemer);
    }

    public long aantalRoutes() {
        return routes.values().stream().mapToLong(Long::longValue).sum();
    }

    public int percentageRoute(Leerroute route) {
        long totaal = aantalRoutes();
        return totaal == 0 ? 0 : (int) Math.round(100.0 * routes.getOrDefault(route, 0L) / totaal);
    }
}
