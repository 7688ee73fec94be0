package nl.openinburgering.ontzorging.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.openinburgering.ontzorging.Bedrag;
import nl.openinburgering.ontzorging.Betaalregel;
import nl.openinburgering.ontzorging.Betaalronde;
import nl.openinburgering.ontzorging.BetaalrondeSamenvatting;
import nl.openinburgering.ontzorging.Betaalrondes;

/** {@code /api/v1/betaalrondes}: the monthly payment runs, for the financiële administratie only. */
@RestController
@RequestMapping(path = "/api/v1/betaalrondes")
@Tag(name = "betaalrondes", description = "Maandelijkse betaalronde van de vaste lasten (financieel ontzorgen)")
class BetaalrondeApiController {

    private final Betaalrondes rondes;

    BetaalrondeApiController(Betaalrondes rondes) {
        this.rondes = rondes;
    }

    @GetMapping(produces = "application/json")
    @Operation(summary = "De vastgestelde betaalrondes, nieuwste maand eerst", operationId = "lijstBetaalrondes")
    Rondes lijst(@RequestParam(defaultValue = "1") int pagina, @RequestParam(defaultValue = "25") int paginaGrootte) {
        Page<BetaalrondeSamenvatting> gevonden =
                rondes.rondes(PageRequest.of(Math.max(pagina, 1) - 1, Math.clamp(paginaGrootte, 1, 100)));
        return new Rondes(
                gevonden.getContent().stream()
                        .map(r -> new Samenvatting(
                                r.id(),
                                r.maand().toString(),
                                r.aantalTransacties(),
                                Bedrag.decimaal(r.controlesomInCenten()),
                                r.vastgesteldDoor(),
                                r.geexporteerdOp().isPresent()))
                        .toList(),
                gevonden.getNumber() + 1,
                gevonden.getSize(),
                gevonden.getTotalElements());
    }

    @GetMapping(path = "/concept", produces = "application/json")
    @Operation(
            summary = "De betaalronde van een maand ter controle (of de vastgestelde als de maand al is betaald)",
            operationId = "haalConceptBetaalrondeOp")
    RondeJson concept(@RequestParam(required = false) @Nullable String maand) {
        return RondeJson.van(rondes.concept(Maanden.maand(maand, "maand")));
    }

    @PostMapping(consumes = "application/json", produces = "application/json")
    @Operation(
            summary =
                    "Stel de gecontroleerde betaalronde van een maand vast (idempotent: een maand wordt eenmaal betaald)",
            operationId = "stelBetaalrondeVast")
    @ApiResponse(responseCode = "201", description = "De betaalronde is vastgelegd (of was dat al voor deze maand)")
    ResponseEntity<RondeJson> vaststellen(@RequestBody Vaststelling invoer) {
        Betaalronde ronde =
                rondes.stelVast(Maanden.maand(invoer.maand(), "maand"), Boolean.TRUE.equals(invoer.gecontroleerd()));
        return ResponseEntity.created(
                        URI.create("/api/v1/betaalrondes/" + ronde.id().orElseThrow()))
                .body(RondeJson.van(ronde));
    }

    @GetMapping(path = "/{rondeId}", produces = "application/json")
    @Operation(summary = "Een vastgestelde betaalronde met alle regels", operationId = "haalBetaalrondeOp")
    RondeJson ronde(@PathVariable UUID rondeId) {
        return RondeJson.van(rondes.ronde(rondeId));
    }

    @GetMapping(path = "/{rondeId}/pain001", produces = "application/xml")
    @Operation(
            summary = "Het SEPA-betaalbestand (ISO 20022 pain.001.001.09) van een vastgestelde ronde",
            operationId = "haalSepaBestandOp")
    ResponseEntity<byte[]> pain001(@PathVariable UUID rondeId) {
        return bestand(rondes.pain001(rondeId), "application/xml", rondeId, "xml");
    }

    @GetMapping(path = "/{rondeId}/csv", produces = "text/csv")
    @Operation(summary = "De betaalronde als CSV (ook de correcties)", operationId = "haalBetaalrondeCsvOp")
    ResponseEntity<byte[]> csv(@PathVariable UUID rondeId) {
        return bestand(rondes.csv(rondeId), "text/csv", rondeId, "csv");
    }

    static ResponseEntity<byte[]> bestand(String inhoud, String type, UUID id, String extensie) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type + ";charset=UTF-8"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"betaalronde-" + id + "." + extensie + "\"")
                .body(inhoud.getBytes(StandardCharsets.UTF_8));
    }

    record Vaststelling(@Nullable String maand, @Nullable Boolean gecontroleerd) {}

    record Rondes(List<Samenvatting> resultaten, int pagina, int paginaGrootte, long totaal) {}

    record Samenvatting(
            UUID id,
            String maand,
            int aantalTransacties,
            String controlesom,
            String vastgesteldDoor,
            boolean geexporteerd) {}

    record RondeJson(
            @Nullable UUID id,
            String maand,
            boolean vastgesteld,
            int aantalTransacties,
            String controlesom,
            String teVerrekenen,
            List<RegelJson> regels) {

        static RondeJson van(Betaalronde r) {
            return new RondeJson(
                    r.id().orElse(null),
                    r.maand().toString(),
                    r.vastgesteld(),
                    r.aantalTransacties(),
                    Bedrag.decimaal(r.controlesomInCenten()),
                    Bedrag.decimaal(r.teVerrekenenInCenten()),
                    r.regels().stream().map(RegelJson::van).toList());
        }
    }

    record RegelJson(
            UUID kostenpostId,
            UUID inburgeraarId,
            String persoon,
            String kostensoort,
            String maand,
            String soort,
            String bedrag,
            String crediteurNaam,
            String iban,
            @Nullable String kenmerk,
            boolean overboeking) {

        static RegelJson van(Betaalregel g) {
            return new RegelJson(
                    g.kostenpostId(),
                    g.inburgeraarId(),
                    g.persoon(),
                    g.kostensoort().name(),
                    g.maand().toString(),
                    g.soort().name(),
                    Bedrag.decimaal(g.bedragInCenten()),
                    g.crediteurNaam(),
                    g.iban().waarde(),
                    g.kenmerk(),
                    g.overboeking());
        }
    }
}
