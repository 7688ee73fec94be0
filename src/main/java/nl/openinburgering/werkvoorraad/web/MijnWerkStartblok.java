package nl.openinburgering.werkvoorraad.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.inburgeraar.Termijnfeiten;
import nl.openinburgering.pip.PipConcept;
import nl.openinburgering.pip.PipWachtrij;
import nl.openinburgering.platform.Gebruiker;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.platform.Verwerkingsactiviteit;
import nl.openinburgering.platform.Verwerkingslog;
import nl.openinburgering.platform.web.Navigatie;
import nl.openinburgering.platform.web.Startblok;
import nl.openinburgering.platform.web.Startlijst;
import nl.openinburgering.platform.web.Startlijst.Link;
import nl.openinburgering.platform.web.Startlijst.Startregel;
import nl.openinburgering.shared.Vandaag;
import nl.openinburgering.werkvoorraad.Oplospagina;
import nl.openinburgering.werkvoorraad.Teamoverzicht;
import nl.openinburgering.werkvoorraad.Urgentie;
import nl.openinburgering.werkvoorraad.WerkvoorraadBeheer;
import nl.openinburgering.werkvoorraad.Werkvoorraadfilter;
import nl.openinburgering.werkvoorraad.Werkvoorraadpagina;
import nl.openinburgering.werkvoorraad.Werkvoorraadregel;
import nl.openinburgering.werkvoorraad.internal.WerkvoorraadOpslag;

/**
 * The werkvoorraad's part of the start page "mijn werk". A consulent sees their open signals (the most urgent
 * first) and the concept PIPs of their cases; a teamleider the queue of concept PIPs waiting for vaststelling
 * (oldest first, each with a direct link to the vaststellen page), the overdue signals of the team, and the
 * team load. Every line links to the page where the work is done. The persons shown are logged as read.
 */
// One transaction for the whole block: the assignments are read under the gemeente's row-level security.
@Component
@Transactional
class MijnWerkStartblok implements Startblok {

    /** Lines per list on the start page; the whole list is one link further. */
    static final int REGELS = 8;

    /** The teamleider's queue is the work itself, so it shows more before it stops. */
    static final int WACHTRIJ = 25;

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d-M-yyyy");

    private final WerkvoorraadBeheer werkvoorraad;
    private final WerkvoorraadOpslag opslag;
    private final PipWachtrij wachtrij;
    private final InburgeraarBeheer inburgeraars;
    private final Verwerkingslog verwerkingslog;
    private final MessageSource berichten;
    private final Clock klok;

    MijnWerkStartblok(
            WerkvoorraadBeheer werkvoorraad,
            WerkvoorraadOpslag opslag,
            PipWachtrij wachtrij,
            InburgeraarBeheer inburgeraars,
            Verwerkingslog verwerkingslog,
            MessageSource berichten,
            Clock klok) {
        this.werkvoorraad = werkvoorraad;
        this.opslag = opslag;
        this.wachtrij = wachtrij;
        this.inburgeraars = inburgeraars;
        this.verwerkingslog = verwerkingslog;
        this.berichten = berichten;
        this.klok = klok;
    }

    @Override
    public List<Startlijst> voor(Gebruiker gebruiker) {
        LocalDate vandaag = Vandaag.datum(klok);
        return switch (gebruiker.rol()) {
            case CONSULENT -> consulent(gebruiker, vandaag);
            case TEAMLEIDER -> teamleider(vandaag);
            default -> List.of();
        };
    }

    private List<Startlijst> consulent(Gebruiker gebruiker, LocalDate vandaag) {
        Set<UUID> mijn = opslag.toewijzingen(Tenant.vereist().waarde()).entrySet().stream()
                .filter(t -> t.getValue().equals(gebruiker.gebruikersnaam()))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        List<PipConcept> concepten = wachtrij.concepten(mijn);
        Werkvoorraadpagina signalen = werkvoorraad.werkvoorraad(filter(Optional.empty()), vandaag);
        Map<UUID, String> namen =
                namen(concepten.stream().map(PipConcept::inburgeraarId).toList());
        List<Startregel> conceptregels = concepten.stream()
                .limit(REGELS)
                .map(c -> new Startregel(
                        namen.getOrDefault(c.inburgeraarId(), ""),
                        "/inburgeraars/" + c.inburgeraarId(),
                        bericht("mijnwerk.concept.toelichting", datum(c), dagenGeleden(c, vandaag)),
                        Optional.of(new Link(
                                bericht("mijnwerk.concept.actie"),
                                "/inburgeraars/" + c.inburgeraarId() + "/pips/" + c.pipId())),
                        false))
                .toList();
        return List.of(
                new Startlijst(
                        "mijnwerk-signalen",
                        "mijnwerk.signalen.titel",
                        signaalregels(signalen, concepten, vandaag),
                        "mijnwerk.signalen.leeg",
                        meer("/werkvoorraad", signalen.totaal())),
                new Startlijst(
                        "mijnwerk-concepten",
                        "mijnwerk.concepten.titel",
                        conceptregels,
                        "mijnwerk.concepten.leeg",
                        Optional.empty()),
                // Appointments are not in the data model yet: intake conversations are recorded afterwards and
                // PVT sessions belong to a group's planning, not to a consulent's agenda. The page says so.
                new Startlijst(
                        "mijnwerk-afspraken",
                        "mijnwerk.afspraken.titel",
                        List.of(),
                        "mijnwerk.afspraken",
                        Optional.of(new Navigatie.Punt("/planning", "nav.pvtPlanning"))));
    }

    private List<Startlijst> teamleider(LocalDate vandaag) {
        List<PipConcept> wachtend = wachtrij.concepten();
        Map<UUID, String> namen = namen(
                wachtend.stream().limit(WACHTRIJ).map(PipConcept::inburgeraarId).toList());
        List<Startregel> wachtrij = wachtend.stream()
                .limit(WACHTRIJ)
                .map(c -> new Startregel(
                        namen.getOrDefault(c.inburgeraarId(), ""),
                        "/inburgeraars/" + c.inburgeraarId(),
                        bericht("mijnwerk.wachtrij.toelichting", datum(c), c.opgesteldDoor(), dagenGeleden(c, vandaag)),
                        Optional.of(new Link(
                                bericht("mijnwerk.wachtrij.actie"),
                                "/inburgeraars/" + c.inburgeraarId() + "/pips/" + c.pipId() + "/vaststellen")),
                        false))
                .toList();
        Werkvoorraadpagina teLaat = werkvoorraad.werkvoorraad(filter(Optional.of(Urgentie.TE_LAAT)), vandaag);
        Teamoverzicht team = werkvoorraad.teamoverzicht(vandaag);
        List<Startregel> belasting = team.caseload().entrySet().stream()
                .map(c -> new Startregel(
                        c.getKey().equals(Teamoverzicht.NIET_TOEGEWEZEN)
                                ? bericht("werkvoorraad.nietToegewezen")
                                : c.getKey(),
                        c.getKey().equals(Teamoverzicht.NIET_TOEGEWEZEN)
                                ? "/werkvoorraad"
                                : UriComponentsBuilder.fromPath("/werkvoorraad")
                                        .queryParam("consulent", c.getKey())
                                        .build()
                                        .encode()
                                        .toUriString(),
                        bericht("mijnwerk.team.toelichting", c.getValue()),
                        Optional.empty(),
                        false))
                .toList();
        return List.of(
                new Startlijst(
                        "mijnwerk-wachtrij",
                        "mijnwerk.wachtrij.titel",
                        wachtrij,
                        "mijnwerk.wachtrij.leeg",
                        Optional.empty()),
                new Startlijst(
                        "mijnwerk-telaat",
                        "mijnwerk.telaat.titel",
                        signaalregels(teLaat, wachtend, vandaag),
                        "mijnwerk.telaat.leeg",
                        meer("/werkvoorraad?urgentie=TE_LAAT", teLaat.totaal())),
                new Startlijst(
                        "mijnwerk-team",
                        "mijnwerk.team.titel",
                        belasting,
                        "mijnwerk.team.leeg",
                        Optional.of(new Navigatie.Punt("/werkvoorraad/dashboard", "werkvoorraad.naarDashboard"))));
    }

    private List<Startregel> signaalregels(Werkvoorraadpagina pagina, List<PipConcept> concepten, LocalDate vandaag) {
        Map<UUID, PipConcept> conceptVan = concepten.stream()
                .collect(Collectors.toMap(PipConcept::inburgeraarId, Function.identity(), (a, b) -> a));
        List<Startregel> regels = new ArrayList<>();
        for (Werkvoorraadregel r : pagina.regels()) {
            Navigatie.Punt oplossen = Oplospagina.voor(
                    r.signaal(), Optional.ofNullable(conceptVan.get(r.signaal().inburgeraarId())));
            long dagen = r.dagenResterend();
            String wanneer =
                    dagen < 0 ? bericht("werkvoorraad.dagenTeLaat", -dagen) : bericht("werkvoorraad.dagenNog", dagen);
            regels.add(new Startregel(
                    r.naam(),
                    "/inburgeraars/" + r.signaal().inburgeraarId(),
                    bericht("werkvoorraad.soort." + r.signaal().soort().name()) + ": " + wanneer,
                    Optional.of(new Link(bericht(oplossen.berichtsleutel()), oplossen.href())),
                    r.urgentie() == Urgentie.TE_LAAT));
        }
        return regels;
    }

    private Map<UUID, String> namen(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Termijnfeiten> personen = inburgeraars.termijnfeiten(ids);
        verwerkingslog.gelezen(
                Verwerkingsactiviteit.WERKVOORRAAD_RAADPLEGEN,
                personen.stream().map(Termijnfeiten::bsn).toList());
        return personen.stream().collect(Collectors.toMap(Termijnfeiten::id, Termijnfeiten::volledigeNaam));
    }

    private static Werkvoorraadfilter filter(Optional<Urgentie> urgentie) {
        return new Werkvoorraadfilter(
                Optional.empty(), urgentie, Optional.empty(), Werkvoorraadfilter.Sortering.UITERLIJKE_DATUM, 1, REGELS);
    }

    private static Optional<Navigatie.Punt> meer(String href, long totaal) {
        return totaal > REGELS ? Optional.of(new Navigatie.Punt(href, "mijnwerk.alleSignalen")) : Optional.empty();
    }

    private static String datum(PipConcept concept) {
        return DATUM.format(LocalDate.ofInstant(concept.opgesteldOp(), Vandaag.NEDERLAND));
    }

    private static long dagenGeleden(PipConcept concept, LocalDate vandaag) {
        return ChronoUnit.DAYS.between(LocalDate.ofInstant(concept.opgesteldOp(), Vandaag.NEDERLAND), vandaag);
    }

    /** The key itself when the bundle lacks it, as with the default message of {@code getMessage}. */
    private String bericht(String sleutel, Object... argumenten) {
        Locale taal = LocaleContextHolder.getLocale();
        String tekst = berichten.getMessage(sleutel, argumenten, sleutel, taal);
        return tekst == null ? sleutel : tekst;
    }
}
