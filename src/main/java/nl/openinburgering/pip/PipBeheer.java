package nl.openinburgering.pip;

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
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.openinburgering.aanbieder.UrenOverzicht;
import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.inburgeraar.InburgeraarFeiten;
import nl.openinburgering.intake.IntakeBeheer;
import nl.openinburgering.intake.Intakedossier;
import nl.openinburgering.pip.internal.HerkomstOpslag;
import nl.openinburgering.pip.internal.PipRepository;
import nl.openinburgering.pip.internal.PipStandLezer;
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
import nl.openinburgering.shared.Veldfout;

/** Drafting, reading and fixing PIPs, always within the user's gemeente and with a processing-log line. */
@Service
@Transactional
public class PipBeheer {

    private final PipRepository pips;
    private final InburgeraarBeheer inburgeraars;
    private final Verwerkingslog verwerkingslog;
    private final ApplicationEventPublisher gebeurtenissen;
    private final HerkomstOpslag herkomst;
    /** R3.11: the attended hours the providers reported (module aanbieder). */
    private final UrenOverzicht uren;

    private final PipStandLezer stand;
    private final IntakeBeheer intakes;
    private final Clock klok;

    PipBeheer(
            PipRepository pips,
            InburgeraarBeheer inburgeraars,
            Verwerkingslog verwerkingslog,
            ApplicationEventPublisher gebeurtenissen,
            HerkomstOpslag herkomst,
            UrenOverzicht uren,
            PipStandLezer stand,
            IntakeBeheer intakes,
            Clock klok) {
        this.stand = stand;
        this.intakes = intakes;
        this.herkomst = herkomst;
        this.uren = uren;
        this.pips = pips;
        this.inburgeraars = inburgeraars;
        this.verwerkingslog = verwerkingslog;
        this.gebeurtenissen = gebeurtenissen;
        this.klok = klok;
    }

    public Pip opstellen(UUID inburgeraarId, PipInhoud inhoud) {
        InburgeraarFeiten persoon = inburgeraars.feiten(inburgeraarId);
        String gemeente = Tenant.vereist().waarde();
        if (pips.findByInburgeraarIdAndGemeentecodeAndStatus(inburgeraarId, gemeente, PipStatus.CONCEPT)
                .isPresent()) {
            throw conceptBestaat();
        }
        Pip pip = Pip.opstellen(
                Tenant.vereist(),
                persoon,
                inhoud,
                huidige(inburgeraarId),
                urenVoorAfschalen(inburgeraarId),
                HuidigeGebruiker.vereist().gebruikersnaam(),
                klok.instant());
        try {
            pips.save(pip);
        } catch (DuplicateKeyException gelijktijdig) {
            throw conceptBestaat();
        }
        verwerkingslog.vastleggen(
                Verwerkingsactiviteit.PIP_OPSTELLEN, Handeling.AANMAKEN, List.of(persoon.bsn()), Uitkomst.GELUKT);
        return pip;
    }

    /**
     * Replaces the content of the person's concept PIP, from the version the consulent read: a stale version
     * or a PIP that is already vastgesteld gives 409. The same rules as drafting apply (see
     * {@link Pip#wijzigen}).
     */
    public Pip wijzigen(UUID inburgeraarId, UUID pipId, long geziendeVersie, PipInhoud inhoud) {
        InburgeraarFeiten persoon = inburgeraars.feiten(inburgeraarId);
        Pip pip = vind(inburgeraarId, pipId);
        pip.wijzigen(geziendeVersie, inhoud, persoon, huidige(inburgeraarId), urenVoorAfschalen(inburgeraarId));
        try {
            pips.save(pip);
        } catch (OptimisticLockingFailureException gelijktijdig) {
            throw Pip.verouderd();
        }
        verwerkingslog.vastleggen(
                Verwerkingsactiviteit.PIP_OPSTELLEN, Handeling.WIJZIGEN, List.of(persoon.bsn()), Uitkomst.GELUKT);
        return pip;
    }

    /**
     * The rule findings for a PIP being typed, without storing anything: the editor shows them next to the
     * fields while the consulent works (the same checks as drafting; reading the person's facts is logged).
     */
    public List<Veldfout> controleer(UUID inburgeraarId, PipInhoud inhoud) {
        InburgeraarFeiten persoon = inburgeraars.feiten(inburgeraarId);
        List<Veldfout> fouten =
                PipRegels.inhoud(inhoud, persoon, huidige(inburgeraarId), urenVoorAfschalen(inburgeraarId));
        verwerkingslog.gelezen(Verwerkingsactiviteit.PIP_OPSTELLEN, List.of(persoon.bsn()));
        return fouten;
    }

    /** The person's PIPs, newest first. */
    @Transactional
    public List<Pip> lijst(UUID inburgeraarId) {
        InburgeraarFeiten persoon = inburgeraars.feiten(inburgeraarId);
        List<Pip> lijst = pips.findByInburgeraarIdAndGemeentecodeOrderByOpgesteldOpDesc(
                inburgeraarId, Tenant.vereist().waarde());
        verwerkingslog.gelezen(Verwerkingsactiviteit.PIP_RAADPLEGEN, List.of(persoon.bsn()));
        return lijst;
    }

    @Transactional
    public Pip raadpleeg(UUID inburgeraarId, UUID pipId) {
        InburgeraarFeiten persoon = inburgeraars.feiten(inburgeraarId);
        Pip pip = vind(inburgeraarId, pipId);
        verwerkingslog.gelezen(Verwerkingsactiviteit.PIP_RAADPLEGEN, List.of(persoon.bsn()));
        return pip;
    }

    /**
     * R3.2: the content of the beschikking letter. Only a PIP that was vastgesteld is a beschikking; a draft
     * is refused with a conflict (409): it exists, but there is no decision yet. A replaced PIP was a
     * beschikking in its time, so its letter can still be made again. One processing-log line.
     */
    @Transactional
    public Beschikking beschikking(UUID inburgeraarId, UUID pipId) {
        InburgeraarFeiten persoon = inburgeraars.feiten(inburgeraarId);
        Pip pip = vind(inburgeraarId, pipId);
        if (pip.status() == PipStatus.CONCEPT || pip.dagtekening().isEmpty()) {
            throw new Conflict(
                    "pip.geen.beschikking",
                    "Dit PIP is nog een concept. Er is pas een beschikking als het PIP is vastgesteld.");
        }
        Beschikking beschikking = new Beschikking(
                pip,
                inburgeraars.geadresseerde(inburgeraarId),
                persoon.inburgeringstermijn(),
                persoon.vrijgesteldeOnderdelen(),
                persoon.doelgroep());
        verwerkingslog.gelezen(Verwerkingsactiviteit.BESCHIKKING_OPMAKEN, List.of(persoon.bsn()));
        return beschikking;
    }

    /** Which content fields differ between two versions of the person's PIP, the older one as "oud". */
    @Transactional
    public PipVerschillen verschillen(UUID inburgeraarId, UUID pipId, UUID anderePipId) {
        InburgeraarFeiten persoon = inburgeraars.feiten(inburgeraarId);
        Pip deze = vind(inburgeraarId, pipId);
        Pip andere = vind(inburgeraarId, anderePipId);
        boolean dezeIsOuder = deze.opgesteldOp().isBefore(andere.opgesteldOp());
        Pip oud = dezeIsOuder ? deze : andere;
        Pip nieuw = dezeIsOuder ? andere : deze;
        verwerkingslog.gelezen(Verwerkingsactiviteit.PIP_RAADPLEGEN, List.of(persoon.bsn()));
        return new PipVerschillen(oud, nieuw, PipVerschil.tussen(oud.inhoud(), nieuw.inhoud()));
    }

    /**
     * Fixes the draft as a beschikking (R3.13 checked again) and replaces the previous one; its
     * {@link PipVastgesteld} starts the inburgeringstermijn when this is the first PIP (R3.4), once this
     * transaction committed. With the gemeente's four-eyes policy on (the
     * default), a teamleider who did not draft it must fix it.
     */
    public Pip vaststellen(UUID inburgeraarId, UUID pipId, @Nullable LocalDate dagtekening) {
        return vaststellen(inburgeraarId, pipId, dagtekening, null);
    }

    /**
     * As {@link #vaststellen(UUID, UUID, LocalDate)}, but only the version the teamleider read
     * ({@code geziendeVersie}): a beschikking about content the teamleider did not see is refused (409).
     */
    public Pip vaststellen(
            UUID inburgeraarId, UUID pipId, @Nullable LocalDate dagtekening, @Nullable Long geziendeVersie) {
        return vaststellen(inburgeraarId, pipId, dagtekening, null, geziendeVersie);
    }

    /**
     * As {@link #vaststellen(UUID, UUID, LocalDate, Long)}, recording when the PIP was fixed, by whom and in which
     * function (R3.2, signed "namens het college"). A dagtekening before today needs {@code
     * redenEerdereDagtekening} (R3.2, Awb 6:8); the reason is kept and shown on the letter and the dashboard.
     */
    public Pip vaststellen(
            UUID inburgeraarId,
            UUID pipId,
            @Nullable LocalDate dagtekening,
            @Nullable String redenEerdereDagtekening,
            @Nullable Long geziendeVersie) {
        return vaststellen(inburgeraarId, pipId, dagtekening, redenEerdereDagtekening, null, geziendeVersie);
    }

    /**
     * As {@link #vaststellen(UUID, UUID, LocalDate, String, Long)}. R3.1, R2.1, R2.4: without the minimum content
     * or (for the first PIP here) a held brede intake with a leerbaarheidstoets result or exemption the PIP is
     * refused, unless a teamleider gives {@code redenAfwijking}; a consulent cannot deviate.
     */
    public Pip vaststellen(
            UUID inburgeraarId,
            UUID pipId,
            @Nullable LocalDate dagtekening,
            @Nullable String redenEerdereDagtekening,
            @Nullable String redenAfwijking,
            @Nullable Long geziendeVersie) {
        InburgeraarFeiten persoon = inburgeraars.feiten(inburgeraarId);
        Pip pip = vind(inburgeraarId, pipId);
        Gebruiker vaststeller = HuidigeGebruiker.vereist();
        vierOgen(pip, vaststeller);
        if (geziendeVersie != null && pip.status() == PipStatus.CONCEPT && pip.versie() != geziendeVersie) {
            throw Pip.verouderd();
        }
        Optional<Pip> vorige = huidige(inburgeraarId).filter(huidige -> !pipId.equals(huidige.id()));
        Intakedossier intake = intakes.raadpleeg(inburgeraarId);
        PipVastgesteld vastgesteld = pip.vaststellen(
                new Vaststelling(
                        dagtekening,
                        redenEerdereDagtekening,
                        vaststeller.gebruikersnaam(),
                        vaststeller.rol().omschrijving(),
                        klok.instant(),
                        Routemotivering.uit(intake, pip.leerroute()).orElse(null),
                        Intakestand.uit(intake),
                        redenAfwijking,
                        vaststeller.rol() == Rol.TEAMLEIDER),
                persoon,
                vorige,
                urenVoorAfschalen(inburgeraarId),
                Vandaag.datum(klok));
        try {
            vorige.filter(oud -> !oud.vanVorigeGemeente()).ifPresent(oud -> {
                oud.vervangen();
                pips.save(oud);
            });
            pips.save(pip);
        } catch (OptimisticLockingFailureException gelijktijdig) {
            throw Pip.verouderd();
        }
        verwerkingslog.vastleggen(
                Verwerkingsactiviteit.PIP_VASTSTELLEN, Handeling.WIJZIGEN, List.of(persoon.bsn()), Uitkomst.GELUKT);
        gebeurtenissen.publishEvent(vastgesteld);
        return pip;
    }

    /**
     * The werkvoorraad's bulk read: the current beschikking of every person of the user's gemeente that has
     * one, in one set-based query. Not logged here: the caller logs the persons it shows.
     */
    @Transactional
    public List<PipStand> stand() {
        return stand.lees(Tenant.vereist().waarde(), null);
    }

    /**
     * The persons of the user's gemeente with a concept PIP, for the overview's stage column. Ids only; the
     * caller logs the persons it shows.
     */
    @Transactional(readOnly = true)
    public Set<UUID> metConcept() {
        return stand.metConcept(Tenant.vereist().waarde());
    }

    /** As {@link #stand()}, for the given persons only. */
    @Transactional
    public List<PipStand> stand(Collection<UUID> inburgeraarIds) {
        return inburgeraarIds.isEmpty()
                ? List.of()
                : stand.lees(Tenant.vereist().waarde(), inburgeraarIds);
    }

    /**
     * The person's current vastgesteld PIP in the user's gemeente, for other modules' rules (R4.4, R4.8).
     * Not logged here: the caller logs its own processing.
     */
    @Transactional
    public Optional<Pip> huidigeVastgesteld(UUID inburgeraarId) {
        return pips.findByInburgeraarIdAndGemeentecodeAndStatus(
                inburgeraarId, Tenant.vereist().waarde(), PipStatus.VASTGESTELD);
    }

    /** The gemeente's policy (beleidsregel): does a PIP need a second pair of eyes? Default: yes. */
    public boolean vierOgenBeleid() {
        return pips.vierOgen(Tenant.vereist().waarde());
    }

    /** Sets the gemeente's four-eyes policy; the functioneel beheerder decides, for the own gemeente only. */
    public void stelVierOgenBeleidIn(boolean vierOgen) {
        pips.stelVierOgenIn(Tenant.vereist().waarde(), vierOgen);
    }

    private void vierOgen(Pip pip, Gebruiker vaststeller) {
        if (!pips.vierOgen(Tenant.vereist().waarde())) {
            return;
        }
        if (vaststeller.rol() != Rol.TEAMLEIDER) {
            throw new NietToegestaan(
                    "Volgens het beleid van de gemeente stelt een teamleider het PIP vast (vier ogen).");
        }
        if (vaststeller.gebruikersnaam().equals(pip.opgesteldDoor())) {
            throw new NietToegestaan("Wie het PIP opstelde, stelt het niet zelf vast (vier ogen).");
        }
    }

    /** The own current beschikking, or after a move the previous gemeente's (R3.12) until there is one here. */
    private Optional<Pip> huidige(UUID inburgeraarId) {
        String gemeente = Tenant.vereist().waarde();
        return pips.findByInburgeraarIdAndGemeentecodeAndStatus(inburgeraarId, gemeente, PipStatus.VASTGESTELD)
                .or(() -> herkomst.vind(inburgeraarId, gemeente).map(Pip::vanVorigeGemeente));
    }

    /**
     * R3.11 with R2.10: the NT2/KNM hours a provider reported as attended, brede-intake hours excluded (those
     * are a separate kind and never part of {@code taallesKnm}).
     */
    private double urenVoorAfschalen(UUID inburgeraarId) {
        return uren.totalen(inburgeraarId).taallesKnm().doubleValue();
    }

    private Pip vind(UUID inburgeraarId, UUID pipId) {
        return pips.findByIdAndInburgeraarIdAndGemeentecode(
                        pipId, inburgeraarId, Tenant.vereist().waarde())
                .orElseThrow(() -> new NietGevonden("PIP"));
    }

    private static Conflict conceptBestaat() {
        return new Conflict(
                "pip.concept.bestaat",
                "Er is al een concept-PIP voor deze persoon. Stel dat eerst vast of pas het aan.");
    }
}
