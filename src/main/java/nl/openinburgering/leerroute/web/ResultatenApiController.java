package nl.openinburgering.leerroute.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.openinburgering.leerroute.Examenmelding;
import nl.openinburgering.leerroute.Examenonderdeel;
import nl.openinburgering.leerroute.Examenresultaat;
import nl.openinburgering.leerroute.Examenstand;
import nl.openinburgering.leerroute.Examenuitslag;
import nl.openinburgering.leerroute.RedenGeenUitslag;
import nl.openinburgering.leerroute.ResultatenBeheer;
import nl.openinburgering.leerroute.Taalniveau;
import nl.openinburgering.leerroute.Voortgangsmelding;
import nl.openinburgering.leerroute.Voortgangsrapportage;
import nl.openinburgering.shared.NietGevonden;

/**
 * Exam results (R4.1) and progress reports: reported by a provider for its own deelname
 * ({@code /api/v1/aanbieder/deelnames/{id}/…}; another provider's deelname is 404), read by the gemeente
 * ({@code /api/v1/inburgeraars/{id}/…}).
 */
@RestController
@Tag(name = "leerroute", description = "Inburgeringsaanbod, examens, voortgang en afronding van de Z-route")
class ResultatenApiController {

    private final ResultatenBeheer beheer;

    ResultatenApiController(ResultatenBeheer beheer) {
        this.beheer = beheer;
    }

    @PostMapping(
            path = "/api/v1/aanbieder/deelnames/{deelnameId}/examenresultaten",
            consumes = "application/json",
            produces = "application/json")
    @Operation(summary = "Meld een examenresultaat van een eigen deelnemer (R4.1)", operationId = "meldExamenresultaat")
    @ApiResponse(responseCode = "201", description = "Het examenresultaat is vastgelegd")
    ResponseEntity<ExamenJson> meldExamen(@PathVariable UUID deelnameId, @RequestBody ExamenInvoer invoer) {
        Examenresultaat resultaat = beheer.meldExamen(
                deelnameId,
                new Examenmelding(
                        invoer.onderdeel(), invoer.niveau(), invoer.resultaat(), invoer.reden(), invoer.datum()));
        return ResponseEntity.created(
                        URI.create("/api/v1/aanbieder/deelnames/" + deelnameId + "/examenresultaten/" + resultaat.id()))
                .body(ExamenJson.van(resultaat));
    }

    @PostMapping(
            path = "/api/v1/aanbieder/deelnames/{deelnameId}/voortgangsrapportages",
            consumes = "application/json",
            produces = "application/json")
    @Operation(
            summary = "Meld een voortgangsrapportage over een eigen deelnemer",
            operationId = "meldVoortgangsrapportage")
    @ApiResponse(responseCode = "201", description = "De voortgangsrapportage is vastgelegd")
    ResponseEntity<RapportageJson> meldVoortgang(@PathVariable UUID deelnameId, @RequestBody RapportageInvoer invoer) {
        Niveaus n = invoer.geschatNiveau() == null ? new Niveaus(null, null, null, null, null) : invoer.geschatNiveau();
        Voortgangsrapportage rapportage = beheer.meldVoortgang(
                deelnameId,
                new Voortgangsmelding(
                        invoer.datum(),
                        n.lezen(),
                        n.luisteren(),
                        n.schrijven(),
                        n.spreken(),
                        n.knm(),
                        invoer.opmerkingen()));
        return ResponseEntity.created(URI.create(
                        "/api/v1/aanbieder/deelnames/" + deelnameId + "/voortgangsrapportages/" + rapportage.id()))
                .body(RapportageJson.van(rapportage));
    }

    @GetMapping(path = "/api/v1/inburgeraars/{inburgeraarId}/examenresultaten", produces = "application/json")
    @Operation(
            summary = "De examenresultaten van een inburgeraar, nieuwste eerst (R4.1)",
            operationId = "lijstExamenresultaten")
    Lijst<ExamenJson> examens(@PathVariable UUID inburgeraarId) {
        return new Lijst<>(
                beheer.examens(inburgeraarId).stream().map(ExamenJson::van).toList());
    }

    @GetMapping(path = "/api/v1/inburgeraars/{inburgeraarId}/examenstand", produces = "application/json")
    @Operation(
            summary =
                    "Per examenonderdeel of het is behaald op het niveau van het PIP, en of de leerroute is behaald (R4.1)",
            operationId = "haalExamenstandOp")
    ExamenstandJson examenstand(@PathVariable UUID inburgeraarId) {
        return beheer.examenstand(inburgeraarId)
                .map(ExamenstandJson::van)
                .orElseThrow(() -> new NietGevonden("Examenstand"));
    }

    /** R4.1: {@code behaaldOp} is the day the last part was passed; {@code null} while a part is open. */
    record ExamenstandJson(
            Taalniveau vereistNiveau,
            boolean leerrouteBehaald,
            @Nullable LocalDate behaaldOp,
            List<OnderdeelJson> onderdelen) {

        static ExamenstandJson van(Examenstand stand) {
            return new ExamenstandJson(
                    stand.vereistNiveau(),
                    stand.behaald(),
                    stand.behaaldOp().orElse(null),
                    stand.onderdelen().stream()
                            .map(o -> new OnderdeelJson(
                                    o.onderdeel(), o.behaald(), o.behaaldOp().orElse(null), o.niveau()))
                            .toList());
        }
    }

    record OnderdeelJson(
            Examenonderdeel onderdeel,
            boolean behaald,
            @Nullable LocalDate behaaldOp,
            @Nullable Taalniveau niveau) {}

    @GetMapping(path = "/api/v1/inburgeraars/{inburgeraarId}/voortgangsrapportages", produces = "application/json")
    @Operation(
            summary = "De voortgangsrapportages van de aanbieders over een inburgeraar, nieuwste eerst",
            operationId = "lijstVoortgangsrapportages")
    Lijst<RapportageJson> voortgang(@PathVariable UUID inburgeraarId) {
        return new Lijst<>(beheer.voortgang(inburgeraarId).stream()
                .map(RapportageJson::van)
                .toList());
    }

    record ExamenInvoer(
            Examenonderdeel onderdeel,
            Taalniveau niveau,
            Examenuitslag resultaat,
            RedenGeenUitslag reden,
            LocalDate datum) {}

    record ExamenJson(
            UUID id,
            UUID deelnameId,
            UUID aanbiederId,
            Examenonderdeel onderdeel,
            @Nullable Taalniveau niveau,
            Examenuitslag resultaat,
            @Nullable RedenGeenUitslag reden,
            LocalDate datum,
            Instant gemeldOp) {

        static ExamenJson van(Examenresultaat r) {
            Examenmelding m = r.melding();
            return new ExamenJson(
                    r.id(),
                    r.deelnameId(),
                    r.aanbiederId(),
                    m.onderdeel(),
                    m.niveau(),
                    m.resultaat(),
                    m.reden(),
                    m.datum(),
                    r.gemeldOp());
        }
    }

    /** The provider's estimated level per skill; a skill not assessed stays empty. */
    record Niveaus(
            @Nullable Taalniveau lezen,
            @Nullable Taalniveau luisteren,
            @Nullable Taalniveau schrijven,
            @Nullable Taalniveau spreken,
            @Nullable Taalniveau knm) {}

    record RapportageInvoer(LocalDate datum, Niveaus geschatNiveau, String opmerkingen) {}

    record RapportageJson(
            UUID id,
            UUID deelnameId,
            UUID aanbiederId,
            LocalDate datum,
            Niveaus geschatNiveau,
            @Nullable String opmerkingen,
            Instant gemeldOp) {

        static RapportageJson van(Voortgangsrapportage r) {
            Voortgangsmelding m = r.melding();
            return new RapportageJson(
                    r.id(),
                    r.deelnameId(),
                    r.aanbiederId(),
                    m.datum(),
                    new Niveaus(m.lezen(), m.luisteren(), m.schrijven(), m.spreken(), m.knm()),
                    m.opmerkingen(),
                    r.gemeldOp());
        }
    }

    record Lijst<T>(List<T> resultaten) {}
}
