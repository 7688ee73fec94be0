package nl.openinburgering.pvt.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.openinburgering.pvt.Aanwezigheid;
import nl.openinburgering.pvt.Ondertekening;
import nl.openinburgering.pvt.PvtBeheer;
import nl.openinburgering.pvt.PvtVoortgang;
import nl.openinburgering.shared.Verwijtbaar;

/** {@code /api/v1/inburgeraars/{id}/pvt}: progress, the signing ({@code api.md}, "Completion of route parts"), certificate. */
@RestController
@RequestMapping("/api/v1/inburgeraars/{inburgeraarId}/pvt")
@Tag(name = "pvt", description = "Participatieverklaringstraject: voortgang, ondertekening en certificaat")
class PvtApiController {

    private final PvtBeheer pvt;
    private final PvtBrieven brieven;

    PvtApiController(PvtBeheer pvt, PvtBrieven brieven) {
        this.pvt = pvt;
        this.brieven = brieven;
    }

    @GetMapping(produces = "application/json")
    @Operation(
            summary =
                    "De PVT-voortgang: gevolgde uren (R5.2), activiteit (R5.3), termijn (R5.4) en wat DUO nodig heeft (R5.5)",
            operationId = "haalPvtOp")
    PvtJson voortgang(@PathVariable UUID inburgeraarId) {
        return PvtJson.van(pvt.voortgang(inburgeraarId));
    }

    @PostMapping(path = "/ondertekening", consumes = "application/json", produces = "application/json")
    @Operation(
            summary = "Registreer de ondertekening van de participatieverklaring; 400 bij R5.2 of R5.3",
            operationId = "registreerOndertekeningPvt")
    PvtJson onderteken(@PathVariable UUID inburgeraarId, @RequestBody OndertekeningInvoer invoer) {
        pvt.onderteken(inburgeraarId, invoer.datum(), invoer.verwijtbaar());
        return PvtJson.van(pvt.voortgang(inburgeraarId));
    }

    /** No {@code produces}: a client that accepts only PDF must still get its error as problem+json. */
    @GetMapping("/certificaat")
    @Operation(
            summary = "Het certificaat van de ondertekende participatieverklaring als PDF/A; 409 voor de ondertekening",
            operationId = "haalCertificaatPvtOp")
    @ApiResponse(
            responseCode = "200",
            description = "Het certificaat als PDF/A-2u",
            content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE))
    ResponseEntity<byte[]> certificaat(@PathVariable UUID inburgeraarId) {
        return brieven.certificaat(inburgeraarId, false);
    }

    record OndertekeningInvoer(LocalDate datum, Verwijtbaar verwijtbaar) {}

    /** {@code datumOndertekeningPvt} and {@code verwijtbaar} are the fields DUO will receive (R5.5). */
    record PvtJson(
            BigDecimal urenGevolgd,
            BigDecimal urenGemeldDoorAanbieders,
            BigDecimal minimumUren,
            boolean activiteitBijgewoond,
            @Nullable LocalDate uiterlijkeDatum,
            @Nullable LocalDate datumOndertekeningPvt,
            @Nullable Verwijtbaar verwijtbaar,
            List<Verwijtbaar> toegestaneVerwijtbaarheid,
            List<AanwezigheidJson> aanwezigheden) {

        static PvtJson van(PvtVoortgang v) {
            return new PvtJson(
                    v.uren(),
                    v.urenGemeldDoorAanbieders(),
                    v.minimumUren(),
                    v.activiteitBijgewoond(),
                    v.uiterlijkeDatum().orElse(null),
                    v.ondertekening().map(Ondertekening::datum).orElse(null),
                    v.ondertekening().flatMap(Ondertekening::verwijtbaar).orElse(null),
                    v.toegestaneVerwijtbaarheid().stream().sorted().toList(),
                    v.aanwezigheden().stream().map(AanwezigheidJson::van).toList());
        }
    }

    record AanwezigheidJson(
            UUID bijeenkomstId,
            LocalDate datum,
            String onderwerp,
            BigDecimal uren,
            boolean activiteit,
            boolean aanwezig) {

        static AanwezigheidJson van(Aanwezigheid a) {
            return new AanwezigheidJson(
                    a.bijeenkomstId(), a.datum(), a.onderwerp(), a.uren(), a.activiteit(), a.aanwezig());
        }
    }
}
