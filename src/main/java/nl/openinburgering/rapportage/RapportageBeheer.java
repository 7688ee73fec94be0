package nl.openinburgering.rapportage;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.openinburgering.platform.Tenant;
import nl.openinburgering.rapportage.internal.GemeenteCohorten;
import nl.openinburgering.rapportage.internal.LandelijkeCohorten;

/**
 * Reports for the beleidsmedewerker of the user's gemeente. Each report is one set-based statement of a report
 * read model (ADR 0007): the per-gemeente one as the app role under row-level security, the national one
 * through the one database function that returns totals per cohort only. Only aggregates leave this facade,
 * so no processing-log line is written (no person is shown).
 */
@Service
public class RapportageBeheer {

    private final GemeenteCohorten gemeente;
    private final LandelijkeCohorten landelijk;

    RapportageBeheer(GemeenteCohorten gemeente, LandelijkeCohorten landelijk) {
        this.gemeente = gemeente;
        this.landelijk = landelijk;
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
     * {@link #urenPerCohort()}. Totals per national cohort only, no gemeente and no person, so no
     * processing-log line; the caller decides who may see it (the beleidsmedewerker).
     */
    @Transactional(readOnly = true)
    public List<Cohortregel> urenPerCohortLandelijk() {
        return landelijk.urenPerCohort();
    }
}
