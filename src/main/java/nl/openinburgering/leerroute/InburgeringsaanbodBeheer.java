package nl.openinburgering.leerroute;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.openinburgering.aanbieder.Aanbieder;
import nl.openinburgering.aanbieder.AanbiederRegister;
import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.inburgeraar.InburgeraarFeiten;
import nl.openinburgering.leerroute.internal.AanbodOpslag;
import nl.openinburgering.pip.PipBeheer;
import nl.openinburgering.platform.HuidigeGebruiker;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.platform.Verwerkingsactiviteit;
import nl.openinburgering.platform.Verwerkingsactiviteit.Handeling;
import nl.openinburgering.platform.Verwerkingsactiviteit.Uitkomst;
import nl.openinburgering.platform.Verwerkingslog;
import nl.openinburgering.shared.NietGevonden;

/** R4.8: the inburgeringsaanbod of an asielstatushouder, per provider, within the user's gemeente. */
@Service
@Transactional
public class InburgeringsaanbodBeheer {

    private final AanbodOpslag opslag;
    private final InburgeraarBeheer inburgeraars;
    private final PipBeheer pips;
    private final AanbiederRegister aanbieders;
    private final Verwerkingslog verwerkingslog;

    InburgeringsaanbodBeheer(
            AanbodOpslag opslag,
            InburgeraarBeheer inburgeraars,
            PipBeheer pips,
            AanbiederRegister aanbieders,
            Verwerkingslog verwerkingslog) {
        this.opslag = opslag;
        this.inburgeraars = inburgeraars;
        this.pips = pips;
        this.aanbieders = aanbieders;
        this.verwerkingslog = verwerkingslog;
    }

    /**
     * R4.8: registers (or, for the same provider, overwrites) the aanbod after checking it against the person,
     * the current PIP, the inburgeringstermijn and the provider (see {@link Inburgeringsaanbod#registreren}).
     * An unknown provider is not found (404).
     */
    public Inburgeringsaanbod registreer(
            UUID inburgeraarId, UUID aanbiederId, LocalDate startdatum, LocalDate einddatum) {
        InburgeraarFeiten persoon = inburgeraars.feiten(inburgeraarId);
        Aanbieder aanbieder = aanbieders.aanbieder(aanbiederId).orElseThrow(() -> new NietGevonden("Aanbieder"));
        String gemeente = Tenant.vereist().waarde();
        Optional<Inburgeringsaanbod.HuidigePip> pip = pips.huidigeVastgesteld(inburgeraarId)
                .map(p -> new Inburgeringsaanbod.HuidigePip(p.dagtekening().orElseThrow(), p.leerroute()));
        var toets = new Inburgeringsaanbod.Aanbieder(
                aanbieder.gecontracteerdDoor(gemeente),
                startdatum != null && aanbieder.keurmerkGeldigOp(startdatum),
                aanbieder.taalschakelinstelling());
        InburgeringsaanbodGeregistreerd geregistreerd = Inburgeringsaanbod.registreren(
                inburgeraarId,
                gemeente,
                aanbiederId,
                startdatum,
                einddatum,
                persoon.doelgroep(),
                pip,
                persoon.inburgeringstermijn(),
                toets);
        opslag.bewaar(
                gemeente,
                inburgeraarId,
                aanbiederId,
                startdatum,
                einddatum,
                HuidigeGebruiker.vereist().gebruikersnaam());
        verwerkingslog.vastleggen(
                Verwerkingsactiviteit.INBURGERINGSAANBOD_VASTLEGGEN,
                Handeling.WIJZIGEN,
                List.of(persoon.bsn()),
                Uitkomst.GELUKT);
        return opslag.vanPersoon(inburgeraarId, gemeente).stream()
                .filter(a -> a.aanbiederId().equals(aanbiederId))
                .findFirst()
                .orElseThrow();
    }

    /** The person's aanbod at every provider; a person of another gemeente is not found. */
    public List<Inburgeringsaanbod> lijst(UUID inburgeraarId) {
        InburgeraarFeiten persoon = inburgeraars.feiten(inburgeraarId);
        verwerkingslog.gelezen(Verwerkingsactiviteit.LEERROUTE_RAADPLEGEN, List.of(persoon.bsn()));
        return opslag.vanPersoon(inburgeraarId, Tenant.vereist().waarde());
    }
}
