package nl.openinburgering.pvt;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.openinburgering.aanbieder.UrenOverzicht;
import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.inburgeraar.InburgeraarFeiten;
import nl.openinburgering.inburgeraar.Inburgeringstermijn;
import nl.openinburgering.leerroute.ZrouteBeheer;
import nl.openinburgering.platform.HuidigeGebruiker;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.platform.Verwerkingsactiviteit;
import nl.openinburgering.platform.Verwerkingsactiviteit.Handeling;
import nl.openinburgering.platform.Verwerkingsactiviteit.Uitkomst;
import nl.openinburgering.platform.Verwerkingslog;
import nl.openinburgering.pvt.internal.PvtOpslag;
import nl.openinburgering.shared.Conflict;
import nl.openinburgering.shared.NietGevonden;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Vandaag;
import nl.openinburgering.shared.Veldfout;
import nl.openinburgering.shared.Verwijtbaar;
import nl.openinburgering.shared.Verwijtbaarheid;

/**
 * The PVT of the user's gemeente: its programme (D2) and declaration text, a person's progress toward the
 * signing, the signing itself with the rules R5.2, R5.3 and R5.5, and the certificate.
 */
@Service
@Transactional
public class PvtBeheer {

    /**
     * R5.1: the text of the participatieverklaring after the Regeling inburgering. Statute, so the same in every
     * gemeente and not a setting: the gemeente configures only its programme around it (D2).
     */
    public static final String WETTELIJKE_VERKLARING = """
            Nederland is een land waar vrijheid, gelijkwaardigheid, solidariteit en participatie belangrijk zijn. \
            Ik heb kennisgemaakt met deze kernwaarden van de Nederlandse samenleving. Ik respecteer deze waarden. \
            Ik wil actief bijdragen aan de Nederlandse samenleving, samen met de andere inwoners van Nederland.""";

    private final PvtOpslag opslag;
    private final Groepsplanning planning;
    private final InburgeraarBeheer inburgeraars;
    private final UrenOverzicht aanbiedersuren;
    private final Verwerkingslog verwerkingslog;
    private final ZrouteBeheer zroutes;
    private final Clock klok;
    private final ApplicationEventPublisher gebeurtenissen;

    PvtBeheer(
            PvtOpslag opslag,
            Groepsplanning planning,
            InburgeraarBeheer inburgeraars,
            UrenOverzicht aanbiedersuren,
            Verwerkingslog verwerkingslog,
            ZrouteBeheer zroutes,
            Clock klok,
            ApplicationEventPublisher gebeurtenissen) {
        this.gebeurtenissen = gebeurtenissen;
        this.zroutes = zroutes;
        this.aanbiedersuren = aanbiedersuren;
        this.opslag = opslag;
        this.planning = planning;
        this.inburgeraars = inburgeraars;
        this.verwerkingslog = verwerkingslog;
        this.klok = klok;
    }

    /** D2: the gemeente's programme; the default is copied on first use so that the gemeente can edit it. */
    public List<Onderdeel> programma() {
        List<Onderdeel> onderdelen = opslag.onderdelen(gemeente());
        if (!onderdelen.isEmpty()) {
            return onderdelen;
        }
        Onderdeel.standaard().forEach(onderdeel -> opslag.voegToe(gemeente(), onderdeel));
        return opslag.onderdelen(gemeente());
    }

    /** D2 is policy: the functioneel beheerder or teamleider adds a part. */
    public void voegOnderdeelToe(@Nullable String naam, @Nullable BigDecimal uren, boolean activiteit) {
        List<Veldfout> fouten = new ArrayList<>();
        if (naam == null || naam.isBlank()) {
            fouten.add(new Veldfout("naam", "verplicht", "Vul de naam van het onderdeel in."));
        }
        if (uren == null || uren.signum() <= 0 || uren.compareTo(new BigDecimal("24")) > 0 || uren.scale() > 1) {
            fouten.add(new Veldfout(
                    "uren", "uren.ongeldig", "Het aantal uren ligt tussen 0,1 en 24, met hoogstens één decimaal."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        int volgorde = programma().stream().mapToInt(Onderdeel::volgorde).max().orElse(0) + 1;
        // refused above when missing
        opslag.voegToe(
                gemeente(),
                new Onderdeel(null, volgorde, Objects.requireNonNull(naam), Objects.requireNonNull(uren), activiteit));
    }

    public void verwijderOnderdeel(UUID id) {
        if (opslag.verwijder(gemeente(), id) == 0) {
            throw new NietGevonden("Onderdeel");
        }
    }

    /** R5.1: the statutory text of the participatieverklaring; no gemeente can change it. */
    public String verklaringstekst() {
        return WETTELIJKE_VERKLARING;
    }

    /** The person's PVT progress (a logged read). */
    public PvtVoortgang voortgang(UUID inburgeraarId) {
        InburgeraarFeiten persoon = inburgeraars.feiten(inburgeraarId);
        PvtVoortgang voortgang = voortgang(persoon, Vandaag.datum(klok));
        verwerkingslog.gelezen(Verwerkingsactiviteit.PVT_RAADPLEGEN, List.of(persoon.bsn()));
        return voortgang;
    }

    /**
     * Registers the signing of the participatieverklaring; the rules R5.2, R5.3 and R5.5 are checked by
     * {@link PvtTraject#onderteken}. Once only: a second signing is a conflict (409).
     */
    public Ondertekening onderteken(UUID inburgeraarId, @Nullable LocalDate datum, @Nullable Verwijtbaar verwijtbaar) {
        InburgeraarFeiten persoon = inburgeraars.feiten(inburgeraarId);
        PvtTraject traject = new PvtTraject(
                inburgeraarId,
                gemeente(),
                planning.aanwezigheden(inburgeraarId),
                opslag.ondertekening(gemeente(), inburgeraarId));
        zroutes.controleerVolgorde(inburgeraarId, datum, "datum", "het PVT");
        PvtOndertekend ondertekend = traject.onderteken(
                datum, verwijtbaar, persoon.inburgeringstermijn(), verklaringstekst(), Vandaag.datum(klok));
        Ondertekening ondertekening = traject.ondertekening().orElseThrow();
        opslag.bewaar(gemeente(), ondertekening, HuidigeGebruiker.vereist().gebruikersnaam());
        // R10.3: module duo writes its melding to DUO in this transaction (a synchronous listener).
        gebeurtenissen.publishEvent(ondertekend);
        verwerkingslog.vastleggen(
                Verwerkingsactiviteit.PVT_VASTLEGGEN, Handeling.AANMAKEN, List.of(persoon.bsn()), Uitkomst.GELUKT);
        return ondertekening;
    }

    /** The certificate's content; before the signing there is none (409). */
    public Certificaat certificaat(UUID inburgeraarId) {
        InburgeraarFeiten persoon = inburgeraars.feiten(inburgeraarId);
        Ondertekening ondertekening = opslag.ondertekening(gemeente(), inburgeraarId)
                .orElseThrow(() -> new Conflict(
                        "pvt.niet.ondertekend",
                        "De participatieverklaring is nog niet ondertekend; er is nog geen certificaat."));
        Certificaat certificaat =
                new Certificaat(inburgeraars.geadresseerde(inburgeraarId).naam(), ondertekening);
        verwerkingslog.gelezen(Verwerkingsactiviteit.PVT_RAADPLEGEN, List.of(persoon.bsn()));
        return certificaat;
    }

    /**
     * For the worklist (R5.4): the signing dates of those of the given people who signed, in one query of the
     * current gemeente. Not logged here: the caller logs its own processing.
     */
    @Transactional(readOnly = true)
    public Map<UUID, LocalDate> ondertekeningen(Collection<UUID> inburgeraarIds) {
        return opslag.ondertekeningen(gemeente(), inburgeraarIds);
    }

    private PvtVoortgang voortgang(InburgeraarFeiten persoon, LocalDate vandaag) {
        List<Aanwezigheid> pvt = pvtAanwezigheden(persoon.id());
        BigDecimal uren = pvt.stream()
                .filter(Aanwezigheid::aanwezig)
                .map(Aanwezigheid::uren)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean activiteit = pvt.stream().anyMatch(a -> a.aanwezig() && a.activiteit());
        Optional<Ondertekening> ondertekening = opslag.ondertekening(gemeente(), persoon.id());
        Optional<LocalDate> einde = persoon.inburgeringstermijn().map(Inburgeringstermijn::einddatum);
        Set<Verwijtbaar> toegestaan = einde.map(e -> new Verwijtbaarheid(
                                ondertekening.map(Ondertekening::datum).orElse(null), e, vandaag)
                        .toegestaan())
                .orElse(Set.of());
        return new PvtVoortgang(
                uren,
                aanbiedersuren.totalen(persoon.id()).pvt(),
                activiteit,
                persoon.inburgeringstermijn().map(Inburgeringstermijn::laatsteDag),
                ondertekening,
                toegestaan,
                pvt);
    }

    private List<Aanwezigheid> pvtAanwezigheden(UUID inburgeraarId) {
        return planning.aanwezigheden(inburgeraarId).stream()
                .filter(a -> a.programma() == Programma.PVT)
                .toList();
    }

    private static String gemeente() {
        return Tenant.vereist().waarde();
    }
}
