package nl.openinburgering.portaal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.openinburgering.aanbieder.UrenOverzicht;
import nl.openinburgering.begeleiding.BegeleidingBeheer;
import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.inburgeraar.Termijnfeiten;
import nl.openinburgering.leerroute.ResultatenBeheer;
import nl.openinburgering.map.MapBeheer;
import nl.openinburgering.map.MapVoortgang;
import nl.openinburgering.pip.Pip;
import nl.openinburgering.pip.PipBeheer;
import nl.openinburgering.platform.HuisstijlBeheer;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.portaal.internal.PortaalOpslag;
import nl.openinburgering.pvt.Groepsplanning;
import nl.openinburgering.pvt.PvtBeheer;
import nl.openinburgering.pvt.PvtVoortgang;
import nl.openinburgering.shared.Leerroute;
import nl.openinburgering.shared.Vandaag;
import nl.openinburgering.werkvoorraad.ToewijzingBeheer;

/**
 * Reads the person's overview from the other modules' facades (never their tables). The facades that log their
 * own reads (PVT, MAP, exams, attendance) do so under the inburgeraar's account; the portal adds its own line.
 */
@Component
class PortaalLezer {

    private final InburgeraarBeheer inburgeraars;
    private final PipBeheer pips;
    private final PvtBeheer pvt;
    private final MapBeheer map;
    private final Groepsplanning planning;
    private final UrenOverzicht uren;
    private final ResultatenBeheer resultaten;
    private final ToewijzingBeheer toewijzingen;
    private final HuisstijlBeheer huisstijlen;
    private final BegeleidingBeheer begeleidingen;
    private final PortaalOpslag opslag;
    private final Clock klok;

    PortaalLezer(
            InburgeraarBeheer inburgeraars,
            PipBeheer pips,
            PvtBeheer pvt,
            MapBeheer map,
            Groepsplanning planning,
            UrenOverzicht uren,
            ResultatenBeheer resultaten,
            ToewijzingBeheer toewijzingen,
            HuisstijlBeheer huisstijlen,
            BegeleidingBeheer begeleidingen,
            PortaalOpslag opslag,
            Clock klok) {
        this.inburgeraars = inburgeraars;
        this.pips = pips;
        this.pvt = pvt;
        this.map = map;
        this.planning = planning;
        this.uren = uren;
        this.resultaten = resultaten;
        this.toewijzingen = toewijzingen;
        this.huisstijlen = huisstijlen;
        this.begeleidingen = begeleidingen;
        this.opslag = opslag;
        this.klok = klok;
    }

    MijnOverzicht overzicht(UUID id, String gebruikersnaam) {
        Termijnfeiten feiten = inburgeraars.termijnfeiten(List.of(id)).getFirst();
        Optional<Pip> pip = pips.huidigeVastgesteld(id);
        String gemeente = Tenant.vereist().waarde();
        return new MijnOverzicht(
                id,
                feiten.voornamen(),
                huisstijlen.huidige(),
                pip.map(Pip::leerroute),
                pip.map(Pip::niveau).map(Enum::name),
                pip,
                termijnen(id, feiten, pip),
                afspraken(id),
                uren.totalen(id),
                uren.aanwezigheid(id, Vandaag.datum(klok)),
                resultaten.examens(id),
                toewijzingen.consulent(id),
                opslag.berichten(gemeente, id),
                opslag.documenten(gemeente, id),
                opslag.email(gemeente, id),
                begeleidingen.partnercontact(id));
    }

    /** The deadlines with what to do ({@link Termijn#van}: R2.8, R3.4, R5.4, R6.4). */
    List<Termijn> termijnen(UUID id, Termijnfeiten feiten, Optional<Pip> pip) {
        PvtVoortgang p = pvt.voortgang(id);
        MapVoortgang m = map.voortgang(id);
        return Termijn.van(
                feiten,
                pip.map(Pip::leerroute),
                p.ondertekening().isPresent(),
                m.eindgesprek().isPresent());
    }

    /**
     * The PVT and MAP sessions from today on of the person's groups and the conversations the consulent planned
     * from now on, by date and time, with the person's answer.
     */
    List<Afspraak> afspraken(UUID id) {
        Map<String, Afspraakreactie> reacties = opslag.reacties(Tenant.vereist().waarde(), id);
        List<Afspraak> afspraken = new java.util.ArrayList<>();
        for (Gesprek g : opslag.gesprekken(
                Tenant.vereist().waarde(), id, Vandaag.datum(klok).atStartOfDay())) {
            afspraken.add(new Afspraak(
                    g.sleutel(),
                    Afspraak.Soort.valueOf(g.soort().name()),
                    g.moment().toLocalDate(),
                    g.moment().toLocalTime(),
                    Optional.empty(),
                    g.plaats(),
                    g.notitie(),
                    Optional.ofNullable(reacties.get(g.sleutel()))));
        }
        planning.komendeBijeenkomsten(id).stream()
                .map(b -> {
                    String sleutel = "PVT:" + b.id();
                    return new Afspraak(
                            sleutel,
                            b.mapThema().isPresent() ? Afspraak.Soort.MAP : Afspraak.Soort.PVT,
                            b.datum(),
                            b.begintijd(),
                            Optional.of(b.eindtijd()),
                            b.plaats(),
                            b.onderwerp(),
                            Optional.ofNullable(reacties.get(sleutel)));
                })
                .forEach(afspraken::add);
        afspraken.sort(java.util.Comparator.comparing(Afspraak::datum).thenComparing(Afspraak::begintijd));
        return afspraken;
    }

    static boolean zroute(Optional<Leerroute> leerroute) {
        return leerroute.filter(l -> l == Leerroute.Z_ROUTE).isPresent();
    }

    static LocalDate vandaag(Clock klok) {
        return Vandaag.datum(klok);
    }
}
