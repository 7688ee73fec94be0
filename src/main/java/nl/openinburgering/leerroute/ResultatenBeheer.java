package nl.openinburgering.leerroute;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.openinburgering.aanbieder.Deelname;
import nl.openinburgering.aanbieder.DeelnameBeheer;
import nl.openinburgering.inburgeraar.Deelnemersgegevens;
import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.inburgeraar.InburgeraarFeiten;
import nl.openinburgering.leerroute.internal.ResultatenOpslag;
import nl.openinburgering.pip.PipBeheer;
import nl.openinburgering.platform.HuidigeGebruiker;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.platform.Verwerkingsactiviteit;
import nl.openinburgering.platform.Verwerkingsactiviteit.Handeling;
import nl.openinburgering.platform.Verwerkingsactiviteit.Uitkomst;
import nl.openinburgering.platform.Verwerkingslog;
import nl.openinburgering.shared.NietGevonden;
import nl.openinburgering.shared.Vandaag;

/**
 * Exam results (R4.1) and progress reports: a provider reports them for its own deelname (another provider's
 * deelname does not exist for it), the consulent reads them within the gemeente. Every read and write is
 * logged, a provider's under the person's own gemeente (docs/adr/0005).
 */
@Service
@Transactional
public class ResultatenBeheer {

    private final ResultatenOpslag opslag;
    private final DeelnameBeheer deelnames;
    private final InburgeraarBeheer inburgeraars;
    private final Verwerkingslog verwerkingslog;
    private final PipBeheer pips;
    private final Clock klok;

    ResultatenBeheer(
            ResultatenOpslag opslag,
            DeelnameBeheer deelnames,
            InburgeraarBeheer inburgeraars,
            Verwerkingslog verwerkingslog,
            PipBeheer pips,
            Clock klok) {
        this.opslag = opslag;
        this.pips = pips;
        this.deelnames = deelnames;
        this.inburgeraars = inburgeraars;
        this.verwerkingslog = verwerkingslog;
        this.klok = klok;
    }

    /** R4.1: a provider reports an exam attempt of its participant; another provider's deelname is 404. */
    public Examenresultaat meldExamen(UUID deelnameId, Examenmelding melding) {
        Deelname deelname = eigenDeelname(deelnameId);
        Examenresultaat resultaat = Examenresultaat.melden(deelname, melding, Vandaag.datum(klok), klok.instant());
        opslag.bewaar(
                resultaat,
                deelname.gemeentecode().waarde(),
                HuidigeGebruiker.vereist().gebruikersnaam());
        logAanbieder(deelname);
        return resultaat;
    }

    /** A provider reports progress on its participant; another provider's deelname is 404. */
    public Voortgangsrapportage meldVoortgang(UUID deelnameId, Voortgangsmelding melding) {
        Deelname deelname = eigenDeelname(deelnameId);
        Voortgangsrapportage rapportage =
                Voortgangsrapportage.melden(deelname, melding, Vandaag.datum(klok), klok.instant());
        opslag.bewaar(
                rapportage,
                deelname.gemeentecode().waarde(),
                HuidigeGebruiker.vereist().gebruikersnaam());
        logAanbieder(deelname);
        return rapportage;
    }

    /** The person's exam results, newest first; a person of another gemeente is not found. */
    public List<Examenresultaat> examens(UUID inburgeraarId) {
        InburgeraarFeiten persoon = inburgeraars.feiten(inburgeraarId);
        verwerkingslog.gelezen(Verwerkingsactiviteit.LEERROUTE_RAADPLEGEN, List.of(persoon.bsn()));
        return opslag.examens(inburgeraarId, Tenant.vereist().waarde());
    }

    /** The person's progress reports, newest first; a person of another gemeente is not found. */
    public List<Voortgangsrapportage> voortgang(UUID inburgeraarId) {
        InburgeraarFeiten persoon = inburgeraars.feiten(inburgeraarId);
        verwerkingslog.gelezen(Verwerkingsactiviteit.LEERROUTE_RAADPLEGEN, List.of(persoon.bsn()));
        return opslag.rapportages(inburgeraarId, Tenant.vereist().waarde());
    }

    /**
     * R4.1: the person's exams against the current vastgesteld PIP's route and niveau; empty without a PIP and for
     * the Z-route. The read is logged.
     */
    public Optional<Examenstand> examenstand(UUID inburgeraarId) {
        List<Examenresultaat> examens = examens(inburgeraarId);
        Set<String> vrijgesteld = vrijgesteld(inburgeraarId);
        return pips.huidigeVastgesteld(inburgeraarId)
                .flatMap(pip -> Examenstand.bereken(pip.leerroute(), pip.niveau(), examens, vrijgesteld));
    }

    /** R1.7 and R1.9: the parts a partial vrijstelling or ontheffing covers, as DUO's codes. */
    private Set<String> vrijgesteld(UUID inburgeraarId) {
        return inburgeraars.feiten(inburgeraarId).vrijgesteldeOnderdelen().stream()
                .map(Enum::name)
                .collect(Collectors.toSet());
    }

    /**
     * R4.1: those of {@code ids} whose leerroute is met: every part passed at the level of their current PIP, or
     * exempted (R1.7, R1.9). For
     * the werkvoorraad, which stops asking about their leerroute; not logged here, the caller logs what it shows.
     */
    public Set<UUID> leerrouteBehaald(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Map<UUID, List<Examenresultaat>> perPersoon = opslag
                .geslaagd(ids, Tenant.vereist().waarde())
                .stream()
                .collect(Collectors.groupingBy(Examenresultaat::inburgeraarId));
        Set<UUID> behaald = new HashSet<>();
        perPersoon.forEach((id, geslaagd) -> pips.huidigeVastgesteld(id)
                .flatMap(pip -> Examenstand.bereken(pip.leerroute(), pip.niveau(), geslaagd, vrijgesteld(id)))
                .filter(Examenstand::behaald)
                .ifPresent(stand -> behaald.add(id)));
        return behaald;
    }

    private Deelname eigenDeelname(UUID deelnameId) {
        UUID aanbieder = Tenant.huidigeAanbieder().orElseThrow(() -> new NietGevonden("Deelname"));
        return deelnames.deelnameVanAanbieder(deelnameId, aanbieder).orElseThrow(() -> new NietGevonden("Deelname"));
    }

    private void logAanbieder(Deelname deelname) {
        List<Deelnemersgegevens> personen = inburgeraars.voorAanbieder(List.of(deelname.inburgeraarId()));
        verwerkingslog.vastleggen(
                deelname.gemeentecode(),
                Verwerkingsactiviteit.LEERRESULTATEN_VASTLEGGEN,
                Handeling.AANMAKEN,
                personen.stream().map(Deelnemersgegevens::bsn).toList(),
                Uitkomst.GELUKT);
    }
}
