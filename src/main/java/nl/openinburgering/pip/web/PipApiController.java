package nl.openinburgering.pip.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.openinburgering.inburgeraar.Examendeel;
import nl.openinburgering.pip.Alfabetisering;
import nl.openinburgering.pip.Niveau;
import nl.openinburgering.pip.Pip;
import nl.openinburgering.pip.PipBeheer;
import nl.openinburgering.pip.PipInhoud;
import nl.openinburgering.pip.PipStatus;
import nl.openinburgering.shared.Leerroute;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/** {@code /api/v1/inburgeraars/{id}/pips} as fixed by the API contract ({@code api.md}, "PIP"). */
@RestController
@RequestMapping(path = "/api/v1/inburgeraars/{inburgeraarId}/pips", produces = "application/json")
@Tag(name = "pips", description = "Plan Inburgering en Participatie: opstellen en vaststellen")
class PipApiController {

    private final PipBeheer beheer;

    PipApiController(PipBeheer beheer) {
        this.beheer = beheer;
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Stel een PIP op (status CONCEPT)", operationId = "stelPipOp")
    ResponseEntity<PipJson> opstellen(@PathVariable UUID inburgeraarId, @RequestBody PipInvoer invoer) {
        Pip pip = beheer.opstellen(inburgeraarId, invoer.inhoud());
        return ResponseEntity.created(URI.create("/api/v1/inburgeraars/" + inburgeraarId + "/pips/" + pip.id()))
                .body(PipJson.van(pip));
    }

    @GetMapping
    @Operation(summary = "De PIP's van een inburgeraar, nieuwste eerst", operationId = "lijstPips")
    Lijst lijst(@PathVariable UUID inburgeraarId) {
        return new Lijst(beheer.lijst(inburgeraarId).stream().map(PipJson::van).toList());
    }

    @GetMapping("/{pipId}")
    @Operation(summary = "Haal een PIP op", operationId = "haalPipOp")
    PipJson raadpleeg(@PathVariable UUID inburgeraarId, @PathVariable UUID pipId) {
        return PipJson.van(beheer.raadpleeg(inburgeraarId, pipId));
    }

    @PutMapping(path = "/{pipId}", consumes = "application/json")
    @Operation(summary = "Vervang de inhoud van een concept-PIP (met de versie die u las)", operationId = "wijzigPip")
    PipJson wijzigen(@PathVariable UUID inburgeraarId, @PathVariable UUID pipId, @RequestBody PipInvoer invoer) {
        if (invoer.versie() == null) {
            throw new OngeldigeInvoer(new Veldfout(
                    "versie",
                    "verplicht",
                    "Geef de versie mee die u heeft gelezen, zodat geen wijziging van een ander verloren gaat."));
        }
        return PipJson.van(beheer.wijzigen(inburgeraarId, pipId, invoer.versie(), invoer.inhoud()));
    }

    @PostMapping(path = "/{pipId}/vaststelling", consumes = "application/json")
    @Operation(summary = "Stel het PIP vast als beschikking", operationId = "stelPipVast")
    PipJson vaststellen(
            @PathVariable UUID inburgeraarId, @PathVariable UUID pipId, @RequestBody Vaststelling vaststelling) {
        return PipJson.van(beheer.vaststellen(
                inburgeraarId,
                pipId,
                vaststelling.dagtekening(),
                vaststelling.redenEerdereDagtekening(),
                vaststelling.redenAfwijking(),
                null));
    }

    /** The PIP content; {@code versie} only when replacing a concept. */
    record PipInvoer(
            Leerroute leerroute,
            Niveau niveau,
            Integer geschatteIntensiteitB1Route,
            Alfabetisering alfabetisering,
            Boolean indicatieMagOpleidingAfmaken,
            String begeleiding,
            String ondersteuning,
            String afsprakenPvt,
            Integer intensiteitPvtUren,
            String afsprakenMap,
            Integer intensiteitMapUren,
            String inburgeringsaanbod,
            Boolean ontvangtBijstand,
            String afsprakenOntzorgen,
            String afsprakenVve,
            String afsprakenParticipatie,
            Integer aantalVoortgangsgesprekken,
            String reden,
            Long versie,
            Boolean afschalingB1NietHaalbaar,
            Boolean afschalingVoldoendeInspanning,
            List<Examendeel> afschalingVaardigheden) {

        PipInhoud inhoud() {
            return new PipInhoud(
                    leerroute,
                    niveau,
                    geschatteIntensiteitB1Route,
                    alfabetisering,
                    Boolean.TRUE.equals(indicatieMagOpleidingAfmaken),
                    begeleiding,
                    ondersteuning,
                    afsprakenPvt,
                    intensiteitPvtUren,
                    afsprakenMap,
                    intensiteitMapUren,
                    inburgeringsaanbod,
                    Boolean.TRUE.equals(ontvangtBijstand),
                    afsprakenOntzorgen,
                    afsprakenVve,
                    afsprakenParticipatie,
                    aantalVoortgangsgesprekken,
                    reden,
                    Boolean.TRUE.equals(afschalingB1NietHaalbaar),
                    Boolean.TRUE.equals(afschalingVoldoendeInspanning),
                    afschalingVaardigheden == null ? Set.of() : Set.copyOf(afschalingVaardigheden));
        }
    }

    /**
     * R3.2: a dagtekening before today needs {@code redenEerdereDagtekening}. R3.1, R2.1, R2.4: a teamleider who
     * fixes a PIP without its minimum content or without a held brede intake gives {@code redenAfwijking}.
     */
    record Vaststelling(
            @Nullable LocalDate dagtekening,
            @Nullable String redenEerdereDagtekening,

            @Schema(
                    description = "R3.1, R2.1, R2.4: waarom de teamleider het PIP vaststelt zonder de verplichte "
                            + "inhoud of zonder gehouden brede intake met leerbaarheidstoets (alleen teamleider)")
            @Nullable
            String redenAfwijking) {}

    record Lijst(List<PipJson> resultaten) {}

    record PipJson(
            UUID id,
            UUID inburgeraarId,
            PipStatus status,
            long versie,
            Leerroute leerroute,
            @Nullable Niveau niveau,
            @Nullable Integer geschatteIntensiteitB1Route,
            Alfabetisering alfabetisering,
            boolean indicatieMagOpleidingAfmaken,
            @Nullable String begeleiding,
            @Nullable String ondersteuning,
            @Nullable String afsprakenPvt,
            @Nullable Integer intensiteitPvtUren,
            @Nullable String afsprakenMap,
            @Nullable Integer intensiteitMapUren,
            @Nullable String inburgeringsaanbod,
            boolean ontvangtBijstand,
            @Nullable String afsprakenOntzorgen,
            @Nullable String afsprakenVve,
            @Nullable String afsprakenParticipatie,
            @Nullable Integer aantalVoortgangsgesprekken,
            @Nullable String reden,
            boolean afschalingB1NietHaalbaar,
            boolean afschalingVoldoendeInspanning,
            List<Examendeel> afschalingVaardigheden,
            @Nullable LocalDate dagtekening,
            String opgesteldDoor,
            Instant opgesteldOp,
            @Nullable String vastgesteldDoor,
            @Nullable Instant vastgesteldOp,
            @Nullable String vastgesteldDoorFunctie,
            @Nullable String redenEerdereDagtekening,

            @Schema(description = "R3.1, R2.1, R2.4: de reden van de teamleider om af te wijken") @Nullable
            String redenAfwijking,

            @Schema(description = "R3.1, R2.1, R2.4: de regels waarvan is afgeweken, bijvoorbeeld \"R3.1, R2.1\"")
            @Nullable
            String afgewekenVan) {

        static PipJson van(Pip pip) {
            return new PipJson(
                    pip.id(),
                    pip.inburgeraarId(),
                    pip.status(),
                    pip.versie(),
                    pip.leerroute(),
                    pip.niveau(),
                    pip.geschatteIntensiteitB1Route(),
                    pip.alfabetisering(),
                    pip.indicatieMagOpleidingAfmaken(),
                    pip.begeleiding(),
                    pip.ondersteuning(),
                    pip.afsprakenPvt(),
                    pip.intensiteitPvtUren(),
                    pip.afsprakenMap(),
                    pip.intensiteitMapUren(),
                    pip.inburgeringsaanbod(),
                    pip.ontvangtBijstand(),
                    pip.afsprakenOntzorgen(),
                    pip.afsprakenVve(),
                    pip.afsprakenParticipatie(),
                    pip.aantalVoortgangsgesprekken(),
                    pip.reden(),
                    pip.afschalingB1NietHaalbaar(),
                    pip.afschalingVoldoendeInspanning(),
                    List.copyOf(pip.afschalingVaardigheden()),
                    pip.dagtekening().orElse(null),
                    pip.opgesteldDoor(),
                    pip.opgesteldOp(),
                    pip.vastgesteldDoor(),
                    pip.vastgesteldOp().orElse(null),
                    pip.vastgesteldDoorFunctie(),
                    pip.redenEerdereDagtekening(),
                    pip.redenAfwijking().orElse(null),
                    pip.afgewekenVan().orElse(null));
        }
    }
}
