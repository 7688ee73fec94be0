package nl.openinburgering.aanbieder;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.openinburgering.aanbieder.internal.DeelnameOpslag;
import nl.openinburgering.aanbieder.internal.UrenOpslag;
import nl.openinburgering.aanbieder.internal.UrenOpslag.Telling;
import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.inburgeraar.InburgeraarFeiten;
import nl.openinburgering.platform.HuidigeGebruiker;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.platform.Verwerkingsactiviteit;
import nl.openinburgering.platform.Verwerkingslog;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/**
 * What the gemeente reads from the reported hours: a person's totals per kind (attended only, R4.7, R2.10) and
 * attendance per deelname over four weeks against the gemeente's threshold (a policy, default 80%).
 */
@Service
@Transactional
public class UrenOverzicht {

    /** Municipal policy, not statute: each gemeente may set its own threshold. */
    public static final int STANDAARD_DREMPEL = 80;
    /** The attendance window: the four weeks before the peildatum. */
    public static final int VENSTER_DAGEN = 28;

    private final UrenOpslag uren;
    private final DeelnameOpslag deelnames;
    private final InburgeraarBeheer inburgeraars;
    private final Verwerkingslog verwerkingslog;

    UrenOverzicht(
            UrenOpslag uren, DeelnameOpslag deelnames, InburgeraarBeheer inburgeraars, Verwerkingslog verwerkingslog) {
        this.uren = uren;
        this.deelnames = deelnames;
        this.inburgeraars = inburgeraars;
        this.verwerkingslog = verwerkingslog;
    }

    /**
     * R4.7, R2.10: the person's attended hours per kind, brede-intake hours apart, counting only the lines that
     * count toward the thresholds (R3.11, R4.5: see {@link Urentotalen}). For other modules' rules: not logged
     * here, the caller logs its own processing. Another gemeente's person: 404.
     */
    @Transactional(readOnly = true)
    public Urentotalen totalen(UUID inburgeraarId) {
        inburgeraars.feiten(inburgeraarId);
        return totalen(uren.totalen(Tenant.vereist().waarde(), inburgeraarId));
    }

    /**
     * R4.5, R6.3, R5.2 (issue: hours after a result do not count toward it): the person's counting hours dated on
     * or before {@code totEnMet}. The convention: the day of the eindgesprek or the signing itself still counts
     * (lessons in the morning, the eindgesprek in the afternoon); a line dated the day after does not. Not logged
     * here: the caller logs its own processing. Another gemeente's person: 404.
     */
    @Transactional(readOnly = true)
    public Urentotalen totalen(UUID inburgeraarId, LocalDate totEnMet) {
        inburgeraars.feiten(inburgeraarId);
        return totalen(uren.totalen(Tenant.vereist().waarde(), inburgeraarId, totEnMet));
    }

    /**
     * R4.7: the attended hours of many persons of the user's gemeente at once (the worklist's bulk read); a
     * person without hours has {@link Urentotalen#GEEN}. Not logged here; the caller logs the persons it shows.
     */
    @Transactional(readOnly = true)
    public Map<UUID, Urentotalen> totalen(Collection<UUID> inburgeraarIds) {
        Map<UUID, Map<Urensoort, BigDecimal>> per =
                uren.totalenPerPersoon(Tenant.vereist().waarde(), inburgeraarIds);
        Map<UUID, Urentotalen> totalen = new HashMap<>();
        inburgeraarIds.forEach(id -> totalen.put(id, totalen(per.getOrDefault(id, Map.of()))));
        return totalen;
    }

    private static Urentotalen totalen(Map<Urensoort, BigDecimal> per) {
        Function<Urensoort, BigDecimal> som = soort -> per.getOrDefault(soort, BigDecimal.ZERO);
        return new Urentotalen(
                som.apply(Urensoort.TAALLES_KNM),
                som.apply(Urensoort.TAALLES_KNM_BREDE_INTAKE),
                som.apply(Urensoort.PARTICIPATIE),
                som.apply(Urensoort.PARTICIPATIE_BREDE_INTAKE),
                som.apply(Urensoort.MAP_PRAKTIJK),
                som.apply(Urensoort.MAP_THEMA),
                som.apply(Urensoort.PVT));
    }

    /**
     * The hours uploads that hold lines of the person, newest first, each with only that person's lines counted
     * (for the timeline of the file). The read is logged; another gemeente's person: 404.
     */
    @Transactional(readOnly = true)
    public List<Urenlevering> leveringen(UUID inburgeraarId) {
        InburgeraarFeiten persoon = inburgeraars.feiten(inburgeraarId);
        verwerkingslog.gelezen(Verwerkingsactiviteit.UREN_RAADPLEGEN, List.of(persoon.bsn()));
        return uren.leveringen(Tenant.vereist().waarde(), inburgeraarId);
    }

    /** The totals for a user who looks at them (API, screen): the read is logged. */
    public Urentotalen raadpleegTotalen(UUID inburgeraarId) {
        InburgeraarFeiten persoon = inburgeraars.feiten(inburgeraarId);
        verwerkingslog.gelezen(Verwerkingsactiviteit.UREN_RAADPLEGEN, List.of(persoon.bsn()));
        return totalen(inburgeraarId);
    }

    /**
     * Attendance of each of the person's deelnames over {@code [peildatum - 28 days, peildatum)}, with the
     * gemeente's threshold. The read is logged.
     */
    public List<Aanwezigheid> aanwezigheid(UUID inburgeraarId, LocalDate peildatum) {
        InburgeraarFeiten persoon = inburgeraars.feiten(inburgeraarId);
        verwerkingslog.gelezen(Verwerkingsactiviteit.UREN_RAADPLEGEN, List.of(persoon.bsn()));
        String gemeente = Tenant.vereist().waarde();
        LocalDate vanaf = peildatum.minusDays(VENSTER_DAGEN);
        Map<UUID, Telling> tellingen = uren.tellingen(gemeente, inburgeraarId, vanaf, peildatum).stream()
                .collect(Collectors.toMap(Telling::deelnameId, Function.identity()));
        int drempel = drempel();
        return deelnames.vanInburgeraar(gemeente, inburgeraarId).stream()
                .map(d -> {
                    Telling t = tellingen.get(d.id());
                    BigDecimal aanwezig = t == null ? BigDecimal.ZERO : t.aanwezig();
                    BigDecimal gemeld = t == null ? BigDecimal.ZERO : t.gemeld();
                    return new Aanwezigheid(
                            d.id(),
                            d.aanbiederId(),
                            d.aanbiederNaam(),
                            d.soort(),
                            vanaf,
                            peildatum,
                            aanwezig,
                            gemeld,
                            percentage(aanwezig, gemeld),
                            drempel);
                })
                .toList();
    }

    /**
     * The person's absent hour lines with their ids, for enforcement to link as evidence (R9.2). Not logged
     * here: the caller logs its own processing. Another gemeente's person: 404.
     */
    @Transactional(readOnly = true)
    public List<Afwezigheid> afwezigheden(UUID inburgeraarId) {
        inburgeraars.feiten(inburgeraarId);
        return uren.afwezigheden(Tenant.vereist().waarde(), inburgeraarId);
    }

    /**
     * R9.2 (follow-up of PIP obligations; the threshold is the gemeente's policy): the VERZUIM signals of the
     * current gemeente on the peildatum: every deelname whose attendance over the
     * four weeks before lies below the threshold. Ids only; the worklist logs what it shows.
     */
    @Transactional(readOnly = true)
    public List<Verzuim> verzuim(LocalDate peildatum) {
        return verzuimVan(null, peildatum);
    }

    /** As {@link #verzuim(LocalDate)}, for the given persons only (a consulent's cases). */
    @Transactional(readOnly = true)
    public List<Verzuim> verzuim(LocalDate peildatum, Collection<UUID> inburgeraarIds) {
        return verzuimVan(inburgeraarIds, peildatum);
    }

    private List<Verzuim> verzuimVan(@Nullable Collection<UUID> inburgeraarIds, LocalDate peildatum) {
        int drempel = drempel();
        return uren
                .tellingen(Tenant.vereist().waarde(), inburgeraarIds, peildatum.minusDays(VENSTER_DAGEN), peildatum)
                .stream()
                .flatMap(t -> Optional.ofNullable(percentage(t.aanwezig(), t.gemeld()))
                        .map(p -> new Verzuim(t.inburgeraarId(), t.deelnameId(), p, drempel))
                        .stream())
                .filter(v -> v.percentage().compareTo(BigDecimal.valueOf(drempel)) < 0)
                .sorted(Comparator.comparing(Verzuim::percentage).thenComparing(Verzuim::deelnameId))
                .toList();
    }

    /** The gemeente's attendance threshold in percent (default {@value #STANDAARD_DREMPEL}). */
    @Transactional(readOnly = true)
    public int drempel() {
        return uren.drempel(Tenant.vereist().waarde()).orElse(STANDAARD_DREMPEL);
    }

    /** Sets the gemeente's attendance threshold (functioneel beheerder), 1 to 100 percent. */
    public void stelDrempelIn(int procent) {
        if (procent < 1 || procent > 100) {
            throw new OngeldigeInvoer(
                    new Veldfout("drempel", "drempel.ongeldig", "Vul een percentage van 1 tot en met 100 in."));
        }
        uren.stelDrempelIn(
                Tenant.vereist().waarde(), procent, HuidigeGebruiker.vereist().gebruikersnaam());
    }

    static @Nullable BigDecimal percentage(BigDecimal aanwezig, @Nullable BigDecimal gemeld) {
        if (gemeld == null || gemeld.signum() == 0) {
            return null;
        }
        // Rounded down, so that 79.99% never shows as (or counts as) 80%.
        return aanwezig.multiply(BigDecimal.valueOf(100)).divide(gemeld, 2, RoundingMode.DOWN);
    }
}
