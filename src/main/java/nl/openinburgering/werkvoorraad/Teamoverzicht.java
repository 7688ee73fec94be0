package nl.openinburgering.werkvoorraad;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.openinburgering.shared.Leerroute;

/**
 * The teamleider's dashboard, as counts without persons: caseload per consulent (with {@link #NIET_TOEGEWEZEN}
 * for persons nobody is responsible for), signals by kind and urgency, PIPs vastgesteld within the 10-week term
 * (R2.8, counted by the day the first PIP was really fixed) against all first PIPs that are due (fixed, or open
 * with the term passed), the current PIPs dated before their vaststelling with the reason (R3.2), and the current
 * PIPs per leerroute against the shares the ministry expects (D5).
 *
 * @param openTeLaat R2.8: persons without a vastgesteld PIP whose 10-week term has passed
 */
public record Teamoverzicht(
        Map<String, Long> caseload,
        Map<Signaalsoort, Map<Urgentie, Long>> signalen,
        long pipsVastgesteld,
        long pipsBinnenTienWeken,
        long openTeLaat,
        Map<Leerroute, Long> routes,
        List<EerdereDagtekening> eerdereDagtekeningen) {

    /** Without beschikkingen dated before their vaststelling. */
    public Teamoverzicht(
            Map<String, Long> caseload,
            Map<Signaalsoort, Map<Urgentie, Long>> signalen,
            long pipsVastgesteld,
            long pipsBinnenTienWeken,
            long openTeLaat,
            Map<Leerroute, Long> routes) {
        this(caseload, signalen, pipsVastgesteld, pipsBinnenTienWeken, openTeLaat, routes, List.of());
    }

    /**
     * R3.2: a current beschikking whose dagtekening lies before the day it was fixed, with the recorded reason;
     * no person, only the date and the reason the teamleider must be able to account for.
     */
    public record EerdereDagtekening(LocalDate dagtekening, String reden) {}

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
