package nl.openinburgering.handhaving.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.openinburgering.handhaving.Boetebeleid;
import nl.openinburgering.handhaving.HandhavingBeheer;
import nl.openinburgering.handhaving.Kwartaalcijfers;
import nl.openinburgering.handhaving.Stap;
import nl.openinburgering.handhaving.Zaakgegevens;

/**
 * Handhaving over all persons: the teamleider's open cases with step and age, the export of imposed fines for the
 * debiteurenadministratie (CSV), the quarter's counts, and the gemeente's fine policy (D1).
 */
@RestController
@Tag(name = "handhaving", description = "Handhaving: van gesprek en waarschuwing tot boetebeschikking (R9.x, D1)")
class HandhavingOverzichtApiController {

    static final int PAGINAGROOTTE = 50;

    private final HandhavingBeheer handhaving;
    private final java.time.Clock klok;

    HandhavingOverzichtApiController(HandhavingBeheer handhaving, java.time.Clock klok) {
        this.handhaving = handhaving;
        this.klok = klok;
    }

    @GetMapping(path = "/api/v1/handhavingszaken", produces = "application/json")
    @Operation(
            summary = "De open handhavingszaken van de gemeente, oudste eerst, met stap en leeftijd",
            operationId = "haalOpenHandhavingszakenOp")
    Overzicht open(@RequestParam(defaultValue = "0") int pagina) {
        LocalDate vandaag = nl.openinburgering.shared.Vandaag.datum(klok);
        List<OpenZaak> zaken = handhaving.openZaken(pagina, PAGINAGROOTTE).stream()
                .map(z -> OpenZaak.van(z, vandaag))
                .toList();
        return new Overzicht(zaken, pagina, handhaving.aantalOpenZaken());
    }

    @GetMapping(path = "/api/v1/handhavingszaken/boetes", produces = "text/csv")
    @Operation(summary = "De opgelegde boetes als CSV voor de debiteurenadministratie", operationId = "exporteerBoetes")
    @ApiResponse(
            responseCode = "200",
            description = "CSV, puntkomma-gescheiden, UTF-8",
            content = @Content(mediaType = "text/csv"))
    ResponseEntity<String> boetes() {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"boetes.csv\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(Boeteexport.csv(handhaving.boetes()));
    }

    @GetMapping(path = "/api/v1/rapportages/handhaving", produces = "application/json")
    @Operation(
            summary = "Per kwartaal: waarschuwingen, voornemens, boetes, bedrag, matigingen en besluiten geen boete",
            operationId = "haalHandhavingsrapportageOp")
    Kwartaalcijfers kwartaal(@RequestParam int jaar, @RequestParam int kwartaal) {
        return handhaving.kwartaal(jaar, kwartaal);
    }

    @GetMapping(path = "/api/v1/handhaving/beleid", produces = "application/json")
    @Operation(
            summary = "Het boetebeleid van de gemeente (D1); de wettelijke maxima zijn geen instelling",
            operationId = "haalBoetebeleidOp")
    Boetebeleid beleid() {
        return handhaving.beleid();
    }

    @PutMapping(path = "/api/v1/handhaving/beleid", consumes = "application/json", produces = "application/json")
    @Operation(
            summary = "Stel het boetebeleid in (D1); 400 R9.2 boven het wettelijke maximum",
            operationId = "stelBoetebeleidIn")
    Boetebeleid stelIn(@RequestBody BeleidInvoer invoer) {
        handhaving.stelBeleidIn(new Boetebeleid(
                invoer.eersteBoete(),
                invoer.hoogsteTrede(),
                invoer.procentVerminderd(),
                invoer.procentNormaal(),
                invoer.procentGroveSchuld(),
                invoer.procentOpzet(),
                invoer.waarschuwingstermijnDagen(),
                invoer.zienswijzetermijnDagen(),
                invoer.beslistermijnDagen(),
                invoer.verrekenenToegestaan()));
        return handhaving.beleid();
    }

    /** Plain input: the policy record checks itself here, so a violation is a 400 with invalidParams (R9.2, D1). */
    record BeleidInvoer(
            BigDecimal eersteBoete,
            BigDecimal hoogsteTrede,
            int procentVerminderd,
            int procentNormaal,
            int procentGroveSchuld,
            int procentOpzet,
            int waarschuwingstermijnDagen,
            int zienswijzetermijnDagen,
            int beslistermijnDagen,
            boolean verrekenenToegestaan) {}

    record Overzicht(List<OpenZaak> resultaten, int pagina, int totaal) {}

    record OpenZaak(
            UUID id,
            String kenmerk,
            UUID inburgeraarId,
            String grond,
            Stap stap,
            LocalDate stapSinds,
            long leeftijdInDagen,
            @org.jspecify.annotations.Nullable BigDecimal bedrag) {

        static OpenZaak van(Zaakgegevens z, LocalDate vandaag) {
            return new OpenZaak(
                    z.id(),
                    HandhavingBeheer.kenmerk(z.id()),
                    z.kern().inburgeraarId(),
                    z.kern().grond().name(),
                    z.stap(),
                    z.stapSinds(),
                    z.leeftijdInDagen(vandaag),
                    z.bedrag());
        }
    }
}
