package nl.openinburgering.begeleiding;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.openinburgering.begeleiding.internal.BegeleidingOpslag;
import nl.openinburgering.inburgeraar.Geadresseerde;
import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.inburgeraar.InburgeraarFeiten;
import nl.openinburgering.inburgeraar.Termijnfeiten;
import nl.openinburgering.platform.Gebruiker;
import nl.openinburgering.platform.HuidigeGebruiker;
import nl.openinburgering.platform.Rol;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.platform.Verwerkingsactiviteit;
import nl.openinburgering.platform.Verwerkingsactiviteit.Handeling;
import nl.openinburgering.platform.Verwerkingsactiviteit.Uitkomst;
import nl.openinburgering.platform.Verwerkingslog;
import nl.openinburgering.shared.Conflict;
import nl.openinburgering.shared.NietGevonden;
import nl.openinburgering.shared.NietToegestaan;
import nl.openinburgering.shared.Vandaag;

/**
 * Maatschappelijke begeleiding within the user's gemeente. The consulent starts a traject and reads it in the
 * person's file; a begeleider reaches only the trajecten of their own partner organisation (anything else is
 * "not found") and sees only what guidance needs ({@link Begeleiding}). Every read and change is logged.
 */
@Service
@Transactional
public class BegeleidingBeheer {

    private static final Set<Rol> GEMEENTE = EnumSet.of(Rol.CONSULENT, Rol.TEAMLEIDER);

    private final BegeleidingOpslag opslag;
    private final InburgeraarBeheer inburgeraars;
    private final Verwerkingslog verwerkingslog;
    private final Clock klok;

    BegeleidingBeheer(
            BegeleidingOpslag opslag, InburgeraarBeheer inburgeraars, Verwerkingslog verwerkingslog, Clock klok) {
        this.opslag = opslag;
        this.inburgeraars = inburgeraars;
        this.verwerkingslog = verwerkingslog;
        this.klok = klok;
    }

    /** The partner organisations of the gemeente. */
    @Transactional(readOnly = true)
    public List<Partner> partners() {
        return opslag.partners(gemeente());
    }

    /**
     * R8.1, D7, R8.4: the consulent starts the person's traject with a partner, for the gemeente's agreed
     * duration. One per person: a second is a conflict (409).
     */
    public Begeleidingstraject start(UUID inburgeraarId, @Nullable UUID partnerId, @Nullable LocalDate startdatum) {
        vereisRol(EnumSet.of(Rol.CONSULENT));
        InburgeraarFeiten persoon = inburgeraars.feiten(inburgeraarId);
        if (opslag.trajectVan(gemeente(), inburgeraarId).isPresent()) {
            throw bestaatAl();
        }
        Partner partner = partners().stream()
                .filter(p -> p.id().equals(partnerId))
                .findFirst()
                .orElse(null);
        Begeleidingstraject traject = Begeleidingstraject.start(
                inburgeraarId, persoon.doelgroep(), partner, startdatum, duurMaanden(), vandaag());
        try {
            opslag.bewaar(gemeente(), traject, gebruiker().gebruikersnaam());
        } catch (DuplicateKeyException gelijktijdig) {
            throw bestaatAl();
        }
        verwerkingslog.vastleggen(
                Verwerkingsactiviteit.BEGELEIDING_VASTLEGGEN,
                Handeling.AANMAKEN,
                List.of(persoon.bsn()),
                Uitkomst.GELUKT);
        return traject;
    }

    /** The person's traject with its contact moments, for the consulent and teamleider (a logged read). */
    public Optional<Begeleiding> inDossier(UUID inburgeraarId) {
        vereisRol(GEMEENTE);
        InburgeraarFeiten persoon = inburgeraars.feiten(inburgeraarId);
        verwerkingslog.gelezen(Verwerkingsactiviteit.BEGELEIDING_RAADPLEGEN, List.of(persoon.bsn()));
        return opslag.trajectVan(gemeente(), inburgeraarId).map(traject -> begeleiding(traject, persoon));
    }

    /**
     * For the inburgeraar's own portal: the partner organisation of the person's running traject and how to
     * reach it (issue 18). Only the role INBURGERAAR; the portal passes the person of the account, never one
     * from a request. A logged read.
     */
    public Optional<Partnercontact> partnercontact(UUID inburgeraarId) {
        vereisRol(EnumSet.of(Rol.INBURGERAAR));
        InburgeraarFeiten persoon = inburgeraars.feiten(inburgeraarId);
        Optional<Partnercontact> contact = opslag.partnercontact(gemeente(), inburgeraarId);
        if (contact.isPresent()) {
            verwerkingslog.gelezen(Verwerkingsactiviteit.BEGELEIDING_RAADPLEGEN, List.of(persoon.bsn()));
        }
        return contact;
    }

    /**
     * The begeleider's list "Mijn begeleidingen": the trajecten of their partner, a page at a time. A begeleider
     * not (yet) linked to a partner has an empty list, not an error: the menu offers the page to the role.
     */
    public Page<Begeleidingsregel> mijnBegeleidingen(Pageable pagina) {
        Optional<UUID> eigen = gebruiker().rol() == Rol.MAATSCHAPPELIJK_BEGELEIDER
                ? opslag.partnerVan(gemeente(), gebruiker().gebruikersnaam())
                : Optional.empty();
        if (eigen.isEmpty()) {
            return Page.empty(pagina);
        }
        UUID partner = eigen.get();
        List<Begeleidingstraject> trajecten =
                opslag.trajectenVan(gemeente(), partner, (int) pagina.getOffset(), pagina.getPageSize());
        Map<UUID, Termijnfeiten> personen =
                inburgeraars
                        .termijnfeiten(trajecten.stream()
                                .map(Begeleidingstraject::inburgeraarId)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Termijnfeiten::id, Function.identity()));
        verwerkingslog.gelezen(
                Verwerkingsactiviteit.BEGELEIDING_RAADPLEGEN,
                personen.values().stream().map(Termijnfeiten::bsn).toList());
        List<Begeleidingsregel> regels = trajecten.stream()
                .flatMap(t -> Optional.ofNullable(personen.get(t.inburgeraarId()))
                        .map(p -> new Begeleidingsregel(
                                t.id(), p.volledigeNaam(), t.startdatum(), t.einddatum(), t.afgesloten()))
                        .stream())
                .toList();
        return new PageImpl<>(regels, pagina, opslag.aantalVan(gemeente(), partner));
    }

    /** One traject of the begeleider's own partner; any other traject is not found (404). A logged read. */
    public Begeleiding begeleiding(UUID trajectId) {
        Begeleidingstraject traject = eigenTraject(trajectId);
        InburgeraarFeiten persoon = inburgeraars.feiten(traject.inburgeraarId());
        verwerkingslog.gelezen(Verwerkingsactiviteit.BEGELEIDING_RAADPLEGEN, List.of(persoon.bsn()));
        return begeleiding(traject, persoon);
    }

    /** The begeleider records a contact moment on an open traject of their partner (R8.3: its hours count). */
    public Contactmoment legContactVast(UUID trajectId, NieuwContactmoment nieuw) {
        Begeleidingstraject traject = eigenTraject(trajectId);
        if (traject.afgesloten()) {
            throw new Conflict("begeleiding.afgesloten", "Dit begeleidingstraject is al afgesloten.");
        }
        nieuw.toets(traject, vandaag());
        Contactmoment moment = new Contactmoment(
                UUID.randomUUID(),
                trajectId,
                Objects.requireNonNull(nieuw.datum()),
                Objects.requireNonNull(nieuw.onderwerp()),
                Objects.requireNonNull(nieuw.uren()),
                Objects.requireNonNull(nieuw.notitie()).strip(),
                Optional.ofNullable(nieuw.praktischeHulp()).map(String::strip).filter(h -> !h.isEmpty()),
                gebruiker().gebruikersnaam());
        opslag.voegToe(gemeente(), traject.inburgeraarId(), moment);
        logWijziging(traject.inburgeraarId(), Handeling.AANMAKEN);
        return moment;
    }

    /** The begeleider closes the traject with a summary that the consulent reads in the person's file. */
    public Begeleidingstraject sluitAf(UUID trajectId, @Nullable LocalDate datum, @Nullable String samenvatting) {
        Begeleidingstraject traject = eigenTraject(trajectId);
        Begeleidingstraject afgesloten =
                traject.sluitAf(datum, samenvatting, gebruiker().gebruikersnaam(), vandaag());
        if (!opslag.sluitAf(gemeente(), afgesloten)) {
            throw new Conflict("begeleiding.afgesloten", "Dit begeleidingstraject is al afgesloten.");
        }
        logWijziging(traject.inburgeraarId(), Handeling.WIJZIGEN);
        return afgesloten;
    }

    /** R8.4: the gemeente's agreed duration in months (default {@value Begeleidingstraject#STANDAARD_DUUR_MAANDEN}). */
    @Transactional(readOnly = true)
    public int duurMaanden() {
        return opslag.duurMaanden(gemeente()).orElse(Begeleidingstraject.STANDAARD_DUUR_MAANDEN);
    }

    /** R8.4: the functioneel beheerder sets the agreed duration for new trajecten, 1 to 60 months. */
    public void stelDuurIn(int maanden) {
        vereisRol(EnumSet.of(Rol.FUNCTIONEEL_BEHEERDER));
        Begeleidingstraject.toetsDuur(maanden);
        opslag.stelDuurIn(gemeente(), maanden, gebruiker().gebruikersnaam());
    }

    /**
     * R8.3: the hours of maatschappelijke begeleiding per person, which count toward the Z-route's participation
     * hours; persons without any have none in the map. For other modules' rules: not logged, the caller logs.
     */
    @Transactional(readOnly = true)
    public Map<UUID, BigDecimal> participatieuren(Collection<UUID> inburgeraarIds) {
        return opslag.uren(gemeente(), inburgeraarIds);
    }

    /** R8.3: as {@link #participatieuren(Collection)} for one person; zero without contact moments. */
    @Transactional(readOnly = true)
    public BigDecimal participatieuren(UUID inburgeraarId) {
        return participatieuren(List.of(inburgeraarId)).getOrDefault(inburgeraarId, BigDecimal.ZERO);
    }

    /**
     * R8.4: the open trajecten among these persons whose agreed duration ends within {@code wekenVooraf} weeks of
     * the peildatum (or has passed), for the worklist. Ids only; not logged, the worklist logs what it shows.
     */
    @Transactional(readOnly = true)
    public List<TrajectEinde> eindigend(Collection<UUID> inburgeraarIds, LocalDate peildatum, int wekenVooraf) {
        return opslag.openTrajecten(gemeente(), inburgeraarIds).stream()
                .filter(t -> t.eindeInZicht(peildatum, wekenVooraf))
                .map(t ->
                        new TrajectEinde(t.inburgeraarId(), t.id(), t.partner().naam(), t.einddatum()))
                .toList();
    }

    private Begeleiding begeleiding(Begeleidingstraject traject, InburgeraarFeiten persoon) {
        Geadresseerde geadresseerde = inburgeraars.geadresseerde(persoon.id());
        return new Begeleiding(
                traject,
                geadresseerde.naam(),
                persoon.bsn().gemaskeerd(),
                geadresseerde.adres(),
                opslag.contactmomenten(gemeente(), traject.id()));
    }

    /** The begeleider's own partner; a user who is no linked begeleider has no trajecten to find. */
    private UUID eigenPartner() {
        Gebruiker gebruiker = gebruiker();
        if (gebruiker.rol() != Rol.MAATSCHAPPELIJK_BEGELEIDER) {
            throw new NietGevonden("Begeleidingstraject");
        }
        return opslag.partnerVan(gemeente(), gebruiker.gebruikersnaam())
                .orElseThrow(() -> new NietGevonden("Begeleidingstraject"));
    }

    private Begeleidingstraject eigenTraject(UUID trajectId) {
        UUID partner = eigenPartner();
        return opslag.traject(gemeente(), trajectId)
                .filter(t -> t.partner().id().equals(partner))
                .orElseThrow(() -> new NietGevonden("Begeleidingstraject"));
    }

    private void logWijziging(UUID inburgeraarId, Handeling handeling) {
        verwerkingslog.vastleggen(
                Verwerkingsactiviteit.BEGELEIDING_VASTLEGGEN,
                handeling,
                List.of(inburgeraars.feiten(inburgeraarId).bsn()),
                Uitkomst.GELUKT);
    }

    private static void vereisRol(Set<Rol> rollen) {
        if (!rollen.contains(gebruiker().rol())) {
            throw new NietToegestaan("Deze handeling hoort niet bij uw rol.");
        }
    }

    private static Conflict bestaatAl() {
        return new Conflict("begeleiding.bestaat", "R8.1: deze persoon heeft al een begeleidingstraject.");
    }

    private static Gebruiker gebruiker() {
        return HuidigeGebruiker.vereist();
    }

    private static String gemeente() {
        return Tenant.vereist().waarde();
    }

    private LocalDate vandaag() {
        return Vandaag.datum(klok);
    }
}
