package nl.openinburgering.rapportage;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.openinburgering.platform.Tenant;
import nl.openinburgering.rapportage.internal.GemeenteCohorten;
import nl.openinburgering.rapportage.internal.LandelijkeStand;
import nl.openinburgering.shared.Vandaag;

/**
 * Reports for the beleidsmedewerker of the user's gemeente. Each report is one set-based statement of a report
 * read model (ADR 0007): the per-gemeente one as the app role under row-level security, the national one
 * through the one database function that returns totals per cohort only. Only aggregates leave this facade,
 * so no processing-log line is written (no person is shown).
 */
@Service
public class RapportageBeheer {

    private final GemeenteCohorten gemeente;
    private final LandelijkeStand stand;
    private final Clock klok;

    RapportageBeheer(GemeenteCohorten gemeente, LandelijkeStand stand, Clock klok) {
        this.gemeente = gemeente;
        this.stand = stand;
        this.klok = klok;
    }

    /**
     * Per cohort (the year the inburgeringstermijn started, R3.4): persons, attended taalles/KNM hours (R4.7)
     * and completed Z-routes (R4.5), for the active files of the user's gemeente; oldest cohort first, the
     * persons without a termijn yet last.
     */
    @Transactional(readOnly = true)
    public List<Cohortregel> urenPerCohort() {
        return gemeente.urenPerCohort(Tenant.vereist());
    }

    /**
     * The same report over all gemeenten of the installation: per cohort (R3.4) the persons, attended
     * taalles/KNM hours (R4.7) and completed Z-routes (R4.5) of every active file, with the definitions of
     * {@link #urenPerCohort()}, from the stand of today (ADR 0014: computed at the first request of the day, not
     * on every view). Every count of 1 to 9 persons is suppressed, and so is a count whose part outside the
     * user's gemeente is 1 to 9 (issue 17 point 6, {@link Kleinecellen}); the user's own part is taken from the
     * same stand. No gemeente and no person, so no processing-log line; the caller decides who may see it.
     */
    @Transactional
    public Landelijkrapport urenPerCohortLandelijk() {
        Instant berekend = stand.vernieuw(
                Vandaag.datum(klok).atStartOfDay(Vandaag.NEDERLAND).toInstant());
        return beschermd(berekend);
    }

    /** Recomputes the stand now, whatever its age (an operator's or a test's request). */
    @Transactional
    public Landelijkrapport vernieuwLandelijk() {
        return beschermd(stand.vernieuw(klok.instant().plusSeconds(1)));
    }

    private Landelijkrapport beschermd(Instant berekend) {
        Map<Integer, Cohortregel> eigen = new HashMap<>();
        stand.gemeente(Tenant.vereist().waarde()).forEach(r -> eigen.put(r.jaar(), r));
        return new Landelijkrapport(
                berekend,
                stand.landelijk().stream()
                        .map(r -> LandelijkCohort.beschermd(r, eigen.get(r.jaar())))
                        .toList());
    }
}
