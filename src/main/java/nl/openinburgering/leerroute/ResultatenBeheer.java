package nl.openinburgering.leerroute;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.openinburgering.aanbieder.Deelname;
import nl.openinburgering.aanbieder.DeelnameBeheer;
import nl.openinburgering.inburgeraar.Deelnemersgegevens;
import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.inburgeraar.InburgeraarFeiten;
import nl.openinburgering.leerroute.internal.ResultatenOpslag;
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
    private final Clock klok;

    ResultatenBeheer(
            ResultatenOpslag opslag,
            DeelnameBeheer deelnames,
            InburgeraarBeheer inburgeraars,
            Verwerkingslog verwerkingslog,
            Clock klok) {
        this.opslag = opslag;
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
