package nl.openinburgering.portaal.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.inburgeraar.Termijnfeiten;
import nl.openinburgering.map.MapBeheer;
import nl.openinburgering.pip.Pip;
import nl.openinburgering.pip.PipBeheer;
import nl.openinburgering.platform.HuisstijlBeheer;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.portaal.Termijn;
import nl.openinburgering.pvt.PvtBeheer;
import nl.openinburgering.shared.Gemeentecode;
import nl.openinburgering.shared.Vandaag;

/**
 * The "deadline near" e-mail (issue 18): once a day, per gemeente, every person who gave an e-mail address and
 * has an open deadline (R2.8 the PIP term while there is no PIP, R3.4 the last day of the inburgeringstermijn,
 * R5.4 the PVT, R6.4 the MAP: {@link Termijn#van}) within {@code openinburgering.portaal.termijnmail.dagen} days
 * (default 30) gets the same notification without personal data as for a letter. The notification's id is made
 * from the person, the kind of deadline, its date and the number of days, so a person gets one mail per deadline
 * per threshold, and a second run (after a restart, or on two nodes) sends nothing again ({@code portaal_mail}).
 * Only active files are read ({@link InburgeraarBeheer#termijnfeiten(java.util.Collection)}): a closed file gets
 * nothing. Reads only the other modules' bulk facade methods, which need no user and write no processing-log
 * line; this job shows nobody any personal data.
 */
@Component
public class TermijnMeldingen {

    static final String AANLEIDING = "TERMIJN";

    private final Meldingen meldingen;
    private final PortaalOpslag opslag;
    private final HuisstijlBeheer gemeenten;
    private final InburgeraarBeheer inburgeraars;
    private final PipBeheer pips;
    private final PvtBeheer pvt;
    private final MapBeheer map;
    private final TransactionTemplate transactie;
    private final Clock klok;
    private final int dagen;

    TermijnMeldingen(
            Meldingen meldingen,
            PortaalOpslag opslag,
            HuisstijlBeheer gemeenten,
            InburgeraarBeheer inburgeraars,
            PipBeheer pips,
            PvtBeheer pvt,
            MapBeheer map,
            PlatformTransactionManager transacties,
            Clock klok,
            @Value("${openinburgering.portaal.termijnmail.dagen:30}") int dagen) {
        if (dagen < 1) {
            throw new IllegalArgumentException("openinburgering.portaal.termijnmail.dagen moet ten minste 1 zijn");
        }
        this.meldingen = meldingen;
        this.opslag = opslag;
        this.gemeenten = gemeenten;
        this.inburgeraars = inburgeraars;
        this.pips = pips;
        this.pvt = pvt;
        this.map = map;
        this.transactie = new TransactionTemplate(transacties);
        this.klok = klok;
        this.dagen = dagen;
    }

    /** Every day (default 07:00 Dutch time, {@code openinburgering.portaal.termijnmail.tijdstip}). */
    @Scheduled(
            cron = "${openinburgering.portaal.termijnmail.tijdstip:0 0 7 * * *}",
            zone = "${openinburgering.portaal.termijnmail.tijdzone:Europe/Amsterdam}")
    void elkeDag() {
        LocalDate vandaag = Vandaag.datum(klok);
        for (Gemeentecode gemeente : gemeenten.gemeenten()) {
            verstuur(gemeente, vandaag);
        }
    }

    /** The run for one gemeente on one day; returns how many new notifications it made. */
    public int verstuur(Gemeentecode gemeente, LocalDate vandaag) {
        List<Nabij> nabij = Tenant.alsGemeente(gemeente, () -> transactie.execute(status -> nabij(gemeente, vandaag)));
        int nieuw = 0;
        for (Nabij n : nabij == null ? List.<Nabij>of() : nabij) {
            if (meldingen.meld(gemeente, n.inburgeraarId(), AANLEIDING, oorzaak(n.termijn()))) {
                nieuw++;
            }
        }
        return nieuw;
    }

    private List<Nabij> nabij(Gemeentecode gemeente, LocalDate vandaag) {
        List<UUID> ids = opslag.metEmail(gemeente.waarde());
        if (ids.isEmpty()) {
            return List.of();
        }
        Set<UUID> pvtKlaar = pvt.ondertekeningen(ids).keySet();
        Map<UUID, LocalDate> mapKlaar = map.afgerond(ids);
        return inburgeraars.termijnfeiten(ids).stream()
                .flatMap(feiten -> termijnen(feiten, pvtKlaar, mapKlaar).stream()
                        .filter(t -> t.nabij(vandaag, dagen))
                        .map(t -> new Nabij(feiten.id(), t)))
                .toList();
    }

    private List<Termijn> termijnen(Termijnfeiten feiten, Set<UUID> pvtKlaar, Map<UUID, LocalDate> mapKlaar) {
        return Termijn.van(
                feiten,
                pips.huidigeVastgesteld(feiten.id()).map(Pip::leerroute),
                pvtKlaar.contains(feiten.id()),
                mapKlaar.containsKey(feiten.id()));
    }

    private UUID oorzaak(Termijn termijn) {
        return UUID.nameUUIDFromBytes(
                (termijn.soort() + ":" + termijn.datum() + ":" + dagen).getBytes(StandardCharsets.UTF_8));
    }

    private record Nabij(UUID inburgeraarId, Termijn termijn) {}
}
