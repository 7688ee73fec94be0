package nl.openinburgering.inburgeraar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.openinburgering.inburgeraar.internal.DeelnemerLezer;
import nl.openinburgering.inburgeraar.internal.InburgeraarRepository;
import nl.openinburgering.inburgeraar.internal.InburgeraarZoeker;
import nl.openinburgering.inburgeraar.internal.InstroomTeller;
import nl.openinburgering.inburgeraar.internal.TermijnfeitenLezer;
import nl.openinburgering.platform.Gebruiker;
import nl.openinburgering.platform.HuidigeGebruiker;
import nl.openinburgering.platform.Rol;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.platform.Verwerkingsactiviteit;
import nl.openinburgering.platform.Verwerkingsactiviteit.Handeling;
import nl.openinburgering.platform.Verwerkingsactiviteit.Uitkomst;
import nl.openinburgering.platform.Verwerkingslog;
import nl.openinburgering.shared.Bsn;
import nl.openinburgering.shared.Conflict;
import nl.openinburgering.shared.Gemeentecode;
import nl.openinburgering.shared.NietGevonden;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Vandaag;
import nl.openinburgering.shared.Veldfout;

/**
 * The registry's API for the UI, the REST API and other modules. Always works within the current user's
 * gemeente, and writes a processing-log line for every person whose data it reads or changes.
 */
@Service
@Transactional
public class InburgeraarBeheer {

    private final InburgeraarRepository inburgeraars;
    private final Verwerkingslog verwerkingslog;
    private final ApplicationEventPublisher gebeurtenissen;
    private final TermijnfeitenLezer termijnfeiten;
    private final DeelnemerLezer deelnemers;
    private final InburgeraarZoeker zoeker;
    private final InstroomTeller instroom;
    private final Clock klok;

    InburgeraarBeheer(
            InburgeraarRepository inburgeraars,
            Verwerkingslog verwerkingslog,
            ApplicationEventPublisher gebeurtenissen,
            TermijnfeitenLezer termijnfeiten,
            DeelnemerLezer deelnemers,
            InburgeraarZoeker zoeker,
            InstroomTeller instroom,
            Clock klok) {
        this.termijnfeiten = termijnfeiten;
        this.instroom = instroom;
        this.zoeker = zoeker;
        this.inburgeraars = inburgeraars;
        this.deelnemers = deelnemers;
        this.verwerkingslog = verwerkingslog;
        this.gebeurtenissen = gebeurtenissen;
        this.klok = klok;
    }

    /** Registers a person in the user's gemeente; a BSN with an active file there already is a conflict. */
    public Inburgeraar registreer(Persoonsgegevens gegevens) {
        gegevens.nietInDeToekomst(Vandaag.datum(klok));
        String gemeente = Tenant.vereist().waarde();
        if (inburgeraars.existsByGemeentecodeAndBsnAndActiefTrue(gemeente, gegevens.bsn())) {
            throw new Conflict("bsn.bestaat", "Er is al een actief dossier voor dit BSN in deze gemeente.");
        }
        Inburgeraar nieuw = Inburgeraar.registreer(Tenant.vereist(), gegevens, klok.instant());
        try {
            inburgeraars.save(nieuw);
        } catch (DuplicateKeyException gelijktijdig) {
            throw new Conflict("bsn.bestaat", "Er is al een actief dossier voor dit BSN in deze gemeente.");
        }
        verwerkingslog.vastleggen(
                Verwerkingsactiviteit.INBURGERAAR_REGISTREREN,
                Handeling.AANMAKEN,
                List.of(nieuw.bsn()),
                Uitkomst.GELUKT);
        gebeurtenissen.publishEvent(new InburgeraarGeregistreerd(
                nieuw.id(),
                nieuw.gemeentecode(),
                HuidigeGebruiker.huidige()
                        .filter(g -> g.rol() == Rol.CONSULENT)
                        .map(Gebruiker::gebruikersnaam)
                        .orElse(null)));
        return nieuw;
    }

    /**
     * The demo module's entry point (profile {@code demo} only, ADR 0009): registers fictitious people in the
     * current gemeente ({@link Tenant#alsGemeente}), unless the gemeente already has any file. Runs without a user,
     * so it writes no processing log and publishes no {@link InburgeraarGeregistreerd}: nobody registered them, and
     * the demo module assigns them itself. Returns how many were registered. Refused with a signed-in user, whose
     * registrations are always logged.
     */
    public int registreerDemopersonen(List<Persoonsgegevens> personen) {
        if (HuidigeGebruiker.huidige().isPresent()) {
            throw new IllegalStateException("Alleen voor de demogegevens, zonder ingelogde gebruiker");
        }
        Gemeentecode gemeente = Tenant.vereist();
        if (inburgeraars.countByGemeentecode(gemeente.waarde()) > 0) {
            return 0;
        }
        personen.forEach(gegevens -> inburgeraars.save(Inburgeraar.registreer(gemeente, gegevens, klok.instant())));
        return personen.size();
    }

    /** Opens one file: the read is logged. A file of another gemeente does not exist for this user. */
    @Transactional
    public Inburgeraar raadpleeg(UUID id) {
        Inburgeraar inburgeraar = vind(id);
        verwerkingslog.gelezen(Verwerkingsactiviteit.DOSSIER_RAADPLEGEN, List.of(inburgeraar.bsn()));
        return inburgeraar;
    }

    @Transactional
    public List<Inburgeraar> zoekOpBsn(Bsn bsn) {
        List<Inburgeraar> gevonden = inburgeraars.findByGemeentecodeAndBsnAndActiefTrue(
                Tenant.vereist().waarde(), bsn.waarde());
        verwerkingslog.gelezen(
                Verwerkingsactiviteit.INBURGERAAR_ZOEKEN,
                gevonden.stream().map(Inburgeraar::bsn).toList());
        return gevonden;
    }

    /** At most this many results of one quick search: more means the search was too wide. */
    public static final int MAXIMUM_ZOEKRESULTATEN = 50;

    private static final DateTimeFormatter DATUM_NL = DateTimeFormatter.ofPattern("d-M-uuuu");

    /**
     * The quick search of the header: the gemeente's active files by BSN (nine digits, with the elfproef), date of
     * birth (dd-mm-jjjj or jjjj-mm-dd) or part of the name (at least two letters; every word must occur). Each
     * person found is logged as searched ({@link Verwerkingsactiviteit#INBURGERAAR_ZOEKEN}); at most
     * {@value #MAXIMUM_ZOEKRESULTATEN}, by name.
     */
    @Transactional
    public List<Zoekresultaat> zoek(String zoekterm) {
        String term = zoekterm.strip();
        String gemeente = Tenant.vereist().waarde();
        List<InburgeraarZoeker.Gevonden> gevonden;
        Optional<LocalDate> datum = datum(term);
        if (term.matches("\\d{9}")) {
            gevonden = zoeker.opBsn(gemeente, Bsn.van(term).waarde(), true, MAXIMUM_ZOEKRESULTATEN);
        } else if (datum.isPresent()) {
            gevonden = zoeker.opGeboortedatum(gemeente, datum.get(), true, MAXIMUM_ZOEKRESULTATEN);
        } else if (term.length() >= 2 && !term.matches("[\\d\\s-]+")) {
            gevonden = zoeker.opNaam(gemeente, term, true, MAXIMUM_ZOEKRESULTATEN);
        } else {
            throw new OngeldigeInvoer(
                    new Veldfout(
                            "zoekterm",
                            "zoekterm.ongeldig",
                            "Typ ten minste twee letters van de naam, een geboortedatum (dd-mm-jjjj) of een BSN van 9 cijfers."));
        }
        verwerkingslog.gelezen(
                Verwerkingsactiviteit.INBURGERAAR_ZOEKEN,
                gevonden.stream().map(g -> new Bsn(g.bsn())).toList());
        return gevonden.stream()
                .map(g -> new Zoekresultaat(g.id(), g.voornamen(), g.geslachtsnaam(), g.geboortedatum()))
                .toList();
    }

    private static Optional<LocalDate> datum(String tekst) {
        for (DateTimeFormatter vorm : List.of(DATUM_NL, DateTimeFormatter.ISO_LOCAL_DATE)) {
            try {
                return Optional.of(LocalDate.parse(tekst, vorm));
            } catch (DateTimeParseException geenDatum) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    /** A page of the gemeente's active files; every person shown is a logged read. */
    @Transactional
    public Page<Inburgeraar> overzicht(Pageable pagina) {
        Page<Inburgeraar> resultaat =
                inburgeraars.findByGemeentecodeAndActiefTrue(Tenant.vereist().waarde(), pagina);
        verwerkingslog.gelezen(
                Verwerkingsactiviteit.OVERZICHT_RAADPLEGEN,
                resultaat.getContent().stream().map(Inburgeraar::bsn).toList());
        return resultaat;
    }

    /**
     * Changes a file, but only if {@code geziendeVersie} is still the current version: a stale edit is
     * refused with a conflict and nothing is overwritten.
     */
    public Inburgeraar wijzig(UUID id, long geziendeVersie, Persoonsgegevens gegevens) {
        return wijzig(id, geziendeVersie, gegevens, null);
    }

    /**
     * As {@link #wijzig(UUID, long, Persoonsgegevens)}; R2.8: a changed start of the 10-week term needs {@code
     * redenWijzigingStartTermijn} and is kept as a history line with the user and the moment.
     */
    public Inburgeraar wijzig(
            UUID id, long geziendeVersie, Persoonsgegevens gegevens, @Nullable String redenWijzigingStartTermijn) {
        gegevens.nietInDeToekomst(Vandaag.datum(klok));
        Inburgeraar inburgeraar = vind(id);
        if (inburgeraar.versie() != geziendeVersie) {
            throw verouderd();
        }
        if (!inburgeraar.bsn().waarde().equals(gegevens.bsn())
                && inburgeraars.existsByGemeentecodeAndBsnAndActiefTrue(
                        inburgeraar.gemeentecode().waarde(), gegevens.bsn())) {
            throw new Conflict("bsn.bestaat", "Er is al een actief dossier voor dit BSN in deze gemeente.");
        }
        Bsn vorigBsn = inburgeraar.bsn();
        inburgeraar.wijzig(
                gegevens,
                geziendeVersie,
                redenWijzigingStartTermijn,
                HuidigeGebruiker.vereist().gebruikersnaam(),
                klok.instant());
        try {
            inburgeraars.save(inburgeraar);
        } catch (OptimisticLockingFailureException gelijktijdig) {
            throw verouderd();
        }
        // A corrected BSN is a change for both numbers: each person's inzageverzoek must show it.
        verwerkingslog.vastleggen(
                Verwerkingsactiviteit.INBURGERAAR_WIJZIGEN,
                Handeling.WIJZIGEN,
                vorigBsn.equals(inburgeraar.bsn()) ? List.of(vorigBsn) : List.of(vorigBsn, inburgeraar.bsn()),
                Uitkomst.GELUKT);
        return inburgeraar;
    }

    /** R2.8: the gemeente asked a third party for information it needs for the PIP. */
    public Informatieverzoek vraagInformatie(
            UUID id, @Nullable String derde, @Nullable String omschrijving, @Nullable LocalDate aangevraagdOp) {
        Inburgeraar inburgeraar = vind(id);
        Informatieverzoek verzoek =
                inburgeraar.vraagInformatie(derde, omschrijving, aangevraagdOp, Vandaag.datum(klok));
        opslaanMetLog(inburgeraar);
        return verzoek;
    }

    /** R2.8: the information arrived; the deadline for the PIP becomes at most two weeks later. */
    public Informatieverzoek informatieOntvangen(UUID id, int volgnummer, @Nullable LocalDate ontvangenOp) {
        Inburgeraar inburgeraar = vind(id);
        Informatieverzoek verzoek = inburgeraar.informatieOntvangen(volgnummer, ontvangenOp, Vandaag.datum(klok));
        opslaanMetLog(inburgeraar);
        return verzoek;
    }

    /**
     * R2.8: module duo heard DUO's kennisgeving (SS139) for a person with a file here: the 10-week term starts on
     * DUO's date. Idempotent; runs as the notification's gemeente ({@link Tenant#alsGemeente}), logged.
     */
    public void termijnVaststellingPipGestartDoorDuo(UUID id, LocalDate kennisgeving, String gebeurtenis) {
        Inburgeraar inburgeraar = vind(id);
        if (inburgeraar.startTermijnVaststellingDoorDuo(kennisgeving, gebeurtenis, klok.instant())) {
            try {
                inburgeraars.save(inburgeraar);
            } catch (OptimisticLockingFailureException gelijktijdig) {
                throw verouderd();
            }
            verwerkingslog.vastleggenAlsKoppeling(
                    "DUO-koppeling",
                    Verwerkingsactiviteit.INBURGERAAR_WIJZIGEN,
                    Handeling.WIJZIGEN,
                    List.of(inburgeraar.bsn()),
                    Uitkomst.GELUKT);
        }
    }

    /**
     * Module duo's look-up for a notification or a melding: the active file of this BSN in the current gemeente,
     * if any. Not logged here: the caller logs its own processing (it is a system task without a user).
     */
    @Transactional(readOnly = true)
    public Optional<UUID> actiefDossier(Bsn bsn) {
        return inburgeraars
                .findByGemeentecodeAndBsnAndActiefTrue(Tenant.vereist().waarde(), bsn.waarde())
                .stream()
                .map(Inburgeraar::id)
                .findFirst();
    }

    /** R3.6: registers an extension of the inburgeringstermijn that DUO granted. */
    public Termijnverlenging registreerVerlenging(
            UUID id, @Nullable LocalDate datumBesluit, @Nullable LocalDate nieuweEinddatum, @Nullable String reden) {
        Inburgeraar inburgeraar = vind(id);
        Termijnverlenging verlenging =
                inburgeraar.registreerVerlenging(datumBesluit, nieuweEinddatum, reden, Vandaag.datum(klok));
        opslaanMetLog(inburgeraar);
        return verlenging;
    }

    /**
     * R1.11: closes the file with a reason, the day it ended and an explanation, if {@code geziendeVersie} is still
     * current. Its signals stop and it leaves the worklists (they read only open files).
     */
    public DossierAfgesloten sluitAf(
            UUID id, long geziendeVersie, Afsluitreden reden, LocalDate datum, String toelichting) {
        Inburgeraar inburgeraar = vind(id);
        if (inburgeraar.versie() != geziendeVersie) {
            throw verouderd();
        }
        DossierAfgesloten afgesloten = inburgeraar.sluitAf(
                reden,
                datum,
                toelichting,
                HuidigeGebruiker.vereist().gebruikersnaam(),
                klok.instant(),
                Vandaag.datum(klok));
        opslaanMetLog(inburgeraar);
        return afgesloten;
    }

    /**
     * R1.11: reopens a closed file with a reason. Refused as a conflict when the gemeente has opened another file
     * for the same BSN in the meantime: one open file per person.
     */
    public DossierHeropend heropen(UUID id, long geziendeVersie, String toelichting) {
        Inburgeraar inburgeraar = vind(id);
        if (inburgeraar.versie() != geziendeVersie) {
            throw verouderd();
        }
        DossierHeropend heropend = inburgeraar.heropen(
                toelichting, HuidigeGebruiker.vereist().gebruikersnaam(), klok.instant(), Vandaag.datum(klok));
        if (inburgeraars.existsByGemeentecodeAndBsnAndActiefTrue(
                inburgeraar.gemeentecode().waarde(), inburgeraar.bsn().waarde())) {
            throw new Conflict("bsn.bestaat", "Er is al een actief dossier voor dit BSN in deze gemeente.");
        }
        try {
            opslaanMetLog(inburgeraar);
        } catch (DuplicateKeyException gelijktijdig) {
            throw new Conflict("bsn.bestaat", "Er is al een actief dossier voor dit BSN in deze gemeente.");
        }
        return heropend;
    }

    /**
     * R1.7 and R1.9: records DUO's vrijstelling or ontheffing with its ground and date; a whole one closes the
     * file (R1.11), a partial one takes its parts out of the leerroute.
     */
    public VrijstellingVastgelegd legVrijstellingVast(
            UUID id,
            Vrijstelling.@Nullable Soort soort,
            Vrijstelling.@Nullable Omvang omvang,
            @Nullable String grond,
            @Nullable LocalDate datumBesluit,
            @Nullable Set<Examendeel> onderdelen) {
        Inburgeraar inburgeraar = vind(id);
        VrijstellingVastgelegd vastgelegd = inburgeraar.legVrijstellingVast(
                soort,
                omvang,
                grond,
                datumBesluit,
                onderdelen,
                HuidigeGebruiker.vereist().gebruikersnaam(),
                klok.instant(),
                Vandaag.datum(klok));
        opslaanMetLog(inburgeraar);
        return vastgelegd;
    }

    private void opslaanMetLog(Inburgeraar inburgeraar) {
        try {
            inburgeraars.save(inburgeraar);
        } catch (OptimisticLockingFailureException gelijktijdig) {
            throw verouderd();
        }
        verwerkingslog.vastleggen(
                Verwerkingsactiviteit.INBURGERAAR_WIJZIGEN,
                Handeling.WIJZIGEN,
                List.of(inburgeraar.bsn()),
                Uitkomst.GELUKT);
    }

    /**
     * D6: the number of inburgeringsplichtigen of the user's gemeente per year in which their plicht started and
     * per doelgroep, every file counted (also one closed after a move: the plicht started here). Aggregates only,
     * so not logged.
     */
    @Transactional(readOnly = true)
    public List<Instroom> instroomPerJaar(int vanJaar, int totEnMetJaar) {
        return instroom.tel(Tenant.vereist().waarde(), vanJaar, totEnMetJaar);
    }

    /** The facts other modules' rules need; the caller logs its own processing of them. */
    @Transactional
    public InburgeraarFeiten feiten(UUID id) {
        return vind(id).feiten();
    }

    /**
     * The werkvoorraad's bulk read: the deadline facts (R2.8, R3.4, R3.6) of every active file of the user's
     * gemeente, in three set-based queries. Not logged here: the caller logs the persons it shows.
     */
    @Transactional
    public List<Termijnfeiten> termijnfeiten() {
        return termijnfeitenVan(null);
    }

    /** As {@link #termijnfeiten()}, for the given files only; ids of another gemeente are left out. */
    @Transactional
    public List<Termijnfeiten> termijnfeiten(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : termijnfeitenVan(ids);
    }

    private List<Termijnfeiten> termijnfeitenVan(@Nullable Collection<UUID> ids) {
        return termijnfeiten.lees(Tenant.vereist().waarde(), ids).stream()
                .map(rij -> new Termijnfeiten(
                        rij.id(),
                        new Bsn(rij.bsn()),
                        rij.voornamen(),
                        rij.geslachtsnaam(),
                        rij.geboortedatum(),
                        rij.doelgroep(),
                        Optional.ofNullable(rij.startTermijnVaststellingPip())
                                .map(start -> TermijnVaststellingPip.bereken(start, rij.informatieverzoeken())),
                        Optional.ofNullable(rij.startInburgeringstermijn())
                                .map(start -> Inburgeringstermijn.vanaf(start, rij.termijnverlengingen()))))
                .toList();
    }

    /** To whom a letter goes: name and address. Not logged here: the caller logs its own processing. */
    @Transactional
    public Geadresseerde geadresseerde(UUID id) {
        Inburgeraar inburgeraar = vind(id);
        return new Geadresseerde(inburgeraar.volledigeNaam(), inburgeraar.adres());
    }

    /**
     * R3.4: the person's first PIP is known, here or (after a move) in the previous gemeente; called by
     * {@link TermijnListener}. The first call starts the three-year term the day after the dagtekening; any
     * later call leaves it where it is.
     */
    void pipVastgesteld(UUID id, LocalDate dagtekening) {
        pipVastgesteld(id, dagtekening, Optional.empty());
    }

    /**
     * R3.4, and R3.12 with R3.6: starts the term and takes over an extension DUO granted before a move.
     * Idempotent: a started term and an extension already in place are left as they are.
     */
    void pipVastgesteld(UUID id, LocalDate dagtekening, Optional<OvergenomenVerlenging> verlenging) {
        Inburgeraar inburgeraar = vind(id);
        boolean gestart = inburgeraar.startInburgeringstermijn(dagtekening).isPresent();
        boolean verlengd = verlenging
                .map(v -> inburgeraar.neemVerlengingOver(v, Vandaag.datum(klok)))
                .orElse(false);
        if (gestart || verlengd) {
            try {
                inburgeraars.save(inburgeraar);
            } catch (OptimisticLockingFailureException gelijktijdig) {
                throw verouderd();
            }
        }
    }

    /**
     * For a provider account only (docs/adr/0005): the people among {@code ids} that the database lets the
     * provider see, which are those with a deelname at that provider. Not logged here: the caller logs.
     */
    @Transactional
    public List<Deelnemersgegevens> voorAanbieder(Collection<UUID> ids) {
        if (Tenant.huidigeAanbieder().isEmpty()) {
            throw new NietGevonden("Inburgeraar");
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        return deelnemers.lees(ids);
    }

    private Inburgeraar vind(UUID id) {
        return inburgeraars
                .findByIdAndGemeentecode(id, Tenant.vereist().waarde())
                .orElseThrow(() -> new NietGevonden("Inburgeraar"));
    }

    private static Conflict verouderd() {
        return new Conflict(
                "versie.verouderd",
                "Iemand anders heeft dit dossier intussen gewijzigd. "
                        + "Uw wijziging is niet opgeslagen; laad het dossier opnieuw en voer de wijziging nogmaals in.");
    }
}
