package nl.openinburgering.ontzorging.web;

import java.net.URI;
import java.time.LocalDate;
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
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.openinburgering.ontzorging.Bedrag;
import nl.openinburgering.ontzorging.Kostenpost;
import nl.openinburgering.ontzorging.Kostensoort;
import nl.openinburgering.ontzorging.Machtiging;
import nl.openinburgering.ontzorging.NieuweKostenpost;
import nl.openinburgering.ontzorging.OntzorgingBeheer;
import nl.openinburgering.ontzorging.Vergunning;

/** {@code /api/v1/inburgeraars/{id}/ontzorging}: the consulent's side of financieel ontzorgen (R7.1–R7.7, D3). */
@RestController
@RequestMapping(path = "/api/v1/inburgeraars/{inburgeraarId}/ontzorging", produces = "application/json")
@Tag(name = "ontzorging", description = "Financieel ontzorgen: machtiging, vaste lasten, zes maanden, teruggave")
class OntzorgingApiController {

    private final OntzorgingBeheer beheer;

    OntzorgingApiController(OntzorgingBeheer beheer) {
        this.beheer = beheer;
    }

    @GetMapping
    @Operation(
            summary = "De ontzorging van de inburgeraar met vaste lasten en historie",
            operationId = "haalOntzorgingOp")
    OntzorgingJson ontzorging(@PathVariable UUID inburgeraarId) {
        return OntzorgingJson.van(beheer.dossier(inburgeraarId));
    }

    @PostMapping(consumes = "application/json")
    @Operation(
            summary =
                    "Start de ontzorging vanaf de start van de bijstand (R7.1: alleen asielstatushouders met asielvergunning)",
            operationId = "startOntzorging")
    @ApiResponse(responseCode = "201", description = "De ontzorging is gestart")
    ResponseEntity<OntzorgingJson> start(@PathVariable UUID inburgeraarId, @RequestBody StartInvoer invoer) {
        return ResponseEntity.created(URI.create("/api/v1/inburgeraars/" + inburgeraarId + "/ontzorging"))
                .body(OntzorgingJson.van(beheer.start(inburgeraarId, invoer.vergunning(), invoer.startBijstand())));
    }

    @PutMapping(path = "/machtiging", consumes = "application/json")
    @Operation(summary = "Leg de machtiging vast: getekend of geweigerd (R7.4)", operationId = "legMachtigingVast")
    OntzorgingJson machtiging(@PathVariable UUID inburgeraarId, @RequestBody MachtigingInvoer invoer) {
        return OntzorgingJson.van(beheer.legMachtigingVast(inburgeraarId, invoer.status(), invoer.datum()));
    }

    @PostMapping(path = "/kostenposten", consumes = "application/json")
    @Operation(
            summary = "Voeg een vaste last toe (R7.2, R7.7; IBAN met mod-97-controle)",
            operationId = "voegKostenpostToe")
    @ApiResponse(responseCode = "201", description = "De vaste last is toegevoegd")
    ResponseEntity<OntzorgingJson.KostenpostJson> kostenpost(
            @PathVariable UUID inburgeraarId, @RequestBody KostenpostInvoer invoer) {
        Kostenpost post = beheer.voegKostenpostToe(inburgeraarId, invoer.nieuw());
        return ResponseEntity.created(
                        URI.create("/api/v1/inburgeraars/" + inburgeraarId + "/ontzorging/kostenposten/" + post.id()))
                .body(OntzorgingJson.KostenpostJson.van(post));
    }

    @PutMapping(path = "/kostenposten/{kostenpostId}", consumes = "application/json")
    @Operation(
            summary = "Wijzig een vaste last; na een betaalronde volgt een correctie in de volgende ronde",
            operationId = "wijzigKostenpost")
    OntzorgingJson.KostenpostJson wijzig(
            @PathVariable UUID inburgeraarId, @PathVariable UUID kostenpostId, @RequestBody KostenpostInvoer invoer) {
        return OntzorgingJson.KostenpostJson.van(beheer.wijzigKostenpost(inburgeraarId, kostenpostId, invoer.nieuw()));
    }

    @PostMapping(path = "/kostenposten/{kostenpostId}/teruggave", consumes = "application/json")
    @Operation(
            summary = "Geef een vaste last terug aan de inburgeraar, met beoordeling en gevolgde training (R7.6, D3)",
            operationId = "geefKostenpostTerug")
    OntzorgingJson.KostenpostJson teruggave(
            @PathVariable UUID inburgeraarId, @PathVariable UUID kostenpostId, @RequestBody TeruggaveInvoer invoer) {
        return OntzorgingJson.KostenpostJson.van(beheer.draagOver(
                inburgeraarId,
                kostenpostId,
                Maanden.maand(invoer.vanaf(), "overdrachtVanaf"),
                invoer.beoordeling(),
                invoer.budgetcursus()));
    }

    @PostMapping(path = "/verlenging", consumes = "application/json")
    @Operation(
            summary = "Verleng de ontzorging na zes maanden, met een reden (R7.3, D3)",
            operationId = "verlengOntzorging")
    OntzorgingJson verlenging(@PathVariable UUID inburgeraarId, @RequestBody VerlengingInvoer invoer) {
        return OntzorgingJson.van(beheer.verleng(inburgeraarId, invoer.tot(), invoer.reden()));
    }

    @PostMapping(path = "/beeindiging", consumes = "application/json")
    @Operation(
            summary = "Beëindig de ontzorging; vóór zes maanden alleen als de bijstand eindigt (R7.3)",
            operationId = "beeindigOntzorging")
    OntzorgingJson beeindiging(@PathVariable UUID inburgeraarId, @RequestBody BeeindigingInvoer invoer) {
        return OntzorgingJson.van(
                beheer.beeindig(inburgeraarId, invoer.datum(), Boolean.TRUE.equals(invoer.bijstandBeeindigd())));
    }

    record StartInvoer(
            @Nullable Vergunning vergunning, @Nullable LocalDate startBijstand) {}

    record MachtigingInvoer(
            @Nullable Machtiging status, @Nullable LocalDate datum) {}

    /** Amount in euros as text ({@code "650.00"}), months as {@code 2026-07}. */
    record KostenpostInvoer(
            @Nullable Kostensoort soort,
            @Nullable String crediteurNaam,
            @Nullable String iban,
            @Nullable String kenmerk,
            @Nullable String bedrag,
            @Nullable String startmaand,
            @Nullable String eindmaand) {

        NieuweKostenpost nieuw() {
            return new NieuweKostenpost(
                    soort,
                    crediteurNaam,
                    iban,
                    kenmerk,
                    Bedrag.centen(bedrag, "bedrag"),
                    Maanden.maand(startmaand, "startmaand"),
                    Maanden.maand(eindmaand, "eindmaand"));
        }
    }

    record TeruggaveInvoer(
            @Nullable String vanaf,
            @Nullable String beoordeling,
            @Nullable String budgetcursus) {}

    record VerlengingInvoer(
            @Nullable LocalDate tot, @Nullable String reden) {}

    record BeeindigingInvoer(
            @Nullable LocalDate datum, @Nullable Boolean bijstandBeeindigd) {}
}
