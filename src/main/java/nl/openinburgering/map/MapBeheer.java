package nl.openinburgering.map;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.inburgeraar.InburgeraarFeiten;
import nl.openinburgering.inburgeraar.Inburgeringstermijn;
import nl.openinburgering.leerroute.ZrouteBeheer;
import nl.openinburgering.map.internal.MapOpslag;
import nl.openinburgering.map.internal.MapOpslag.Afspraak;
import nl.openinburgering.pip.Pip;
import nl.openinburgering.pip.PipBeheer;
import nl.openinburgering.platform.HuidigeGebruiker;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.platform.Verwerkingsactiviteit;
import nl.openinburgering.platform.Verwerkingsactiviteit.Handeling;
import nl.openinburgering.platform.Verwerkingsactiviteit.Uitkomst;
import nl.openinburgering.platform.Verwerkingslog;
import nl.openinburgering.pvt.Aanwezigheid;
import nl.openinburgering.pvt.Groepsplanning;
import nl.openinburgering.pvt.Programma;
import nl.openinburgering.shared.Leerroute;
import nl.openinburgering.shared.MapThema;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Vandaag;
import nl.openinburgering.shared.Veldfout;
import nl.openinburgering.shared.Verwijtbaar;
import nl.openinburgering.shared.Verwijtbaarheid;

/**
 * The MAP of the user's gemeente: a person's themes, practical hours, cost and eindgesprek, with R6.1–R6.5,
 * and the budget per participant (D4). The leerroute comes from the current PIP (R6.1), the practical hours
 * from the providers' {@code MAP_PRAKTIJK} reports (R6.3), the attended theme sessions from the planning.
 */
@Service
@Transactional
public class MapBeheer {

    private final MapOpslag opslag;
    private final InburgeraarBeheer inburgeraars;
    private final PipBeheer pips;
    private final Groepsplanning planning;
    private final MapPraktijkuren praktijk;
    private final Verwerkingslog verwerkingslog;
    private final ZrouteBeheer zroutes;
    private final Clock klok;
    private final ApplicationEventPublisher gebeurtenissen;

    MapBeheer(
            MapOpslag opslag,
            InburgeraarBeheer inburgeraars,
            PipBeheer pips,
            Groepsplanning planning,
            MapPraktijkuren praktijk,
            Verwerkingslog verwerkingslog,
            ZrouteBeheer zroutes,
            Clock klok,
            ApplicationEventPublisher gebeurtenissen) {
        this.gebeurtenissen = gebeurtenissen;
        this.zroutes = zroutes;
        this.opslag = opslag;
        this.inburgeraars = inburgeraars;
        this.pips = pips;
        this.planning = planning;
        this.praktijk = praktijk;
        this.verwerkingslog = verwerkingslog;
        this.klok = klok;
    }

    /** The person's MAP progress (a logged read); also for a person in the onderwijsroute, showing it does not apply. */
    public MapVoortgang voortgang(UUID inburgeraarId) {
        InburgeraarFeiten persoon = inburgeraars.feiten(inburgeraarId);
        MapVoortgang voortgang = voortgang(persoon, traject(inburgeraarId));
        verwerkingslog.gelezen(Verwerkingsactiviteit.MAP_RAADPLEGEN, List.of(persoon.bsn()));
        return voortgang;
    }

    /** R6.2 (and R6.1): agrees a theme with the person, or waives it with the reason (see {@link MapTraject#spreekThemaAf}). */
    public MapVoortgang spreekThemaAf(
            UUID inburgeraarId, MapThema thema, @Nullable ThemaStatus status, @Nullable String reden) {
        InburgeraarFeiten persoon = inburgeraars.feiten(inburgeraarId);
        MapTraject traject = traject(inburgeraarId);
        MapThemaAfgesproken afgesproken = traject.spreekThemaAf(thema, status, reden);
        opslag.bewaarAfspraak(
                gemeente(),
                inburgeraarId,
                thema,
                new Afspraak(afgesproken.status(), reden == null || reden.isBlank() ? null : reden.strip()),
                gebruiker());
        verwerkingslog.vastleggen(
                Verwerkingsactiviteit.MAP_VASTLEGGEN, Handeling.WIJZIGEN, List.of(persoon.bsn()), Uitkomst.GELUKT);
        return voortgang(persoon, traject);
    }

    /** D4: the cost of the person's MAP, compared with the budget per participant in the progress (see {@link MapTraject#stelKostenIn}). */
    public MapVoortgang stelKostenIn(UUID inburgeraarId, @Nullable BigDecimal kosten) {
        InburgeraarFeiten persoon = inburgeraars.feiten(inburgeraarId);
        MapTraject traject = traject(inburgeraarId);
        MapKostenVastgesteld vastgesteld = traject.stelKostenIn(kosten);
        opslag.bewaarKosten(gemeente(), inburgeraarId, vastgesteld.kosten());
        verwerkingslog.vastleggen(
                Verwerkingsactiviteit.MAP_VASTLEGGEN, Handeling.WIJZIGEN, List.of(persoon.bsn()), Uitkomst.GELUKT);
        return voortgang(persoon, traject);
    }

    /**
     * R6.4: registers the eindgesprek and the gemeente's judgement; {@link MapTraject#eindgesprekVoeren} checks
     * R6.1, R6.3 and R6.5. An insufficient one may be followed by another; after a sufficient one the MAP is
     * completed and a new eindgesprek is a conflict (409).
     */
    public MapEindgesprek eindgesprek(
            UUID inburgeraarId,
            @Nullable LocalDate datum,
            @Nullable Boolean voldoende,
            @Nullable Verwijtbaar verwijtbaar) {
        InburgeraarFeiten persoon = inburgeraars.feiten(inburgeraarId);
        // R6.3: practical hours dated after the eindgesprek do not count toward it.
        // Without a date the eindgesprek is refused below (R6.4); the hours then do not matter.
        MapTraject traject = traject(
                inburgeraarId, datum == null ? praktijk.uren(inburgeraarId) : praktijk.uren(inburgeraarId, datum));
        zroutes.controleerVolgorde(inburgeraarId, datum, "datum", "de MAP");
        Optional<MapAfgerond> afgerond = traject.eindgesprekVoeren(
                datum, voldoende, verwijtbaar, persoon.inburgeringstermijn(), Vandaag.datum(klok));
        MapEindgesprek gesprek = traject.eindgesprek().orElseThrow();
        opslag.bewaarEindgesprek(gemeente(), inburgeraarId, gesprek, gebruiker());
        // R10.3: module duo writes its melding to DUO in this transaction (a synchronous listener).
        afgerond.ifPresent(gebeurtenissen::publishEvent);
        verwerkingslog.vastleggen(
                Verwerkingsactiviteit.MAP_VASTLEGGEN, Handeling.WIJZIGEN, List.of(persoon.bsn()), Uitkomst.GELUKT);
        return gesprek;
    }

    /** D4: the gemeente's budget per participant; about € 150 unless the gemeente set its own. */
    public BigDecimal budget() {
        return opslag.budget(gemeente()).orElse(MapRegels.STANDAARD_BUDGET);
    }

    public void stelBudgetIn(@Nullable BigDecimal budget) {
        List<Veldfout> fouten = MapRegels.bedrag("budget", budget);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        // MapRegels.bedrag refused a missing amount above.
        opslag.bewaarBudget(gemeente(), Objects.requireNonNull(budget), gebruiker());
    }

    /**
     * For the worklist: the dates of the sufficient eindgesprekken of those of the given people who completed
     * the MAP, in one query of the current gemeente. Not logged here: the caller logs its own processing.
     */
    @Transactional(readOnly = true)
    public Map<UUID, LocalDate> afgerond(Collection<UUID> inburgeraarIds) {
        return opslag.afgerond(gemeente(), inburgeraarIds);
    }

    private MapTraject traject(UUID inburgeraarId) {
        return traject(inburgeraarId, praktijk.uren(inburgeraarId));
    }

    private MapTraject traject(UUID inburgeraarId, BigDecimal praktijkuren) {
        return new MapTraject(
                inburgeraarId,
                gemeente(),
                leerroute(inburgeraarId),
                praktijkuren,
                opslag.eindgesprek(gemeente(), inburgeraarId));
    }

    private MapVoortgang voortgang(InburgeraarFeiten persoon, MapTraject traject) {
        Map<MapThema, Afspraak> afspraken = opslag.afspraken(gemeente(), persoon.id());
        Set<MapThema> bijgewoond = planning.aanwezigheden(persoon.id()).stream()
                .filter(a -> a.programma() == Programma.MAP && a.aanwezig())
                .map(Aanwezigheid::mapThema)
                .flatMap(Optional::stream)
                .collect(Collectors.toSet());
        List<MapThemaRegel> themas = Stream.of(MapThema.values())
                .map(thema -> {
                    Afspraak afspraak = afspraken.get(thema);
                    return new MapThemaRegel(
                            thema,
                            Optional.ofNullable(afspraak).map(Afspraak::status),
                            afspraak == null ? null : afspraak.reden(),
                            bijgewoond.contains(thema));
                })
                .toList();
        Optional<MapEindgesprek> gesprek = traject.eindgesprek();
        Optional<LocalDate> einde = persoon.inburgeringstermijn().map(Inburgeringstermijn::einddatum);
        LocalDate afronding = gesprek.filter(MapEindgesprek::voldoende)
                .map(MapEindgesprek::datum)
                .orElse(null);
        Set<Verwijtbaar> toegestaan = einde.map(
                        e -> new Verwijtbaarheid(afronding, e, Vandaag.datum(klok)).toegestaan())
                .orElse(Set.of());
        return new MapVoortgang(
                traject.leerroute(),
                themas,
                traject.praktijkuren(),
                gesprek,
                persoon.inburgeringstermijn().map(Inburgeringstermijn::laatsteDag),
                toegestaan,
                opslag.kosten(gemeente(), persoon.id()),
                budget());
    }

    /**
     * R6.1: the leerroute of the person's current (vastgesteld) PIP in this gemeente. Not through
     * {@code pips.lijst}: that logs a PIP read of its own and loads every PIP of the person.
     */
    private Optional<Leerroute> leerroute(UUID inburgeraarId) {
        return pips.huidigeVastgesteld(inburgeraarId).map(Pip::leerroute);
    }

    private static String gemeente() {
        return Tenant.vereist().waarde();
    }

    private static String gebruiker() {
        return HuidigeGebruiker.vereist().gebruikersnaam();
    }
}
