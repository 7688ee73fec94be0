package nl.openinburgering.pip.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.openinburgering.pip.PipBeheer;
import nl.openinburgering.pip.PipVerschillen;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/** The beschikking letter of a PIP and the differences between two PIP versions ({@code api.md}, "PIP"). */
@RestController
@RequestMapping("/api/v1/inburgeraars/{inburgeraarId}/pips/{pipId}")
@Tag(name = "pips", description = "Plan Inburgering en Participatie: opstellen en vaststellen")
class PipDocumentenApiController {

    private final Beschikkingsbrief brieven;
    private final PipBeheer beheer;

    PipDocumentenApiController(Beschikkingsbrief brieven, PipBeheer beheer) {
        this.brieven = brieven;
        this.beheer = beheer;
    }

    /**
     * R3.2: only a vastgesteld PIP is a beschikking; a concept answers 409. No {@code produces} on the mapping:
     * a client that accepts only PDF must still get its error as problem+json.
     */
    @GetMapping("/beschikking")
    @Operation(
            summary = "De beschikking van een vastgesteld PIP als PDF/A (R3.2); een concept geeft 409",
            operationId = "haalBeschikkingOp")
    @ApiResponse(
            responseCode = "200",
            description = "De brief als PDF/A-2u",
            content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE))
    ResponseEntity<byte[]> beschikking(@PathVariable UUID inburgeraarId, @PathVariable UUID pipId) {
        return pdf(brieven.maak(inburgeraarId, pipId), false);
    }

    @GetMapping(path = "/verschillen", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Welke velden verschillen tussen dit PIP en een andere versie", operationId = "vergelijkPips")
    VerschillenJson verschillen(
            @PathVariable UUID inburgeraarId,
            @PathVariable UUID pipId,
            @RequestParam(required = false) @Nullable UUID met) {
        if (met == null) {
            throw new OngeldigeInvoer(new Veldfout("met", "verplicht", "Geef met ?met= het id van het andere PIP."));
        }
        return VerschillenJson.van(beheer.verschillen(inburgeraarId, pipId, met));
    }

    static ResponseEntity<byte[]> pdf(Beschikkingsbrief.Brief brief, boolean inline) {
        ContentDisposition bestand = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(brief.bestandsnaam())
                .build();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, bestand.toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(brief.pdf());
    }

    /** {@code oud} is the older version (by the moment it was drafted), whichever of the two the URL names. */
    record VerschillenJson(UUID oud, UUID nieuw, List<VerschilJson> verschillen) {

        static VerschillenJson van(PipVerschillen v) {
            return new VerschillenJson(
                    v.oud().id(),
                    v.nieuw().id(),
                    v.verschillen().stream()
                            .map(d -> new VerschilJson(d.veld(), d.oud(), d.nieuw()))
                            .toList());
        }
    }

    record VerschilJson(String veld, Object oud, Object nieuw) {}
}
