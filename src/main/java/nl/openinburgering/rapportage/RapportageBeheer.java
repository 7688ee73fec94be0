package nl.openinburgering.rapportage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.openinburgering.aanbieder.UrenOverzicht;
import nl.openinburgering.aanbieder.Urentotalen;
import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.inburgeraar.Inburgeringstermijn;
import nl.openinburgering.inburgeraar.Termijnfeiten;
import nl.openinburgering.leerroute.ZrouteBeheer;
import nl.openinburgering.rapportage.internal.LandelijkeCohorten;

/**
 * Reports for the beleidsmedewerker of the user's gemeente. Set-based: one bulk read per owning module for the
 * whole gemeente (the registry's deadline facts, the providers' hour totals, the completed Z-routes), combined
 * in memory. Only aggregates leave this facade, so no processing-log line is written (no person is shown).
 * The national report cannot be read that way (row-level security shows one gemeente); it comes from one
 * database function that returns totals per cohort only (ADR 0007).
 */
@Service
public class RapportageBeheer {

    private final InburgeraarBeheer inburgeraars;
    private final UrenOverzicht uren;
    private final ZrouteBeheer zroutes;
    private final LandelijkeCohorten landelijk;

    RapportageBeheer(InburgeraarBeheer inburgeraars, UrenOverzicht uren, ZrouteBeheer zroutes,
            LandelijkeCohorten landelijk) {
        this.inburgeraars = inburgeraars;
        this.uren = uren;
        this.zroutes = zroutes;
        this.landelijk = landelijk;
    }

    /**
     * Per cohort (the year the inburgeringstermijn started, R3.4): persons, attended taalles/KNM hours (R4.7)
     * and completed Z-routes (R4.5), for the active files of the user's gemeente; oldest cohort first, the
     * persons without a termijn yet last.
     */
    @Transactional(readOnly = true)
    public List<Cohortregel> urenPerCohort() {
        List<Termijnfeiten> feiten = inburgeraars.termijnfeiten();
        List<UUID> ids = feiten.stream().map(Termijnfeiten::id).toList();
        return urenPerCohort(feiten, uren.totalen(ids), zroutes.afgerond(ids));
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

    /** The aggregation itself, a pure function of the three bulk reads. */
    static List<Cohortregel> urenPerCohort(Collection<Termijnfeiten> feiten, Map<UUID, Urentotalen> totalen,
            Set<UUID> afgerond) {
        Map<Integer, long[]> aantallen = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        Map<Integer, BigDecimal> urenPer = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        for (Termijnfeiten f : feiten) {
            Integer jaar = f.inburgeringstermijn().map(Inburgeringstermijn::startdatum).map(d -> d.getYear()).orElse(null);
            long[] tel = aantallen.computeIfAbsent(jaar, j -> new long[2]);
            tel[0]++;
            if (afgerond.contains(f.id())) {
                tel[1]++;
            }
            BigDecimal gevolgd = Optional.ofNullable(totalen.get(f.id())).map(Urentotalen::taallesKnm)
                    .orElse(BigDecimal.ZERO);
            urenPer.merge(jaar, gevolgd, BigDecimal::add);
        }
        List<Cohortregel> regels = new ArrayList<>();
        aantallen.forEach((jaar, tel) -> regels.add(new Cohortregel(jaar, tel[0], urenPer.get(jaar), tel[1])));
        return regels;
    }
}
