package nl.openinburgering.werkvoorraad;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.inburgeraar.TermijnVaststellingPip;
import nl.openinburgering.inburgeraar.Termijnfeiten;
import nl.openinburgering.pip.PipBeheer;
import nl.openinburgering.pip.PipStand;
import nl.openinburgering.platform.Gebruiker;
import nl.openinburgering.platform.HuidigeGebruiker;
import nl.openinburgering.platform.Medewerkers;
import nl.openinburgering.platform.Rol;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.platform.Verwerkingsactiviteit;
import nl.openinburgering.platform.Verwerkingslog;
import nl.openinburgering.shared.Leerroute;
import nl.openinburgering.werkvoorraad.Werkvoorraadfilter.Sortering;
import nl.openinburgering.werkvoorraad.internal.WerkvoorraadOpslag;

/**
 * The worklists and the team dashboard. Signals come from every {@link Signaalbron} bean, computed for the
 * cases in scope on the given peildatum: a consulent sees the cases assigned to them, a teamleider the whole
 * gemeente. The persons on the page shown are logged as read.
 */
@Service
@Transactional
public class WerkvoorraadBeheer {

    private final List<Signaalbron> bronnen;
    private final WerkvoorraadOpslag opslag;
    private final InburgeraarBeheer inburgeraars;
    private final PipBeheer pips;
    private final Medewerkers medewerkers;
    private final Verwerkingslog verwerkingslog;

    WerkvoorraadBeheer(
            List<Signaalbron> bronnen,
            WerkvoorraadOpslag opslag,
            InburgeraarBeheer inburgeraars,
            PipBeheer pips,
            Medewerkers medewerkers,
            Verwerkingslog verwerkingslog) {
        this.bronnen = List.copyOf(bronnen);
        this.opslag = opslag;
        this.inburgeraars = inburgeraars;
        this.pips = pips;
        this.medewerkers = medewerkers;
        this.verwerkingslog = verwerkingslog;
    }

    /**
     * "Mijn werkvoorraad" for a consulent (always their own cases, whatever the filter says), the team's for a
     * teamleider (the gemeente, or one consulent's cases). Filtered, sorted and paged in memory after one
     * set-based read per source: see {@code docs/performance.md}.
     */
    public Werkvoorraadpagina werkvoorraad(Werkvoorraadfilter filter, LocalDate peildatum) {
        Gebruiker gebruiker = HuidigeGebruiker.vereist();
        String gemeente = Tenant.vereist().waarde();
        Map<UUID, String> toewijzingen = opslag.toewijzingen(gemeente);
        Optional<String> consulent =
                gebruiker.rol() == Rol.CONSULENT ? Optional.of(gebruiker.gebruikersnaam()) : filter.consulent();
        Zaken zaken = consulent
                .map(naam -> Zaken.van(toewijzingen.entrySet().stream()
                        .filter(t -> t.getValue().equals(naam))
                        .map(Map.Entry::getKey)
                        .collect(Collectors.toSet())))
                .orElseGet(Zaken::heleGemeente);
        if (zaken.ids().map(Set::isEmpty).orElse(false)) {
            return new Werkvoorraadpagina(List.of(), filter.pagina(), filter.paginaGrootte(), 0);
        }
        Zaakfeiten feiten = Zaakfeiten.van(zaken, inburgeraars, pips);
        List<Signaal> gevonden = signalen(feiten, filter.signaal(), peildatum).stream()
                .filter(s ->
                        filter.urgentie().map(u -> s.urgentie(peildatum) == u).orElse(true))
                .sorted(volgorde(filter.sortering(), toewijzingen))
                .toList();
        int van = Math.min((filter.pagina() - 1) * filter.paginaGrootte(), gevonden.size());
        List<Signaal> pagina = gevonden.subList(van, Math.min(van + filter.paginaGrootte(), gevonden.size()));
        Map<UUID, Termijnfeiten> personen = feiten
                .termijnfeiten(pagina.stream()
                        .map(Signaal::inburgeraarId)
                        .collect(Collectors.toCollection(LinkedHashSet::new)))
                .stream()
                .collect(Collectors.toMap(Termijnfeiten::id, Function.identity()));
        verwerkingslog.gelezen(
                Verwerkingsactiviteit.WERKVOORRAAD_RAADPLEGEN,
                personen.values().stream().map(Termijnfeiten::bsn).toList());
        List<Werkvoorraadregel> regels = pagina.stream()
                .map(s -> new Werkvoorraadregel(
                        s,
                        s.dagenResterend(peildatum),
                        s.urgentie(peildatum),
                        Optional.ofNullable(toewijzingen.get(s.inburgeraarId())),
                        Optional.ofNullable(personen.get(s.inburgeraarId()))
                                .map(Termijnfeiten::volledigeNaam)
                                .orElse("")))
                .toList();
        return new Werkvoorraadpagina(regels, filter.pagina(), filter.paginaGrootte(), gevonden.size());
    }

    /**
     * The open signals of one person, the first last day first, whoever is responsible: the person's file
     * shows them. The caller logs the read of the file.
     */
    public List<Signaal> signalen(UUID inburgeraarId, LocalDate peildatum) {
        Zaakfeiten feiten = Zaakfeiten.van(Zaken.van(Set.of(inburgeraarId)), inburgeraars, pips);
        return signalen(feiten, Optional.empty(), peildatum).stream()
                .sorted(Comparator.comparing(Signaal::uiterlijkeDatum))
                .toList();
    }

    /**
     * Every signal of the cases in scope, of one kind or all, from every source that can produce it. R1.11: only
     * of open files; a closed file's signals stop, whichever module they come from.
     */
    private List<Signaal> signalen(Zaakfeiten feiten, Optional<Signaalsoort> soort, LocalDate peildatum) {
        Zaken zaken = feiten.zaken();
        Set<UUID> open = feiten.termijnfeiten().stream().map(Termijnfeiten::id).collect(Collectors.toSet());
        List<Signaal> signalen = new ArrayList<>();
        for (Signaalbron bron : bronnen) {
            if (soort.map(s -> bron.soorten().contains(s)).orElse(true)) {
                bron.signalen(feiten, peildatum).stream()
                        .filter(s -> soort.map(k -> s.soort() == k).orElse(true))
                        .filter(s -> zaken.bevat(s.inburgeraarId()) && open.contains(s.inburgeraarId()))
                        .forEach(signalen::add);
            }
        }
        return signalen;
    }

    /**
     * The teamleider's dashboard: counts only, no persons, so no processing-log line per person. R2.8: a first
     * PIP counts as in time when its dagtekening is on or before the last day of the 10-week term; a person
     * without one whose term has passed counts as late. D5: the current PIPs per leerroute.
     */
    public Teamoverzicht teamoverzicht(LocalDate peildatum) {
        String gemeente = Tenant.vereist().waarde();
        Zaakfeiten feiten = Zaakfeiten.van(Zaken.heleGemeente(), inburgeraars, pips);
        List<Termijnfeiten> personen = feiten.termijnfeiten();
        Map<UUID, String> toewijzingen = opslag.toewijzingen(gemeente);
        Map<String, Long> caseload = new TreeMap<>();
        medewerkers.metRol(Rol.CONSULENT).forEach(naam -> caseload.put(naam, 0L));
        Set<UUID> actief = new HashSet<>();
        for (Termijnfeiten persoon : personen) {
            actief.add(persoon.id());
            caseload.merge(toewijzingen.getOrDefault(persoon.id(), Teamoverzicht.NIET_TOEGEWEZEN), 1L, Long::sum);
        }
        Map<Signaalsoort, Map<Urgentie, Long>> perSoort = new EnumMap<>(Signaalsoort.class);
        for (Signaal signaal : signalen(feiten, Optional.empty(), peildatum)) {
            perSoort.computeIfAbsent(signaal.soort(), s -> new EnumMap<>(Urgentie.class))
                    .merge(signaal.urgentie(peildatum), 1L, Long::sum);
        }
        Map<UUID, Optional<TermijnVaststellingPip>> termijnen =
                personen.stream().collect(Collectors.toMap(Termijnfeiten::id, Termijnfeiten::termijnVaststellingPip));
        long vastgesteld = 0;
        long optijd = 0;
        Map<Leerroute, Long> routes = new EnumMap<>(Leerroute.class);
        List<Teamoverzicht.EerdereDagtekening> eerder = new ArrayList<>();
        for (PipStand pip : feiten.pipStand()) {
            if (!actief.contains(pip.inburgeraarId())) {
                continue;
            }
            routes.merge(pip.leerroute(), 1L, Long::sum);
            Optional<TermijnVaststellingPip> termijn = termijnen.getOrDefault(pip.inburgeraarId(), Optional.empty());
            if (termijn.isPresent() && pip.vaststellingsdagEerstePip() != null) {
                vastgesteld++;
                // R2.8 / R3.2: the day the first PIP was really fixed counts, not a dagtekening set earlier
                if (!pip.vaststellingsdagEerstePip().isAfter(termijn.get().uiterlijkeDatum())) {
                    optijd++;
                }
            }
            if (pip.redenEerdereDagtekening() != null) {
                eerder.add(new Teamoverzicht.EerdereDagtekening(pip.dagtekening(), pip.redenEerdereDagtekening()));
            }
        }
        Set<UUID> metPip = feiten.pipStand().stream()
                .filter(pip -> pip.dagtekeningEerstePip() != null)
                .map(PipStand::inburgeraarId)
                .collect(Collectors.toSet());
        long openTeLaat = personen.stream()
                .filter(persoon -> persoon.inburgeringstermijn().isEmpty() && !metPip.contains(persoon.id()))
                .filter(persoon -> persoon.termijnVaststellingPip()
                        .map(termijn -> termijn.uiterlijkeDatum().isBefore(peildatum))
                        .orElse(false))
                .count();
        return new Teamoverzicht(caseload, perSoort, vastgesteld, optijd, openTeLaat, routes, eerder);
    }

    private static Comparator<Signaal> volgorde(Sortering sortering, Map<UUID, String> toewijzingen) {
        // Written out rather than chained with comparing(...).thenComparing(...): a team's list sorts a few thousand
        // signals on every request, and the chained form boxed the ordinal in every comparison.
        Comparator<Signaal> opDatum = (a, b) -> {
            int datum = a.uiterlijkeDatum().compareTo(b.uiterlijkeDatum());
            if (datum != 0) {
                return datum;
            }
            int soort = Integer.compare(a.soort().ordinal(), b.soort().ordinal());
            return soort != 0 ? soort : a.inburgeraarId().compareTo(b.inburgeraarId());
        };
        return switch (sortering) {
            case UITERLIJKE_DATUM -> opDatum;
            case SIGNAAL ->
                Comparator.<Signaal, Integer>comparing(s -> s.soort().ordinal()).thenComparing(opDatum);
            case CONSULENT ->
                Comparator.<Signaal, String>comparing(s -> toewijzingen.getOrDefault(s.inburgeraarId(), "~"))
                        .thenComparing(opDatum);
        };
    }
}
