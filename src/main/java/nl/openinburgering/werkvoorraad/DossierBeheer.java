package nl.openinburgering.werkvoorraad;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.openinburgering.inburgeraar.Afsluitreden;
import nl.openinburgering.inburgeraar.Dossierafsluiting;
import nl.openinburgering.inburgeraar.Inburgeraar;
import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.intake.IntakeBeheer;
import nl.openinburgering.intake.Intakedossier;
import nl.openinburgering.leerroute.Examenresultaat;
import nl.openinburgering.leerroute.ResultatenBeheer;
import nl.openinburgering.leerroute.ZrouteAfronding;
import nl.openinburgering.leerroute.ZrouteBeheer;
import nl.openinburgering.map.MapBeheer;
import nl.openinburgering.map.MapRegels;
import nl.openinburgering.pip.Pip;
import nl.openinburgering.pip.PipBeheer;
import nl.openinburgering.pip.PipConcept;
import nl.openinburgering.pip.PipStatus;
import nl.openinburgering.platform.HuidigeGebruiker;
import nl.openinburgering.platform.Rol;
import nl.openinburgering.platform.web.Navigatie;
import nl.openinburgering.pvt.PvtBeheer;
import nl.openinburgering.shared.Leerroute;
import nl.openinburgering.shared.Vandaag;
import nl.openinburgering.werkvoorraad.Dossieroverzicht.Afsluiting;
import nl.openinburgering.werkvoorraad.Dossieroverzicht.Fase;
import nl.openinburgering.werkvoorraad.Dossieroverzicht.Gebeurtenis;
import nl.openinburgering.werkvoorraad.Dossieroverzicht.OpenSignaal;
import nl.openinburgering.werkvoorraad.Dossieroverzicht.Soort;

/**
 * Builds the overview of a person's file from the modules' own records: the intake (conversations, the route
 * chosen), the PIP versions and their vaststelling, the exam results, the PVT and MAP, the reassignments and
 * the voortgangsgesprekken. Each facade logs its own read; a person of another gemeente is not found (404).
 *
 * <p>The stage: intake until the route is chosen or a PIP drafted; PIP until one is vastgesteld; leerroute
 * after that; PVT/MAP once the PVT is signed, the MAP completed or the leerroute met; done only when the
 * leerroute is met (R4.1: every exam passed at the PIP's level or exempted; R4.5: the Z-route completed), the PVT
 * signed and the MAP completed where it applies (R6.1). A closed file (R1.11) shows the stage "closed" with its
 * reason. The timeline also holds the letters and certificates, the file's closings and reopenings, and what the
 * {@link Tijdlijnbron} beans add (handhaving letters, hours uploads, portal messages).
 */
@Service
@Transactional
public class DossierBeheer {

    private final InburgeraarBeheer inburgeraars;
    private final IntakeBeheer intake;
    private final PipBeheer pips;
    private final ResultatenBeheer resultaten;
    private final ZrouteBeheer zroute;
    private final PvtBeheer pvt;
    private final MapBeheer map;
    private final ToewijzingBeheer toewijzingen;
    private final WerkvoorraadBeheer werkvoorraad;
    private final List<Tijdlijnbron> bronnen;
    private final Clock klok;

    DossierBeheer(
            InburgeraarBeheer inburgeraars,
            IntakeBeheer intake,
            PipBeheer pips,
            ResultatenBeheer resultaten,
            ZrouteBeheer zroute,
            PvtBeheer pvt,
            MapBeheer map,
            ToewijzingBeheer toewijzingen,
            WerkvoorraadBeheer werkvoorraad,
            List<Tijdlijnbron> bronnen,
            Clock klok) {
        this.inburgeraars = inburgeraars;
        this.intake = intake;
        this.pips = pips;
        this.resultaten = resultaten;
        this.zroute = zroute;
        this.pvt = pvt;
        this.map = map;
        this.toewijzingen = toewijzingen;
        this.werkvoorraad = werkvoorraad;
        this.bronnen = List.copyOf(bronnen);
        this.klok = klok;
    }

    /** The overview, with the timeline of one kind of event or (empty) all. */
    public Dossieroverzicht overzicht(UUID id, Optional<Soort> soort) {
        LocalDate vandaag = Vandaag.datum(klok);
        Inburgeraar persoon = inburgeraars.raadpleeg(id);
        Intakedossier dossier = intake.raadpleeg(id);
        List<Pip> versies = pips.lijst(id);
        Optional<Pip> vastgesteld = versies.stream()
                .filter(p -> p.status() == PipStatus.VASTGESTELD)
                .findFirst();
        Optional<Pip> concept =
                versies.stream().filter(p -> p.status() == PipStatus.CONCEPT).findFirst();
        List<Examenresultaat> examens = resultaten.examens(id);
        Optional<LocalDate> pvtOndertekend =
                Optional.ofNullable(pvt.ondertekeningen(Set.of(id)).get(id));
        Optional<LocalDate> mapAfgerond =
                Optional.ofNullable(map.afgerond(Set.of(id)).get(id));
        Optional<ZrouteAfronding> zrouteAfronding = zroute.afronding(id);
        Toewijzing toewijzing = toewijzingen.toewijzing(id);

        Fase bereikt = fase(
                vastgesteld.map(Pip::leerroute),
                concept.isPresent() || dossier.routekeuze().isPresent(),
                zrouteAfronding.isPresent()
                        || resultaten.leerrouteBehaald(Set.of(id)).contains(id),
                pvtOndertekend.isPresent(),
                mapAfgerond.isPresent());
        Optional<Afsluiting> afsluiting = persoon.afsluiting()
                .flatMap(a -> Optional.ofNullable(a.afsluitreden()).map(r -> new Afsluiting(r, a.datum())));
        Fase fase = afsluiting.isPresent() ? Fase.AFGESLOTEN : bereikt;
        String basis = "/inburgeraars/" + id;
        boolean teamleider =
                HuidigeGebruiker.huidige().map(g -> g.rol() == Rol.TEAMLEIDER).orElse(false);
        Optional<Navigatie.Punt> stap = switch (fase) {
            case INTAKE -> Optional.of(new Navigatie.Punt(basis + "/intake", "dossier.stap.INTAKE"));
            case PIP ->
                // Only the teamleider fixes a PIP (four eyes); the consulent sees the concept waiting.
                Optional.of(concept.map(c -> teamleider
                                ? new Navigatie.Punt(
                                        basis + "/pips/" + c.id() + "/vaststellen", "dossier.stap.PIP.vaststellen")
                                : new Navigatie.Punt(basis + "/pips/" + c.id(), "dossier.stap.PIP.concept"))
                        .orElseGet(() -> new Navigatie.Punt(basis + "/pips/nieuw", "dossier.stap.PIP")));
            case LEERROUTE -> Optional.of(new Navigatie.Punt(basis + "/leerroute", "dossier.stap.LEERROUTE"));
            case PVT_MAP ->
                pvtOndertekend.isPresent() && mapAfgerond.isEmpty()
                        ? Optional.of(new Navigatie.Punt(basis + "/map", "dossier.stap.PVT_MAP.map"))
                        : Optional.of(new Navigatie.Punt(basis + "/pvt", "dossier.stap.PVT_MAP"));
            case AFGEROND, AFGESLOTEN -> Optional.empty();
        };
        Optional<PipConcept> pipConcept =
                concept.map(c -> new PipConcept(id, c.id(), c.opgesteldOp(), c.opgesteldDoor()));
        List<OpenSignaal> signalen = werkvoorraad.signalen(id, vandaag).stream()
                .map(s -> new OpenSignaal(s, Oplospagina.voor(s, pipConcept)))
                .toList();

        List<Gebeurtenis> tijdlijn = new ArrayList<>();
        dossier.gesprekken()
                .forEach(g -> tijdlijn.add(new Gebeurtenis(
                        g.datum(),
                        Soort.INTAKE,
                        "dossier.tijdlijn.gesprek." + g.soort().name(),
                        List.of(),
                        Optional.of(basis + "/intake#gesprekken"))));
        for (Pip pip : versies) {
            tijdlijn.add(new Gebeurtenis(
                    LocalDate.ofInstant(pip.opgesteldOp(), Vandaag.NEDERLAND),
                    Soort.PIP,
                    "dossier.tijdlijn.pipOpgesteld",
                    List.of(pip.opgesteldDoor()),
                    Optional.of(basis + "/pips/" + pip.id())));
            pip.dagtekening()
                    .ifPresent(d -> tijdlijn.add(new Gebeurtenis(
                            d,
                            Soort.PIP,
                            "dossier.tijdlijn.pipVastgesteld",
                            List.of(Optional.ofNullable(pip.vastgesteldDoor()).orElse("")),
                            Optional.of(basis + "/pips/" + pip.id()))));
            // R3.2: a vastgesteld PIP is a beschikking; its letter is the PDF the consulent may open.
            pip.dagtekening()
                    .ifPresent(d -> tijdlijn.add(new Gebeurtenis(
                            d,
                            Soort.BRIEF,
                            "dossier.tijdlijn.beschikking",
                            List.of(),
                            Optional.of(basis + "/pips/" + pip.id() + "/beschikking.pdf"))));
        }
        examens.forEach(e -> tijdlijn.add(new Gebeurtenis(
                e.melding().datum(),
                Soort.LEERROUTE,
                "dossier.tijdlijn.examen." + e.melding().resultaat().name(),
                List.of(e.melding().onderdeel().name()),
                Optional.of(basis + "/leerroute#examens-titel"))));
        pvtOndertekend.ifPresent(d -> tijdlijn.add(
                new Gebeurtenis(d, Soort.PVT_MAP, "dossier.tijdlijn.pvt", List.of(), Optional.of(basis + "/pvt"))));
        pvtOndertekend.ifPresent(d -> tijdlijn.add(new Gebeurtenis(
                d,
                Soort.BRIEF,
                "dossier.tijdlijn.pvtVerklaring",
                List.of(),
                Optional.of(basis + "/pvt/certificaat.pdf"))));
        zrouteAfronding.ifPresent(z -> {
            tijdlijn.add(new Gebeurtenis(
                    z.datumEindgesprek(),
                    Soort.LEERROUTE,
                    "dossier.tijdlijn.zroute",
                    List.of(),
                    Optional.of(basis + "/leerroute")));
            tijdlijn.add(new Gebeurtenis(
                    z.datumEindgesprek(),
                    Soort.BRIEF,
                    "dossier.tijdlijn.zrouteCertificaat",
                    List.of(),
                    Optional.of(basis + "/leerroute/certificaat.pdf")));
        });
        mapAfgerond.ifPresent(d -> tijdlijn.add(
                new Gebeurtenis(d, Soort.PVT_MAP, "dossier.tijdlijn.map", List.of(), Optional.of(basis + "/map"))));
        toewijzing
                .historie()
                .forEach(t -> tijdlijn.add(new Gebeurtenis(
                        LocalDate.ofInstant(t.tijdstip(), Vandaag.NEDERLAND),
                        Soort.TOEWIJZING,
                        "dossier.tijdlijn.toewijzing",
                        List.of(t.naar(), t.door(), t.reden()),
                        Optional.empty())));
        toewijzing
                .voortgangsgesprekken()
                .forEach(d -> tijdlijn.add(new Gebeurtenis(
                        d, Soort.TOEWIJZING, "dossier.tijdlijn.voortgangsgesprek", List.of(), Optional.empty())));
        persoon.afsluitingen().forEach(a -> tijdlijn.add(afsluiting(a)));
        bronnen.forEach(bron -> tijdlijn.addAll(bron.gebeurtenissen(id)));

        List<Gebeurtenis> gefilterd = tijdlijn.stream()
                .filter(g -> soort.map(s -> g.soort() == s).orElse(true))
                .sorted(Comparator.comparing(Gebeurtenis::datum).reversed())
                .toList();
        Optional<Pip> huidig = vastgesteld.or(() -> concept);
        Optional<Leerroute> leerroute =
                huidig.map(Pip::leerroute).or(() -> dossier.routekeuze().map(r -> r.leerroute()));
        return new Dossieroverzicht(
                id,
                fase,
                bereikt,
                afsluiting,
                stap,
                leerroute,
                huidig.map(Pip::niveau).map(Enum::name),
                toewijzing.consulent(),
                signalen,
                gefilterd);
    }

    /**
     * The stage the work has reached. Done only when the leerroute is met (R4.1, R4.5), the PVT signed (R5.2) and
     * the MAP completed (R6.4), which the MAP only needs where it applies (R6.1: not in the onderwijsroute).
     *
     * @param vastgesteldeRoute the leerroute of the vastgesteld PIP; empty while there is none
     */
    static Fase fase(
            Optional<Leerroute> vastgesteldeRoute,
            boolean pipBegonnen,
            boolean leerrouteBehaald,
            boolean pvtOndertekend,
            boolean mapAfgerond) {
        if (vastgesteldeRoute.isEmpty()) {
            return pipBegonnen ? Fase.PIP : Fase.INTAKE;
        }
        boolean mapKlaar = mapAfgerond || !MapRegels.vanToepassing(vastgesteldeRoute);
        if (leerrouteBehaald && pvtOndertekend && mapKlaar) {
            return Fase.AFGEROND;
        }
        return leerrouteBehaald || pvtOndertekend || mapAfgerond ? Fase.PVT_MAP : Fase.LEERROUTE;
    }

    /** R1.11: a closing with its reason, or a reopening, with the explanation and who did it. */
    private static Gebeurtenis afsluiting(Dossierafsluiting a) {
        Afsluitreden reden = a.afsluitreden();
        String sleutel = reden == null ? "dossier.tijdlijn.heropend" : "dossier.tijdlijn.afgesloten." + reden.name();
        return new Gebeurtenis(
                a.datum(), Soort.AFSLUITING, sleutel, List.of(a.door(), a.toelichting()), Optional.empty());
    }
}
