package nl.openinburgering.aanbieder;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.openinburgering.aanbieder.internal.DeelnameOpslag;
import nl.openinburgering.inburgeraar.Deelnemersgegevens;
import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.inburgeraar.InburgeraarFeiten;
import nl.openinburgering.platform.HuidigeGebruiker;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.platform.Verwerkingsactiviteit;
import nl.openinburgering.platform.Verwerkingsactiviteit.Handeling;
import nl.openinburgering.platform.Verwerkingsactiviteit.Uitkomst;
import nl.openinburgering.platform.Verwerkingslog;
import nl.openinburgering.shared.NietGevonden;

/**
 * Enrolments of people at providers: the consulent enrols and reads within the gemeente; a provider account
 * lists its own participants (never a BSN, never another provider's). Every read or write is logged.
 */
@Service
@Transactional
public class DeelnameBeheer {

    private final DeelnameOpslag deelnames;
    private final AanbiederRegister aanbieders;
    private final InburgeraarBeheer inburgeraars;
    private final Verwerkingslog verwerkingslog;

    DeelnameBeheer(
            DeelnameOpslag deelnames,
            AanbiederRegister aanbieders,
            InburgeraarBeheer inburgeraars,
            Verwerkingslog verwerkingslog) {
        this.deelnames = deelnames;
        this.aanbieders = aanbieders;
        this.inburgeraars = inburgeraars;
        this.verwerkingslog = verwerkingslog;
    }

    /**
     * Enrols a person of the user's gemeente at a provider; {@link Deelname#inschrijven} checks D8, the kind and
     * the dates.
     */
    public Deelname inschrijven(UUID inburgeraarId, NieuweDeelname nieuw) {
        InburgeraarFeiten persoon = inburgeraars.feiten(inburgeraarId);
        Optional<Aanbieder> gecontracteerd = nieuw.aanbiederId() == null
                ? Optional.empty()
                : aanbieders.gecontracteerdeAanbieder(nieuw.aanbiederId());
        Deelname deelname = Deelname.inschrijven(Tenant.vereist(), persoon, nieuw, gecontracteerd);
        deelnames.nieuw(deelname, HuidigeGebruiker.vereist().gebruikersnaam());
        verwerkingslog.vastleggen(
                Verwerkingsactiviteit.DEELNAME_INSCHRIJVEN,
                Handeling.AANMAKEN,
                List.of(persoon.bsn()),
                Uitkomst.GELUKT);
        return deelname;
    }

    /** The person's deelnames, newest first; a person of another gemeente does not exist for this user. */
    public List<Deelname> deelnames(UUID inburgeraarId) {
        InburgeraarFeiten persoon = inburgeraars.feiten(inburgeraarId);
        verwerkingslog.gelezen(Verwerkingsactiviteit.DEELNAMES_RAADPLEGEN, List.of(persoon.bsn()));
        return deelnames.vanInburgeraar(Tenant.vereist().waarde(), inburgeraarId);
    }

    /**
     * One deelname of the user's gemeente, else empty (another gemeente's does not exist for this user). Ids
     * only, so not logged here: the caller logs its processing.
     */
    @Transactional(readOnly = true)
    public Optional<Deelname> deelname(UUID deelnameId) {
        return deelnames.vanGemeente(deelnameId, Tenant.vereist().waarde());
    }

    /**
     * The deelname if it belongs to that provider, else empty (another provider's deelname does not exist
     * for it). Ids only, so not logged here: the caller logs its processing.
     */
    @Transactional(readOnly = true)
    public Optional<Deelname> deelnameVanAanbieder(UUID deelnameId, UUID aanbiederId) {
        return deelnames.vanAanbieder(deelnameId, aanbiederId);
    }

    /** For a provider account: a page of its own participants, newest first. Every person shown is logged. */
    public Page<Deelnemer> deelnemers(Pageable pagina) {
        UUID aanbieder = Tenant.huidigeAanbieder().orElseThrow(() -> new NietGevonden("Aanbieder"));
        List<Deelname> rijen = deelnames.paginaVanAanbieder(aanbieder, pagina.getPageNumber(), pagina.getPageSize());
        Map<UUID, Deelnemersgegevens> personen =
                inburgeraars
                        .voorAanbieder(rijen.stream()
                                .map(Deelname::inburgeraarId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Deelnemersgegevens::id, Function.identity()));
        logPerGemeente(Verwerkingsactiviteit.DEELNAMES_RAADPLEGEN, Handeling.LEZEN, personen.values());
        List<Deelnemer> inhoud = rijen.stream()
                .filter(d -> personen.containsKey(d.inburgeraarId()))
                .map(d -> {
                    Deelnemersgegevens p = Objects.requireNonNull(personen.get(d.inburgeraarId()));
                    return new Deelnemer(
                            d.id(),
                            p.voornamen(),
                            p.geslachtsnaam(),
                            p.geboortedatum(),
                            d.soort(),
                            d.startdatum(),
                            d.einddatum());
                })
                .toList();
        return new PageImpl<>(inhoud, pagina, deelnames.aantalVanAanbieder(aanbieder));
    }

    /**
     * For a provider account: one of its own participants. Another provider's deelname does not exist for it
     * (404). The read is logged.
     */
    public Deelnemer deelnemer(UUID deelnameId) {
        UUID aanbieder = Tenant.huidigeAanbieder().orElseThrow(() -> new NietGevonden("Deelname"));
        Deelname d = deelnames.vanAanbieder(deelnameId, aanbieder).orElseThrow(() -> new NietGevonden("Deelname"));
        Deelnemersgegevens p = inburgeraars.voorAanbieder(List.of(d.inburgeraarId())).stream()
                .findFirst()
                .orElseThrow(() -> new NietGevonden("Deelname"));
        logPerGemeente(Verwerkingsactiviteit.DEELNAMES_RAADPLEGEN, Handeling.LEZEN, List.of(p));
        return new Deelnemer(
                d.id(), p.voornamen(), p.geslachtsnaam(), p.geboortedatum(), d.soort(), d.startdatum(), d.einddatum());
    }

    /**
     * For a provider account: the names ("Haddad, Amina") of its own participants among the given deelname ids
     * (as text, as they come from a file; anything else is left out), by id. The persons named are logged.
     */
    public Map<String, String> namenVanEigenDeelnemers(Collection<String> deelnameIds) {
        UUID aanbieder = Tenant.huidigeAanbieder().orElseThrow(() -> new NietGevonden("Aanbieder"));
        Map<UUID, String> teksten = new HashMap<>();
        for (String tekst : deelnameIds) {
            try {
                teksten.put(UUID.fromString(tekst.strip()), tekst);
            } catch (IllegalArgumentException | NullPointerException geenId) {
                // Not an id: the preview shows the line's own problem for it.
            }
        }
        if (teksten.isEmpty()) {
            return Map.of();
        }
        List<Deelname> eigen = deelnames.vanAanbieder(aanbieder, teksten.keySet());
        Map<UUID, Deelnemersgegevens> personen =
                inburgeraars
                        .voorAanbieder(eigen.stream()
                                .map(Deelname::inburgeraarId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Deelnemersgegevens::id, Function.identity()));
        logPerGemeente(Verwerkingsactiviteit.DEELNAMES_RAADPLEGEN, Handeling.LEZEN, personen.values());
        Map<String, String> namen = new HashMap<>();
        for (Deelname d : eigen) {
            Deelnemersgegevens p = personen.get(d.inburgeraarId());
            String tekst = teksten.get(d.id());
            if (p != null && tekst != null) {
                namen.put(tekst, p.geslachtsnaam() + ", " + p.voornamen());
            }
        }
        return namen;
    }

    /**
     * For a provider account: the ids of its own deelnames that run on {@code datum}, at most {@code aantal},
     * for the hours template. Ids only, no personal data, so not logged.
     */
    @Transactional(readOnly = true)
    public List<UUID> lopendeDeelnameIds(LocalDate datum, int aantal) {
        UUID aanbieder = Tenant.huidigeAanbieder().orElseThrow(() -> new NietGevonden("Aanbieder"));
        return deelnames.paginaVanAanbieder(aanbieder, 0, aantal).stream()
                .filter(d -> d.looptOp(datum))
                .map(Deelname::id)
                .toList();
    }

    /** A provider's processing goes to the log of each person's own gemeente. */
    void logPerGemeente(
            Verwerkingsactiviteit activiteit, Handeling handeling, Collection<Deelnemersgegevens> personen) {
        personen.stream()
                .collect(Collectors.groupingBy(Deelnemersgegevens::gemeentecode))
                .forEach((gemeente, perGemeente) -> verwerkingslog.vastleggen(
                        gemeente,
                        activiteit,
                        handeling,
                        perGemeente.stream().map(Deelnemersgegevens::bsn).toList(),
                        Uitkomst.GELUKT));
    }
}
