package nl.openinburgering.pip;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import nl.openinburgering.inburgeraar.InburgeraarFeiten;
import nl.openinburgering.shared.Conflict;
import nl.openinburgering.shared.Gemeentecode;

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
    private final Leerroute leerroute;
    private final Niveau niveau;
    private final Integer geschatteIntensiteitB1Route;
    private final Alfabetisering alfabetisering;
    private final boolean indicatieMagOpleidingAfmaken;
    private final String begeleiding;
    private final String afsprakenPvt;
    private final String afsprakenMap;
    private final Integer aantalVoortgangsgesprekken;
    private final String reden;
    private final String opgesteldDoor;
    private final Instant opgesteldOp;
    private LocalDate dagtekening;
    private String vastgesteldDoor;
    @Version
    private Long versie;

    @PersistenceCreator
    Pip(UUID id, String gemeentecode, UUID inburgeraarId, PipStatus status, Leerroute leerroute, Niveau niveau,
            Integer geschatteIntensiteitB1Route, Alfabetisering alfabetisering, boolean indicatieMagOpleidingAfmaken,
            String begeleiding, String afsprakenPvt, String afsprakenMap, Integer aantalVoortgangsgesprekken,
            String reden, String opgesteldDoor, Instant opgesteldOp, LocalDate dagtekening, String vastgesteldDoor,
            Long versie) {
        this.id = id;
        this.gemeentecode = gemeentecode;
        this.inburgeraarId = inburgeraarId;
        this.status = status;
        this.leerroute = leerroute;
        this.niveau = niveau;
        this.geschatteIntensiteitB1Route = geschatteIntensiteitB1Route;
        this.alfabetisering = alfabetisering;
        this.indicatieMagOpleidingAfmaken = indicatieMagOpleidingAfmaken;
        this.begeleiding = begeleiding;
        this.afsprakenPvt = afsprakenPvt;
        this.afsprakenMap = afsprakenMap;
        this.aantalVoortgangsgesprekken = aantalVoortgangsgesprekken;
        this.reden = reden;
        this.opgesteldDoor = opgesteldDoor;
        this.opgesteldOp = opgesteldOp;
        this.dagtekening = dagtekening;
        this.vastgesteldDoor = vastgesteldDoor;
        this.versie = versie;
    }

    /**
     * Drafts a PIP after checking R3.13, R3.3, R2.9, R6.1 and R3.11 against the person and the current PIP.
     */
    static Pip opstellen(Gemeentecode gemeente, InburgeraarFeiten persoon, PipInhoud inhoud, Optional<Pip> vorige,
            double gevolgdeUren, String opsteller) {
        PipRegels.geldig(PipRegels.inhoud(inhoud, persoon, vorige, gevolgdeUren));
        return new Pip(UUID.randomUUID(), gemeente.waarde(), persoon.id(), PipStatus.CONCEPT, inhoud.leerroute(),
                inhoud.niveau(), inhoud.geschatteIntensiteitB1Route(), inhoud.alfabetisering(),
                inhoud.indicatieMagOpleidingAfmaken(), inhoud.begeleiding(), inhoud.afsprakenPvt(),
                inhoud.afsprakenMap(), inhoud.aantalVoortgangsgesprekken(), inhoud.reden(), opsteller, Instant.now(),
                null, null, null);
    }

    /**
     * Makes the draft a beschikking. R3.13: the content rules hold again (the person's facts may have changed
     * since the draft) and the dagtekening may not precede the plicht, the settlement or the previous PIP.
     * A PIP that is no longer a draft cannot be vastgesteld again (409).
     */
    PipVastgesteld vaststellen(LocalDate dagtekening, InburgeraarFeiten persoon, Optional<Pip> vorige,
            double gevolgdeUren, String vaststeller) {
        if (status != PipStatus.CONCEPT) {
            throw new Conflict("pip.al.vastgesteld", "Dit PIP is al vastgesteld; een wijziging is een nieuw PIP.");
        }
        var fouten = PipRegels.inhoud(inhoud(), persoon, vorige, gevolgdeUren);
        fouten.addAll(PipRegels.dagtekening(dagtekening, persoon, vorige));
        PipRegels.geldig(fouten);
        this.status = PipStatus.VASTGESTELD;
        this.dagtekening = dagtekening;
        this.vastgesteldDoor = vaststeller;
        return new PipVastgesteld(id, inburgeraarId, gemeentecode(), dagtekening, vorige.isEmpty());
    }

    /** The previous beschikking is replaced by a newer one (schakelen, afschalen, verhuizing, bezwaar). */
    void vervangen() {
        if (status == PipStatus.VASTGESTELD) {
            status = PipStatus.VERVANGEN;
        }
    }

    PipInhoud inhoud() {
        return new PipInhoud(leerroute, niveau, geschatteIntensiteitB1Route, alfabetisering,
                indicatieMagOpleidingAfmaken, begeleiding, afsprakenPvt, afsprakenMap, aantalVoortgangsgesprekken, reden);
    }

    public UUID id() { return id; }
    public Gemeentecode gemeentecode() { return new Gemeentecode(gemeentecode); }
    public UUID inburgeraarId() { return inburgeraarId; }
    public PipStatus status() { return status; }
    public Leerroute leerroute() { return leerroute; }
    public Niveau niveau() { return niveau; }
    public Integer geschatteIntensiteitB1Route() { return geschatteIntensiteitB1Route; }
    public Alfabetisering alfabetisering() { return alfabetisering; }
    public boolean indicatieMagOpleidingAfmaken() { return indicatieMagOpleidingAfmaken; }
    public String begeleiding() { return begeleiding; }
    public String afsprakenPvt() { return afsprakenPvt; }
    public String afsprakenMap() { return afsprakenMap; }
    public Integer aantalVoortgangsgesprekken() { return aantalVoortgangsgesprekken; }
    public String reden() { return reden; }
    public String opgesteldDoor() { return opgesteldDoor; }
    public Instant opgesteldOp() { return opgesteldOp; }
    public Optional<LocalDate> dagtekening() { return Optional.ofNullable(dagtekening); }
    public String vastgesteldDoor() { return vastgesteldDoor; }
    public long versie() { return versie == null ? 0 : versie; }
}
