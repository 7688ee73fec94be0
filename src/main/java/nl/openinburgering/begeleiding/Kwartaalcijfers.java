package nl.openinburgering.begeleiding;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The accountability figures of one partner in one quarter: aggregates only, no person.
 *
 * @param begeleid          trajecten that ran during (part of) the quarter
 * @param gestart           trajecten that started in the quarter (the cost is counted on these)
 * @param uren              hours of the contact moments in the quarter
 * @param contactmomenten   number of contact moments per subject
 * @param urenPerOnderwerp  hours per subject
 * @param kosten            {@code gestart} × the amount per traject
 * @param kostenTotNu       the cost of the year up to and including this quarter
 * @param resterend         the year's subsidy minus {@code kostenTotNu} (negative: overspent)
 */
public record Kwartaalcijfers(
        int kwartaal,
        long begeleid,
        long gestart,
        BigDecimal uren,
        Map<Onderwerp, Long> contactmomenten,
        Map<Onderwerp, BigDecimal> urenPerOnderwerp,
        BigDecimal kosten,
        BigDecimal kostenTotNu,
        BigDecimal resterend) {

    public long aantalContactmomenten() {
        return contactmomenten.values().stream().mapToLong(Long::longValue).sum();
    }
}
