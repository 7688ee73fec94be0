package nl.openinburgering.pvt;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.openinburgering.aanbieder.AanbiederRegister;
import nl.openinburgering.aanbieder.Aanbiedersoort;
import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.platform.HuidigeGebruiker;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.platform.Verwerkingsactiviteit;
import nl.openinburgering.platform.Verwerkingsactiviteit.Handeling;
import nl.openinburgering.platform.Verwerkingsactiviteit.Uitkomst;
import nl.openinburgering.platform.Verwerkingslog;
import nl.openinburgering.pvt.internal.PlanningOpslag;
import nl.openinburgering.shared.Bsn;
import nl.openinburgering.shared.NietGevonden;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Vandaag;
import nl.openinburgering.shared.Veldfout;

/**
 * The planning of group meetings (PVT sessions and MAP theme sessions): groups, invitations, sessions and the
 * attendance of a whole group in one action. Always within the user's gemeente, every person touched logged.
 */
@Service
@Transactional
public class Groepsplanning {

    private final PlanningOpslag opslag;
    private final InburgeraarBeheer inburgeraars;
    private final AanbiederRegister aanbieders;
    private final Verwerkingslog verwerkingslog;
    private final Clock klok;

    Groepsplanning(
            PlanningOpslag opslag,
            InburgeraarBeheer inburgeraars,
            AanbiederRegister aanbieders,
            Verwerkingslog verwerkingslog,
            Clock klok) {
        this.opslag = opslag;
        this.aanbieders = aanbieders;
        this.inburgeraars = inburgeraars;
        this.verwerkingslog = verwerkingslog;
        this.klok = klok;
    }

    public Groep maakGroep(@Nullable String naam, @Nullable Programma programma) {
        List<Veldfout> fouten = new ArrayList<>();
        if (naam == null || naam.isBlank()) {
            fouten.add(new Veldfout("naam", "verplicht", "Vul de naam van de groep in."));
        }
        if (programma == null) {
            fouten.add(new Veldfout("programma", "verplicht", "Kies PVT of MAP."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        UUID id = UUID.randomUUID();
        opslag.maakGroep(
                gemeente(),
                id,
                Objects.requireNonNull(naam, "refused above when missing").strip(),
                Objects.requireNonNull(programma, "refused above when missing"),
                HuidigeGebruiker.vereist().gebruikersnaam());
        return vindGroep(id);
    }

    /**
     * A new group with its first members, all or nothing: a member of another gemeente (404) leaves no empty
     * group behind.
     */
    public Groep maakGroep(@Nullable String naam, @Nullable Programma programma, Collection<UUID> deelnemers) {
        Groep groep = maakGroep(naam, programma);
        if (!deelnemers.isEmpty()) {
            nodigUit(groep.id(), deelnemers);
        }
        return groep;
    }

    /** The gemeente's groups, newest first, one page at a time. No personal data: not logged. */
    public Page<Groep> groepen(Pageable pagina) {
        return new PageImpl<>(
                opslag.groepen(gemeente(), (int) pagina.getOffset(), pagina.getPageSize()),
                pagina,
                opslag.aantalGroepen(gemeente()));
    }

    /** A group with the names of its members (a logged read) and its sessions. */
    public GroepDetail groep(UUID groepId) {
        Groep groep = vindGroep(groepId);
        Map<UUID, LocalDate> leden = opslag.uitgenodigd(gemeente(), groepId);
        List<Groepslid> metNaam = new ArrayList<>();
        leden.forEach((id, op) ->
                metNaam.add(new Groepslid(id, inburgeraars.geadresseerde(id).naam(), op)));
        metNaam.sort(Comparator.comparing(Groepslid::naam));
        verwerkingslog.gelezen(Verwerkingsactiviteit.PVT_RAADPLEGEN, bsns(leden.keySet()));
        return new GroepDetail(groep, metNaam, opslag.bijeenkomsten(gemeente(), groepId));
    }

    /** Invites several people at once; a person of another gemeente does not exist (404). */
    public int nodigUit(UUID groepId, Collection<UUID> inburgeraarIds) {
        vindGroep(groepId);
        Set<UUID> nieuw = new LinkedHashSet<>(inburgeraarIds);
        if (nieuw.isEmpty()) {
            throw new OngeldigeInvoer(new Veldfout("deelnemers", "verplicht", "Kies ten minste één persoon."));
        }
        List<Bsn> bsns = bsns(nieuw);
        int aantal = opslag.voegLedenToe(gemeente(), groepId, nieuw, Vandaag.datum(klok));
        verwerkingslog.vastleggen(Verwerkingsactiviteit.PVT_VASTLEGGEN, Handeling.AANMAKEN, bsns, Uitkomst.GELUKT);
        return aantal;
    }

    /** Plans a session of a group; {@link Bijeenkomst#plannen} checks R6.2 and D8. */
    public Bijeenkomst plan(UUID groepId, NieuweBijeenkomst invoer) {
        Groep groep = vindGroep(groepId);
        boolean gecontracteerd = invoer.aanbiederId() == null
                || aanbieders.gecontracteerdeAanbieder(invoer.aanbiederId()).isPresent();
        Bijeenkomst bijeenkomst = Bijeenkomst.plannen(groep, invoer, gecontracteerd);
        opslag.plan(gemeente(), bijeenkomst);
        return bijeenkomst;
    }

    public Bijeenkomst bijeenkomst(UUID groepId, UUID bijeenkomstId) {
        return opslag.bijeenkomst(gemeente(), groepId, bijeenkomstId)
                .orElseThrow(() -> new NietGevonden("Bijeenkomst"));
    }

    /** Who was registered present at a session. */
    public Set<UUID> aanwezigen(UUID groepId, UUID bijeenkomstId) {
        bijeenkomst(groepId, bijeenkomstId);
        return new LinkedHashSet<>(opslag.aanwezigen(gemeente(), bijeenkomstId));
    }

    /**
     * The attendance of the whole group at one session in one action (see
     * {@link Bijeenkomst#registreerAanwezigheid}).
     */
    public void registreerAanwezigheid(UUID groepId, UUID bijeenkomstId, Collection<UUID> aanwezig) {
        Bijeenkomst bijeenkomst = bijeenkomst(groepId, bijeenkomstId);
        List<UUID> leden = opslag.leden(gemeente(), groepId);
        AanwezigheidGeregistreerd geregistreerd =
                bijeenkomst.registreerAanwezigheid(gemeente(), leden, aanwezig, Vandaag.datum(klok));
        opslag.registreerAanwezigheid(
                gemeente(),
                bijeenkomstId,
                leden,
                geregistreerd.aanwezig(),
                HuidigeGebruiker.vereist().gebruikersnaam());
        verwerkingslog.vastleggen(
                Verwerkingsactiviteit.PVT_VASTLEGGEN, Handeling.WIJZIGEN, bsns(leden), Uitkomst.GELUKT);
    }

    /** The invitation letter's content for one member (a logged read of name and address). */
    public Uitnodiging uitnodiging(UUID groepId, UUID inburgeraarId) {
        Groep groep = vindGroep(groepId);
        if (!opslag.leden(gemeente(), groepId).contains(inburgeraarId)) {
            throw new NietGevonden("Groepslid");
        }
        Uitnodiging uitnodiging = new Uitnodiging(
                inburgeraars.geadresseerde(inburgeraarId),
                groep,
                Vandaag.datum(klok),
                opslag.bijeenkomsten(gemeente(), groepId));
        verwerkingslog.gelezen(Verwerkingsactiviteit.PVT_RAADPLEGEN, bsns(List.of(inburgeraarId)));
        return uitnodiging;
    }

    /**
     * The sessions from today on of the groups the person was invited to (PVT and MAP), for the person's own
     * portal. Not logged here: the caller logs its own processing, as with {@link InburgeraarBeheer#feiten}.
     */
    public List<Bijeenkomst> komendeBijeenkomsten(UUID inburgeraarId) {
        return opslag.bijeenkomstenVanLid(gemeente(), inburgeraarId, Vandaag.datum(klok));
    }

    /** The providers contracted by the gemeente that give PVT or MAP, by id and name, for the planning form. */
    public Map<UUID, String> aanbieders(Programma programma) {
        Aanbiedersoort soort = programma == Programma.PVT ? Aanbiedersoort.PVT : Aanbiedersoort.MAP;
        Map<UUID, String> namen = new LinkedHashMap<>();
        aanbieders.gecontracteerd().stream().filter(a -> a.biedt(soort)).forEach(a -> namen.put(a.id(), a.naam()));
        return namen;
    }

    /**
     * A person's registered attendance, for the PVT and MAP progress (R5.2, R5.3, R6.2). Not logged here: the
     * caller logs its own processing, as with {@link InburgeraarBeheer#feiten}.
     */
    public List<Aanwezigheid> aanwezigheden(UUID inburgeraarId) {
        return opslag.aanwezigheden(gemeente(), inburgeraarId);
    }

    private Groep vindGroep(UUID groepId) {
        return opslag.groep(gemeente(), groepId).orElseThrow(() -> new NietGevonden("Groep"));
    }

    private List<Bsn> bsns(Collection<UUID> inburgeraarIds) {
        return inburgeraarIds.stream().map(id -> inburgeraars.feiten(id).bsn()).toList();
    }

    private static String gemeente() {
        return Tenant.vereist().waarde();
    }
}
