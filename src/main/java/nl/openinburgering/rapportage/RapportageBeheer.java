package nl.openinburgering.rapportage;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.openinburgering.platform.Gebruiker;
import nl.openinburgering.platform.HuidigeGebruiker;
import nl.openinburgering.platform.Rol;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.rapportage.internal.GemeenteCohorten;
import nl.openinburgering.rapportage.internal.LandelijkeStand;
import nl.openinburgering.rapportage.internal.RegioStand;
import nl.openinburgering.shared.NietToegestaan;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Vandaag;
import nl.openinburgering.shared.Veldfout;

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
    private final RegioStand regio;
    private final Clock klok;

    RapportageBeheer(GemeenteCohorten gemeente, LandelijkeStand stand, RegioStand regio, Clock klok) {
        this.gemeente = gemeente;
        this.stand = stand;
        this.regio = regio;
        this.klok = klok;
    }

    /** Issue 17 point 5: the region the user's gemeente shares its figures in, if any. */
    @Transactional(readOnly = true)
    public Optional<String> regio() {
        return regio.regio(Tenant.vereist().waarde());
    }

    /**
     * Issue 17 point 5: the gemeente shares its figures in {@code naam} (trimmed, 1–80 characters), or no longer
     * when it is blank. The functioneel beheerder decides; only aggregates of the daily stand are shared.
     */
    @Transactional
    public void deelInRegio(@Nullable String naam) {
        Gebruiker gebruiker = HuidigeGebruiker.vereist();
        if (gebruiker.rol() != Rol.FUNCTIONEEL_BEHEERDER) {
            throw new NietToegestaan("Alleen de functioneel beheerder stelt het delen in een regio in.");
        }
        String gemeentecode = Tenant.vereist().waarde();
        if (naam == null || naam.isBlank()) {
            regio.deelNiet(gemeentecode);
        } else if (naam.strip().length() > 80) {
            throw new OngeldigeInvoer(
                    new Veldfout("regio", "te.lang", "De naam van de regio is ten hoogste 80 tekens."));
        } else {
            regio.deel(gemeentecode, naam.strip(), gebruiker.gebruikersnaam());
        }
    }

    /**
     * Issue 17 point 5: the combined cohorts of the gemeenten sharing in the user's region, from today's stand,
     * suppressed as the national report (region minus own included); empty when the gemeente does not share.
     */
    @Transactional
    public Optional<Regiorapport> urenPerCohortRegio() {
        Optional<String> naam = regio();
        if (naam.isEmpty()) {
            return Optional.empty();
        }
        Instant berekend = stand.vernieuw(
                Vandaag.datum(klok).atStartOfDay(Vandaag.NEDERLAND).toInstant());
        Map<Integer, Cohortregel> eigen = new HashMap<>();
        stand.gemeente(Tenant.vereist().waarde()).forEach(r -> eigen.put(r.jaar(), r));
        RegioStand.Regiocijfers cijfers = regio.cijfers();
        return Optional.of(new Regiorapport(
                naam.get(),
                cijfers.gemeenten(),
                berekend,
                cijfers.cohorten().stream()
                        .map(r -> LandelijkCohort.beschermd(r, eigen.get(r.jaar())))
                        .toList()));
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
