package nl.openinburgering.werkvoorraad;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.inburgeraar.TermijnVaststellingPip;
import nl.openinburgering.inburgeraar.Termijnfeiten;
import nl.openinburgering.leerroute.ZrouteBeheer;
import nl.openinburgering.map.MapBeheer;
import nl.openinburgering.pip.PipBeheer;
import nl.openinburgering.pip.PipStand;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.platform.Verwerkingsactiviteit;
import nl.openinburgering.platform.Verwerkingslog;
import nl.openinburgering.pvt.PvtBeheer;
import nl.openinburgering.shared.Leerroute;
import nl.openinburgering.werkvoorraad.internal.WerkvoorraadOpslag;

/**
 * The list of inburgeraars of the gemeente with, per person, the stage ({@link Fase}), the route of the current
 * PIP, the responsible consulent and the number of open signals; filtered, sorted and paged in memory after one
 * set-based read per module, as the worklists do (docs/performance.md). The persons on the page shown are logged
 * as read.
 */
@Service
@Transactional
public class InburgeraarsOverzicht {

    private final List<Signaalbron> bronnen;
    private final WerkvoorraadOpslag opslag;
    private final InburgeraarBeheer inburgeraars;
    private final PipBeheer pips;
    private final PvtBeheer pvt;
    private final MapBeheer map;
    private final ZrouteBeheer zroutes;
    private final Verwerkingslog verwerkingslog;

    InburgeraarsOverzicht(
            List<Signaalbron> bronnen,
            WerkvoorraadOpslag opslag,
            InburgeraarBeheer inburgeraars,
            PipBeheer pips,
            PvtBeheer pvt,
            MapBeheer map,
            ZrouteBeheer zroutes,
            Verwerkingslog verwerkingslog) {
        this.bronnen = List.copyOf(bronnen);
        this.opslag = opslag;
        this.inburgeraars = inburgeraars;
        this.pips = pips;
        this.pvt = pvt;
        this.map = map;
        this.zroutes = zroutes;
        this.verwerkingslog = verwerkingslog;
    }

    public Overzichtpagina pagina(Overzichtfilter filter, LocalDate peildatum) {
        Zaakfeiten feiten = Zaakfeiten.van(Zaken.heleGemeente(), inburgeraars, pips);
        List<Termijnfeiten> personen = feiten.termijnfeiten();
        Set<UUID> ids = personen.stream().map(Termijnfeiten::id).collect(Collectors.toSet());
        Map<UUID, String> toewijzingen = opslag.toewijzingen(Tenant.vereist().waarde());
        Map<UUID, Leerroute> routes = feiten.pipStand().stream()
                .collect(Collectors.toMap(PipStand::inburgeraarId, PipStand::leerroute, (a, b) -> a));
        Set<UUID> concepten = pips.metConcept();
        Set<UUID> ondertekend = pvt.ondertekeningen(ids).keySet();
        Set<UUID> mapAfgerond = map.afgerond(ids).keySet();
        Set<UUID> zrouteAfgerond = zroutes.afgerond(ids);
        Map<UUID, Integer> signalen = new HashMap<>();
        for (Signaalbron bron : bronnen) {
            bron.signalen(feiten, peildatum).forEach(s -> signalen.merge(s.inburgeraarId(), 1, Integer::sum));
        }
        List<Overzichtsregel> regels = personen.stream()
                .map(p -> new Overzichtsregel(
                        p.id(),
                        p.voornamen(),
                        p.geslachtsnaam(),
                        p.bsn(),
                        p.geboortedatum(),
                        p.doelgroep(),
                        p.termijnVaststellingPip().map(TermijnVaststellingPip::uiterlijkeDatum),
                        Fase.van(
                                concepten.contains(p.id()),
                                routes.get(p.id()),
                                ondertekend.contains(p.id()),
                                mapAfgerond.contains(p.id()),
                                zrouteAfgerond.contains(p.id())),
                        Optional.ofNullable(routes.get(p.id())),
                        Optional.ofNullable(toewijzingen.get(p.id())),
                        signalen.getOrDefault(p.id(), 0)))
                .filter(r -> filter.consulent()
                        .map(c -> r.consulent().map(c::equals).orElse(false))
                        .orElse(true))
                .filter(r -> filter.fase().map(f -> r.fase() == f).orElse(true))
                .filter(r -> filter.route()
                        .map(route -> r.route().map(route::equals).orElse(false))
                        .orElse(true))
                .filter(r -> !filter.metSignalen() || r.openSignalen() > 0)
                .sorted(volgorde(filter.sortering()))
                .toList();
        int van = Math.min((filter.pagina() - 1) * filter.paginaGrootte(), regels.size());
        List<Overzichtsregel> pagina = regels.subList(van, Math.min(van + filter.paginaGrootte(), regels.size()));
        verwerkingslog.gelezen(
                Verwerkingsactiviteit.OVERZICHT_RAADPLEGEN,
                pagina.stream().map(Overzichtsregel::bsn).toList());
        return new Overzichtpagina(pagina, filter.pagina(), filter.paginaGrootte(), regels.size());
    }

    /** The order of the list; ties by name and id, so paging is stable. */
    static Comparator<Overzichtsregel> volgorde(String sortering) {
        boolean aflopend = sortering.startsWith("-");
        Comparator<Overzichtsregel> opNaam = Comparator.comparing(
                        (Overzichtsregel r) -> r.geslachtsnaam().toLowerCase())
                .thenComparing(r -> r.voornamen().toLowerCase());
        Comparator<Overzichtsregel> kolom = switch (aflopend ? sortering.substring(1) : sortering) {
            case "geboortedatum" -> Comparator.comparing(Overzichtsregel::geboortedatum);
            case "uiterlijkeDatumVaststellingPip" ->
                Comparator.comparing(
                        (Overzichtsregel r) ->
                                r.uiterlijkeDatumVaststellingPip().orElse(null),
                        Comparator.nullsLast(Comparator.naturalOrder()));
            default -> opNaam;
        };
        return (aflopend ? kolom.reversed() : kolom).thenComparing(opNaam).thenComparing(Overzichtsregel::id);
    }
}
