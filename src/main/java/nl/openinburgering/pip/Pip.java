package nl.openinburgering.pip;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import nl.openinburgering.inburgeraar.Examendeel;
import nl.openinburgering.inburgeraar.InburgeraarFeiten;
import nl.openinburgering.shared.Conflict;
import nl.openinburgering.shared.Gemeentecode;
import nl.openinburgering.shared.Leerroute;
import nl.openinburgering.shared.Veldfout;

/**
 * One version of a person's PIP. A draft ({@code CONCEPT}) becomes a beschikking when it is vastgesteld; the
 * version it replaces becomes {@code VERVANGEN}. The content is fixed once vastgesteld: a change is a new PIP.
 */
@Table("pip")
public class Pip {

    @Id
    private final UUID id;

    private final String gemeentecode;
    private final UUID inburgeraarId;
    private PipStatus status;

    @SuppressWarnings("NullAway.Init") // set by Spring Data JDBC or by neemOver, never left null
    private Leerroute leerroute;

    private @Nullable Niveau niveau;
    private @Nullable Integer geschatteIntensiteitB1Route;

    @SuppressWarnings("NullAway.Init") // set by Spring Data JDBC or by neemOver, never left null
    private Alfabetisering alfabetisering;

    private boolean indicatieMagOpleidingAfmaken;
    private @Nullable String begeleiding;
    private @Nullable String ondersteuning;
    private @Nullable String afsprakenPvt;
    private @Nullable Integer intensiteitPvtUren;
    private @Nullable String afsprakenMap;
    private @Nullable Integer intensiteitMapUren;
    private @Nullable String inburgeringsaanbod;
    private boolean ontvangtBijstand;
    private @Nullable String afsprakenOntzorgen;
    private @Nullable String afsprakenVve;
    private @Nullable String afsprakenParticipatie;
    private @Nullable Integer aantalVoortgangsgesprekken;
    private @Nullable String reden;
    /** R3.11: the two statutory findings of afschalen and the skills it lowers (comma separated, V211). */
    private boolean afschalingB1NietHaalbaar;

    private boolean afschalingVoldoendeInspanning;
    private @Nullable String afschalingVaardigheden;
    private final String opgesteldDoor;
    private final Instant opgesteldOp;
    private @Nullable LocalDate dagtekening;
    private @Nullable String vastgesteldDoor;
    /** R3.2: when the beschikking was really fixed, by whom ({@code vastgesteldDoor}) and in which function. */
    private @Nullable Instant vastgesteldOp;

    private @Nullable String vastgesteldDoorFunctie;
    /** R3.2: why the dagtekening lies before the day of vaststelling; empty when it does not. */
    private @Nullable String redenEerdereDagtekening;
    /** R3.2: the reasons for the leerroute, taken from the intake when the PIP was fixed. */
    private @Nullable String motiveringLeerroute;
    /** R3.1, R2.1, R2.4: the teamleider's reason to fix the PIP without the minimum content or the intake. */
    private @Nullable String redenAfwijking;
    /** R3.1, R2.1, R2.4: the rule IDs the teamleider deviated from, comma-separated; empty when none. */
    private @Nullable String afgewekenVan;

    @Version
    private @Nullable Long versie;
    /** R3.12: a stand-in for the previous gemeente's PIP after a move; never stored here. */
    @Transient
    private boolean vanVorigeGemeente;

    /** Spring Data JDBC sets the content columns through the fields after this constructor. */
    @PersistenceCreator
    Pip(
            UUID id,
            String gemeentecode,
            UUID inburgeraarId,
            PipStatus status,
            String opgesteldDoor,
            Instant opgesteldOp,
            @Nullable LocalDate dagtekening,
            @Nullable String vastgesteldDoor,
            @Nullable Long versie) {
        this.id = id;
        this.gemeentecode = gemeentecode;
        this.inburgeraarId = inburgeraarId;
        this.status = status;
        this.opgesteldDoor = opgesteldDoor;
        this.opgesteldOp = opgesteldOp;
        this.dagtekening = dagtekening;
        this.vastgesteldDoor = vastgesteldDoor;
        this.versie = versie;
    }

    /**
     * Drafts a PIP after checking R3.13, R3.3, R2.9, R6.1, R3.1, R4.8, R7.1 and R3.11 against the person and
     * the current PIP.
     */
    /**
     * R3.12: the previous gemeente's current PIP as the rules see it: fixed, with its leerroute, level and
     * dagtekening, so that the first PIP here counts as a later PIP and keeps that leerroute.
     */
    @SuppressWarnings("NullAway") // a stand-in only for the rules: no id, author or time of its own, never stored
    static Pip vanVorigeGemeente(Herkomst herkomst) {
        Pip vorige = new Pip(
                null,
                herkomst.vorigeGemeentecode(),
                herkomst.inburgeraarId(),
                PipStatus.VASTGESTELD,
                null,
                null,
                herkomst.dagtekeningHuidigePip(),
                null,
                null);
        vorige.leerroute = herkomst.leerroute();
        vorige.niveau = herkomst.niveau();
        vorige.vanVorigeGemeente = true;
        return vorige;
    }

    public boolean vanVorigeGemeente() {
        return vanVorigeGemeente;
    }

    static Pip opstellen(
            Gemeentecode gemeente,
            InburgeraarFeiten persoon,
            PipInhoud inhoud,
            Optional<Pip> vorige,
            double gevolgdeUren,
            String opsteller,
            Instant opgesteldOp) {
        PipRegels.geldig(PipRegels.inhoud(inhoud, persoon, vorige, gevolgdeUren));
        Pip pip = new Pip(
                UUID.randomUUID(),
                gemeente.waarde(),
                persoon.id(),
                PipStatus.CONCEPT,
                opsteller,
                opgesteldOp,
                null,
                null,
                null);
        pip.neemOver(inhoud);
        return pip;
    }

    /**
     * Replaces the content of a draft, checked by the same rules as drafting (R3.13, R3.3, R2.9, R6.1, R3.1,
     * R4.8, R7.1, R3.11). Only a CONCEPT can change (a beschikking is fixed: 409), and only from the version
     * the editor read (optimistic locking: a stale version is 409, nothing of the other editor is lost).
     */
    void wijzigen(
            long geziendeVersie,
            PipInhoud inhoud,
            InburgeraarFeiten persoon,
            Optional<Pip> vorige,
            double gevolgdeUren) {
        if (status != PipStatus.CONCEPT) {
            throw new Conflict(
                    "pip.al.vastgesteld",
                    "Dit PIP is vastgesteld en kan niet meer worden gewijzigd; " + "een wijziging is een nieuw PIP.");
        }
        if (versie() != geziendeVersie) {
            throw verouderd();
        }
        PipRegels.geldig(PipRegels.inhoud(inhoud, persoon, vorige, gevolgdeUren));
        neemOver(inhoud);
    }

    static Conflict verouderd() {
        return new Conflict("versie.verouderd", "Iemand anders heeft dit PIP intussen gewijzigd; laad het opnieuw.");
    }

    private void neemOver(PipInhoud inhoud) {
        leerroute = inhoud.leerroute();
        niveau = inhoud.niveau();
        geschatteIntensiteitB1Route = inhoud.geschatteIntensiteitB1Route();
        alfabetisering = inhoud.alfabetisering();
        indicatieMagOpleidingAfmaken = inhoud.indicatieMagOpleidingAfmaken();
        begeleiding = inhoud.begeleiding();
        ondersteuning = inhoud.ondersteuning();
        afsprakenPvt = inhoud.afsprakenPvt();
        intensiteitPvtUren = inhoud.intensiteitPvtUren();
        afsprakenMap = inhoud.afsprakenMap();
        intensiteitMapUren = inhoud.intensiteitMapUren();
        inburgeringsaanbod = inhoud.inburgeringsaanbod();
        ontvangtBijstand = inhoud.ontvangtBijstand();
        afsprakenOntzorgen = inhoud.afsprakenOntzorgen();
        afsprakenVve = inhoud.afsprakenVve();
        afsprakenParticipatie = inhoud.afsprakenParticipatie();
        aantalVoortgangsgesprekken = inhoud.aantalVoortgangsgesprekken();
        reden = inhoud.reden();
        afschalingB1NietHaalbaar = inhoud.afschalingB1NietHaalbaar();
        afschalingVoldoendeInspanning = inhoud.afschalingVoldoendeInspanning();
        afschalingVaardigheden = inhoud.afschalingVaardigheden().isEmpty()
                ? null
                : inhoud.afschalingVaardigheden().stream()
                        .sorted()
                        .map(Enum::name)
                        .collect(java.util.stream.Collectors.joining(","));
    }

    /**
     * Makes the draft a beschikking. R3.13: the content rules hold again (the person's facts may have changed
     * since the draft) and the dagtekening may not precede the plicht, the settlement or the previous PIP.
     * A PIP that is no longer a draft cannot be vastgesteld again (409). R3.1, R2.1, R2.4: the minimum content
     * and (for the first PIP here) a held intake with a leerbaarheidstoets result or exemption, unless a
     * teamleider records the reason to deviate; the reason and the rules deviated from are kept with the PIP.
     */
    PipVastgesteld vaststellen(
            Vaststelling vaststelling,
            InburgeraarFeiten persoon,
            Optional<Pip> vorige,
            double gevolgdeUren,
            LocalDate vandaag) {
        if (status != PipStatus.CONCEPT) {
            throw new Conflict("pip.al.vastgesteld", "Dit PIP is al vastgesteld; een wijziging is een nieuw PIP.");
        }
        LocalDate dagtekening = vaststelling.dagtekening();
        var fouten = PipRegels.inhoud(inhoud(), persoon, vorige, gevolgdeUren);
        fouten.addAll(PipRegels.dagtekening(dagtekening, persoon, vorige, vandaag));
        fouten.addAll(PipRegels.terugwerkendeDagtekening(dagtekening, vaststelling.redenEerdereDagtekening(), vandaag));
        var voorwaarden = PipRegels.voorwaarden(inhoud(), vaststelling.intake(), vorige);
        boolean afwijken = !voorwaarden.isEmpty() && vaststelling.redenAfwijking() != null;
        if (!voorwaarden.isEmpty() && !afwijken) {
            fouten.addAll(voorwaarden);
        } else if (afwijken && !vaststelling.magAfwijken()) {
            fouten.addAll(voorwaarden);
            fouten.add(new Veldfout(
                    "redenAfwijking",
                    voorwaarden.getFirst().code(),
                    "Alleen een teamleider kan een PIP vaststellen zonder de verplichte inhoud of de brede intake."));
        }
        PipRegels.geldig(fouten);
        this.redenAfwijking = afwijken ? vaststelling.redenAfwijking() : null;
        this.afgewekenVan = afwijken
                ? String.join(
                        ", ",
                        voorwaarden.stream().map(Veldfout::code).distinct().toList())
                : null;
        this.status = PipStatus.VASTGESTELD;
        this.dagtekening = dagtekening;
        this.vastgesteldDoor = vaststelling.door();
        this.vastgesteldDoorFunctie = vaststelling.functie();
        this.vastgesteldOp = vaststelling.op();
        this.motiveringLeerroute = vaststelling.motiveringLeerroute();
        this.redenEerdereDagtekening =
                dagtekening != null && dagtekening.isBefore(vandaag) ? vaststelling.redenEerdereDagtekening() : null;
        // PipRegels.dagtekening refused a missing dagtekening above.
        return new PipVastgesteld(
                id, inburgeraarId, gemeentecode(), Objects.requireNonNull(dagtekening), vorige.isEmpty());
    }

    /** The previous beschikking is replaced by a newer one (schakelen, afschalen, verhuizing, bezwaar). */
    void vervangen() {
        if (status == PipStatus.VASTGESTELD) {
            status = PipStatus.VERVANGEN;
        }
    }

    public PipInhoud inhoud() {
        return new PipInhoud(
                leerroute,
                niveau,
                geschatteIntensiteitB1Route,
                alfabetisering,
                indicatieMagOpleidingAfmaken,
                begeleiding,
                ondersteuning,
                afsprakenPvt,
                intensiteitPvtUren,
                afsprakenMap,
                intensiteitMapUren,
                inburgeringsaanbod,
                ontvangtBijstand,
                afsprakenOntzorgen,
                afsprakenVve,
                afsprakenParticipatie,
                aantalVoortgangsgesprekken,
                reden,
                afschalingB1NietHaalbaar,
                afschalingVoldoendeInspanning,
                afschalingVaardigheden());
    }

    /** R3.11: B1 is not feasible within the (extended) termijn (a finding of afschalen). */
    public boolean afschalingB1NietHaalbaar() {
        return afschalingB1NietHaalbaar;
    }

    /** R3.11: the person made sufficient effort (a finding of afschalen). */
    public boolean afschalingVoldoendeInspanning() {
        return afschalingVoldoendeInspanning;
    }

    /** R3.11: the skills afschalen lowers to A2, in DUO's order; empty when the PIP does not afschalen. */
    public java.util.SortedSet<Examendeel> afschalingVaardigheden() {
        java.util.SortedSet<Examendeel> vaardigheden = new java.util.TreeSet<>();
        if (afschalingVaardigheden != null && !afschalingVaardigheden.isBlank()) {
            for (String deel : afschalingVaardigheden.split(",")) {
                vaardigheden.add(Examendeel.valueOf(deel.strip()));
            }
        }
        return vaardigheden;
    }

    public UUID id() {
        return id;
    }

    public Gemeentecode gemeentecode() {
        return new Gemeentecode(gemeentecode);
    }

    public UUID inburgeraarId() {
        return inburgeraarId;
    }

    public PipStatus status() {
        return status;
    }

    public Leerroute leerroute() {
        return leerroute;
    }

    public @Nullable Niveau niveau() {
        return niveau;
    }

    public @Nullable Integer geschatteIntensiteitB1Route() {
        return geschatteIntensiteitB1Route;
    }

    public Alfabetisering alfabetisering() {
        return alfabetisering;
    }

    public boolean indicatieMagOpleidingAfmaken() {
        return indicatieMagOpleidingAfmaken;
    }

    public @Nullable String begeleiding() {
        return begeleiding;
    }

    public @Nullable String afsprakenPvt() {
        return afsprakenPvt;
    }

    public @Nullable String ondersteuning() {
        return ondersteuning;
    }

    public @Nullable Integer intensiteitPvtUren() {
        return intensiteitPvtUren;
    }

    public @Nullable String afsprakenMap() {
        return afsprakenMap;
    }

    public @Nullable Integer intensiteitMapUren() {
        return intensiteitMapUren;
    }

    public @Nullable String inburgeringsaanbod() {
        return inburgeringsaanbod;
    }

    public boolean ontvangtBijstand() {
        return ontvangtBijstand;
    }

    public @Nullable String afsprakenOntzorgen() {
        return afsprakenOntzorgen;
    }

    public @Nullable String afsprakenVve() {
        return afsprakenVve;
    }

    public @Nullable String afsprakenParticipatie() {
        return afsprakenParticipatie;
    }

    public @Nullable Integer aantalVoortgangsgesprekken() {
        return aantalVoortgangsgesprekken;
    }

    public @Nullable String reden() {
        return reden;
    }

    public String opgesteldDoor() {
        return opgesteldDoor;
    }

    public Instant opgesteldOp() {
        return opgesteldOp;
    }

    public Optional<LocalDate> dagtekening() {
        return Optional.ofNullable(dagtekening);
    }

    public @Nullable String vastgesteldDoor() {
        return vastgesteldDoor;
    }

    /** R3.2: the moment the beschikking was fixed; empty for a concept and for PIPs fixed before it was kept. */
    public Optional<Instant> vastgesteldOp() {
        return Optional.ofNullable(vastgesteldOp);
    }

    /** R3.2: the function in which the beschikking was signed "namens het college" (mandate). */
    public @Nullable String vastgesteldDoorFunctie() {
        return vastgesteldDoorFunctie;
    }

    /** R3.2: the reasons for the leerroute from the intake (LBT or exemption, findings, deviation), one per line. */
    public @Nullable String motiveringLeerroute() {
        return motiveringLeerroute;
    }

    /** R3.1, R2.1, R2.4: the teamleider's reason to fix this PIP without the minimum content or the intake. */
    public Optional<String> redenAfwijking() {
        return Optional.ofNullable(redenAfwijking);
    }

    /** R3.1, R2.1, R2.4: the rule IDs the teamleider deviated from ("R3.1, R2.1"); empty when none. */
    public Optional<String> afgewekenVan() {
        return Optional.ofNullable(afgewekenVan);
    }

    /** R3.2: the recorded reason for a dagtekening before the day of vaststelling. */
    public @Nullable String redenEerdereDagtekening() {
        return redenEerdereDagtekening;
    }

    public long versie() {
        return versie == null ? 0 : versie;
    }
}
