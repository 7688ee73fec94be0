package nl.openinburgering.aanbieder.web;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;

import nl.openinburgering.aanbieder.Aanwezigheid;
import nl.openinburgering.aanbieder.RuweUrenregel;
import nl.openinburgering.aanbieder.Upload;
import nl.openinburgering.aanbieder.UrenOverzicht;
import nl.openinburgering.aanbieder.UrenRegistratie;
import nl.openinburgering.aanbieder.Urensoort;
import nl.openinburgering.aanbieder.Urentotalen;
import nl.openinburgering.aanbieder.Verzuimreden;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Vandaag;
import nl.openinburgering.shared.Veldfout;

/**
 * Hours: the provider reports lines ({@code /api/v1/aanbieder/urenregistraties}, JSON or CSV, idempotent, all
 * or nothing); the gemeente reads totals ({@code /api/v1/inburgeraars/{id}/uren}) and attendance.
 */
@RestController
@Tag(name = "uren")
class UrenApiController {

    static final String SLEUTEL = "Idempotency-Key";
    static final String CSV_VOORBEELD = """
            deelnameId,datum,soort,uren,aanwezig,verzuimreden
            3f1c2a9e-8b7d-4e6f-9a1b-2c3d4e5f6a7b,2026-04-07,TAALLES_KNM,3.0,true,
            3f1c2a9e-8b7d-4e6f-9a1b-2c3d4e5f6a7b,2026-04-08,TAALLES_KNM,3.0,false,ZIEK
            """;

    private final UrenRegistratie registratie;
    private final UrenOverzicht overzicht;
    private final Clock klok;

    UrenApiController(UrenRegistratie registratie, UrenOverzicht overzicht, Clock klok) {
        this.registratie = registratie;
        this.overzicht = overzicht;
        this.klok = klok;
    }

    @PostMapping(
            path = "/api/v1/aanbieder/urenregistraties",
            consumes = "application/json",
            produces = "application/json")
    @Operation(summary = "Meld gevolgde uren en aanwezigheid (alles of niets, idempotent)", operationId = "meldUren")
    @ApiResponse(responseCode = "201", description = "Alle regels zijn vastgelegd (of waren dat al onder deze sleutel)")
    ResponseEntity<UploadJson> meldJson(
            @RequestHeader(SLEUTEL) String sleutel,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            mediaType = "application/json",
                                            schema = @Schema(implementation = UrenInvoer.class)))
                    @RequestBody
                    JsonNode body) {
        return opgeslagen(registratie.registreer(sleutel(sleutel), regels(body)));
    }

    @PostMapping(path = "/api/v1/aanbieder/urenregistraties", consumes = "text/csv", produces = "application/json")
    @Operation(
            summary = "Meld gevolgde uren en aanwezigheid als CSV (alles of niets, idempotent)",
            operationId = "meldUrenCsv")
    @ApiResponse(responseCode = "201", description = "Alle regels zijn vastgelegd (of waren dat al onder deze sleutel)")
    ResponseEntity<UploadJson> meldCsv(
            @RequestHeader(SLEUTEL) String sleutel,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            mediaType = "text/csv",
                                            schema = @Schema(type = "string", example = CSV_VOORBEELD)))
                    @RequestBody
                    byte[] body) {
        return opgeslagen(
                registratie.registreer(sleutel(sleutel), Urencsv.lees(new String(body, StandardCharsets.UTF_8))));
    }

    @GetMapping(path = "/api/v1/aanbieder/urenregistraties", produces = "application/json")
    @Operation(summary = "De laatste uurmeldingen van de aanbieder", operationId = "lijstUrenregistraties")
    Uploads uploads() {
        return new Uploads(registratie.uploads(50).stream().map(UploadJson::van).toList());
    }

    @GetMapping(path = "/api/v1/inburgeraars/{inburgeraarId}/uren", produces = "application/json")
    @Operation(
            summary = "De gevolgde (aanwezige) uren van de inburgeraar per soort (R4.7, R2.10)",
            operationId = "totalenUren")
    Urentotalen totalen(@PathVariable UUID inburgeraarId) {
        return overzicht.raadpleegTotalen(inburgeraarId);
    }

    @GetMapping(path = "/api/v1/inburgeraars/{inburgeraarId}/aanwezigheid", produces = "application/json")
    @Operation(
            summary = "De aanwezigheid per deelname over de vier weken vóór de peildatum",
            operationId = "aanwezigheid")
    Aanwezigheden aanwezigheid(
            @PathVariable UUID inburgeraarId, @RequestParam(required = false) @Nullable LocalDate peildatum) {
        return new Aanwezigheden(
                overzicht.aanwezigheid(inburgeraarId, peildatum == null ? Vandaag.datum(klok) : peildatum));
    }

    private static ResponseEntity<UploadJson> opgeslagen(Upload upload) {
        return ResponseEntity.created(URI.create("/api/v1/aanbieder/urenregistraties/" + upload.id()))
                .body(UploadJson.van(upload));
    }

    private static UUID sleutel(String tekst) {
        try {
            return UUID.fromString(tekst.strip());
        } catch (IllegalArgumentException fout) {
            throw new OngeldigeInvoer(new Veldfout(
                    SLEUTEL,
                    "idempotentiesleutel.ongeldig",
                    "De Idempotency-Key is een UUID, zoals 3f1c2a9e-8b7d-4e6f-9a1b-2c3d4e5f6a7b."));
        }
    }

    private static List<RuweUrenregel> regels(JsonNode body) {
        JsonNode regels = body == null ? null : body.get("regels");
        if (regels == null || !regels.isArray()) {
            throw new OngeldigeInvoer(new Veldfout("regels", "verplicht", "Stuur de uurregels in de lijst regels."));
        }
        List<RuweUrenregel> ruw = new ArrayList<>();
        for (JsonNode r : regels.values()) {
            ruw.add(new RuweUrenregel(
                    tekst(r, "deelnameId"),
                    tekst(r, "datum"),
                    tekst(r, "soort"),
                    tekst(r, "uren"),
                    tekst(r, "aanwezig"),
                    tekst(r, "verzuimreden")));
        }
        return ruw;
    }

    private static @Nullable String tekst(JsonNode regel, String veld) {
        JsonNode waarde = regel == null ? null : regel.get(veld);
        if (waarde == null || waarde.isNull() || waarde.isMissingNode()) {
            return null;
        }
        return waarde.isValueNode() ? waarde.asString() : waarde.toString();
    }

    /** The documented shape of a JSON batch; the body is read leniently so that each bad value is a bad line. */
    record UrenInvoer(List<RegelInvoer> regels) {}

    record RegelInvoer(
            UUID deelnameId,
            LocalDate datum,
            Urensoort soort,

            @Schema(minimum = "0", exclusiveMinimum = true, maximum = "24")
            BigDecimal uren,

            boolean aanwezig,

            @Schema(description = "Verplicht als aanwezig false is, leeg als aanwezig true is")
            Verzuimreden verzuimreden) {}

    record UploadJson(UUID id, UUID idempotentiesleutel, int aantalRegels, String ingediendDoor, Instant ingediendOp) {

        static UploadJson van(Upload u) {
            return new UploadJson(
                    u.id(), u.idempotentiesleutel(), u.aantalRegels(), u.ingediendDoor(), u.ingediendOp());
        }
    }

    record Uploads(List<UploadJson> resultaten) {}

    record Aanwezigheden(List<Aanwezigheid> resultaten) {}
}
