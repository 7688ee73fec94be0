package nl.openinburgering.leerroute;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.openinburgering.aanbieder.UrenOverzicht;
import nl.openinburgering.begeleiding.BegeleidingBeheer;
import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.inburgeraar.InburgeraarFeiten;
import nl.openinburgering.leerroute.internal.ZrouteOpslag;
import nl.openinburgering.pip.PipBeheer;
import nl.openinburgering.platform.HuidigeGebruiker;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.platform.Verwerkingsactiviteit;
import nl.openinburgering.platform.Verwerkingsactiviteit.Handeling;
import nl.openinburgering.platform.Verwerkingsactiviteit.Uitkomst;
import nl.openinburgering.platform.Verwerkingslog;
import nl.openinburgering.shared.Conflict;
import nl.openinburgering.shared.Gemeentecode;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Vandaag;
import nl.openinburgering.shared.Veldfout;

/**
 * R4.4 and R4.5: the completion of the Z-route by the eindgesprek, on the hours the providers reported, and
 * the certificate that goes with it. Within the user's gemeente; every read and write is logged.
 */
@Service
@Transactional
public class ZrouteBeheer {

    private final ZrouteOpslag opslag;
    private final InburgeraarBeheer inburgeraars;
    private final PipBeheer pips;
    private final UrenOverzicht uren;
    private final BegeleidingBeheer begeleiding;
    private final Verwerkingslog verwerkingslog;
    private final Clock klok;
    private final ApplicationEventPublisher gebeurtenissen;

    ZrouteBeheer(
            ZrouteOpslag opslag,
            InburgeraarBeheer inburgeraars,
            PipBeheer pips,
            UrenOverzicht uren,
            BegeleidingBeheer begeleiding,
            Verwerkingslog verwerkingslog,
            Clock klok,
            ApplicationEventPublisher gebeurtenissen) {
        this.gebeurtenissen = gebeurtenissen;
        this.begeleiding = begeleiding;
        this.opslag = opslag;
        this.inburgeraars = inburgeraars;
        this.pips = pips;
        this.uren = uren;
        this.verwerkingslog = verwerkingslog;
        this.klok = klok;
    }

    /** R4.4, R4.5: completes the person's Z-route (see {@link ZrouteAfronding#afronden} for the checks). */
    public ZrouteAfronding afronden(UUID inburgeraarId, @Nullable LocalDate datumEindgesprek) {
        InburgeraarFeiten persoon = inburgeraars.feiten(inburgeraarId);
        String gemeente = Tenant.vereist().waarde();
        Optional<ZrouteAfronding.HuidigePip> pip =
                pips.huidigeVastgesteld(inburgeraarId).map(p -> new ZrouteAfronding.HuidigePip(p.id(), p.leerroute()));
        ZrouteAfronding afronding = ZrouteAfronding.afronden(
                inburgeraarId,
                pip,
                opslag.vind(inburgeraarId, gemeente),
                datumEindgesprek,
                Vandaag.datum(klok),
                persoon.doelgroep(),
                persoon.inburgeringstermijn(),
                // Without a date the completion is refused (R4.4); the hours then do not matter.
                datumEindgesprek == null ? urenstand(inburgeraarId) : urenstandOp(inburgeraarId, datumEindgesprek),
                HuidigeGebruiker.vereist().gebruikersnaam(),
                klok.instant());
        try {
            opslag.bewaar(afronding, gemeente);
        } catch (DuplicateKeyException gelijktijdig) {
            throw new Conflict("zroute.al.afgerond", "De Z-route is intussen al afgerond.");
        }
        // R10.3: module duo writes its melding to DUO in this transaction (a synchronous listener).
        gebeurtenissen.publishEvent(afronding.afgerond(new Gemeentecode(gemeente)));
        verwerkingslog.vastleggen(
                Verwerkingsactiviteit.ZROUTE_AFRONDEN, Handeling.AANMAKEN, List.of(persoon.bsn()), Uitkomst.GELUKT);
        return afronding;
    }

    /**
     * Which of these persons of the user's gemeente completed their Z-route: the worklist's bulk read. Not
     * logged here; the caller logs the persons it shows.
     */
    @Transactional(readOnly = true)
    public Set<UUID> afgerond(Collection<UUID> inburgeraarIds) {
        return opslag.afgerond(Tenant.vereist().waarde(), inburgeraarIds);
    }

    /** The completion, if the person's Z-route was completed; a person of another gemeente is not found. */
    public Optional<ZrouteAfronding> afronding(UUID inburgeraarId) {
        InburgeraarFeiten persoon = inburgeraars.feiten(inburgeraarId);
        verwerkingslog.gelezen(Verwerkingsactiviteit.LEERROUTE_RAADPLEGEN, List.of(persoon.bsn()));
        return opslag.vind(inburgeraarId, Tenant.vereist().waarde());
    }

    /**
     * R4.5 as DUO validates it: a PVT or MAP result ({@code onderdeel}) dated after the completion of the person's
     * Z-route is refused, on {@code veld}. Used by the pvt and map modules before they record a result; the
     * processing is theirs, so this read is not logged again.
     */
    public void controleerVolgorde(UUID inburgeraarId, @Nullable LocalDate datum, String veld, String onderdeel) {
        if (datum == null) {
            return;
        }
        opslag.vind(inburgeraarId, Tenant.vereist().waarde())
                .flatMap(afronding -> volgorde(afronding, datum, veld, onderdeel))
                .ifPresent(fout -> {
                    throw new OngeldigeInvoer(fout);
                });
    }

    /** R4.5: the finding when {@code datum} lies after the Z-route's eindgesprek; none on or before that day. */
    static Optional<Veldfout> volgorde(ZrouteAfronding afronding, LocalDate datum, String veld, String onderdeel) {
        return datum.isAfter(afronding.datumEindgesprek())
                ? Optional.of(new Veldfout(
                        veld,
                        "R4.5",
                        "De Z-route is afgerond op " + afronding.datumEindgesprek()
                                + ". DUO aanvaardt geen resultaat van " + onderdeel
                                + " met een latere datum; leg de datum op of vóór die dag vast."))
                : Optional.empty();
    }

    /** R4.4: the content of the certificate; before the completion there is none (409). */
    public Zroutecertificaat certificaat(UUID inburgeraarId) {
        InburgeraarFeiten persoon = inburgeraars.feiten(inburgeraarId);
        ZrouteAfronding afronding = opslag.vind(inburgeraarId, Tenant.vereist().waarde())
                .orElseThrow(() -> new Conflict(
                        "zroute.niet.afgerond",
                        "De Z-route is nog niet afgerond; het certificaat volgt na het eindgesprek."));
        verwerkingslog.gelezen(Verwerkingsactiviteit.ZROUTE_CERTIFICAAT_OPMAKEN, List.of(persoon.bsn()));
        return new Zroutecertificaat(
                inburgeraars.geadresseerde(inburgeraarId),
                afronding,
                ZrouteNorm.participatieVereist(persoon.doelgroep()));
    }

    /**
     * R4.5, R8.3: the attended hours the Z-route counts, from the providers' reports (module aanbieder) and the
     * contact moments of the maatschappelijke begeleiding (module begeleiding). Not logged: the caller logs.
     */
    public Urenstand urenstand(UUID inburgeraarId) {
        return Urenstand.van(uren.totalen(inburgeraarId), begeleiding.participatieuren(inburgeraarId));
    }

    /**
     * R4.5: the hours toward the eindgesprek of {@code datumEindgesprek}: the providers' hour lines dated on or
     * before that day. Convention: the day of the eindgesprek itself still counts, a line dated the day after does
     * not (hours after the result do not count toward it). The hours of maatschappelijke begeleiding are counted
     * as the begeleiding module keeps them (not by date).
     */
    Urenstand urenstandOp(UUID inburgeraarId, LocalDate datumEindgesprek) {
        return Urenstand.van(
                uren.totalen(inburgeraarId, datumEindgesprek), begeleiding.participatieuren(inburgeraarId));
    }
}
