package nl.openinburgering.handhaving.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.openinburgering.handhaving.Betaalstatus;
import nl.openinburgering.handhaving.Grond;
import nl.openinburgering.handhaving.HandhavingBeheer;
import nl.openinburgering.handhaving.Matigingsgrond;
import nl.openinburgering.handhaving.NieuweZaak;
import nl.openinburgering.handhaving.PipAfspraak;
import nl.openinburgering.handhaving.PwVerwijzing;
import nl.openinburgering.handhaving.Verwijtbaarheidsgraad;
import nl.openinburgering.handhaving.Zienswijzevorm;

/**
 * {@code /api/v1/inburgeraars/{id}/handhavingszaken}: a person's handhavingszaken and their steps (R9.1–R9.5,
 * D1), the letters, and the referrals to the inkomensconsulent (R9.4). Another gemeente's person or case: 404.
 */
@RestController
@RequestMapping("/api/v1/inburgeraars/{inburgeraarId}")
@Tag(name = "handhaving", description = "Handhaving: van gesprek en waarschuwing tot boetebeschikking (R9.x, D1)")
class HandhavingApiController {

    private static final String ZAAK = "/handhavingszaken/{zaakId}";

    private final HandhavingBeheer handhaving;
    private final HandhavingBrieven brieven;

    HandhavingApiController(HandhavingBeheer handhaving, HandhavingBrieven brieven) {
        this.handhaving = handhaving;
        this.brieven = brieven;
    }

    @GetMapping(path = "/handhavingszaken", produces = "application/json")
    @Operation(
            summary = "De handhavingszaken, Pw-verwijzingen en het bewijs dat gekoppeld kan worden",
            operationId = "haalHandhavingOp")
    HandhavingJson.Dossier dossier(@PathVariable UUID inburgeraarId) {
        return HandhavingJson.Dossier.van(handhaving.dossier(inburgeraarId));
    }

    @PostMapping(path = "/handhavingszaken", consumes = "application/json", produces = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Open een handhavingszaak (R9.1 intake of R9.2 PIP); 400 bij verschoonbaar verzuim of een Pw-verplichting (R9.4)",
            operationId = "openHandhavingszaak")
    @ApiResponse(responseCode = "201", description = "De zaak is geopend")
    HandhavingJson.Zaak open(@PathVariable UUID inburgeraarId, @RequestBody ZaakInvoer invoer) {
        return HandhavingJson.Zaak.van(handhaving.open(
                inburgeraarId,
                new NieuweZaak(
                        invoer.grond(),
                        invoer.afspraak(),
                        invoer.overtredingsdatums(),
                        invoer.urenregels() == null ? List.of() : invoer.urenregels(),
                        invoer.nietVerschenen() == null ? List.of() : invoer.nietVerschenen())));
    }

    @GetMapping(path = ZAAK, produces = "application/json")
    @Operation(summary = "Eén handhavingszaak met haar stappen", operationId = "haalHandhavingszaakOp")
    HandhavingJson.Zaak zaak(@PathVariable UUID inburgeraarId, @PathVariable UUID zaakId) {
        return HandhavingJson.Zaak.van(handhaving.zaak(inburgeraarId, zaakId));
    }

    @PostMapping(path = ZAAK + "/gesprek", consumes = "application/json", produces = "application/json")
    @Operation(summary = "Leg het gesprek vast; verschoonbaar verzuim sluit de zaak", operationId = "legGesprekVast")
    HandhavingJson.Zaak gesprek(
            @PathVariable UUID inburgeraarId, @PathVariable UUID zaakId, @RequestBody GesprekInvoer invoer) {
        return HandhavingJson.Zaak.van(handhaving.legGesprekVast(
                inburgeraarId, zaakId, invoer.datum(), invoer.notities(), Boolean.TRUE.equals(invoer.verschoonbaar())));
    }

    @PostMapping(path = ZAAK + "/waarschuwing", consumes = "application/json", produces = "application/json")
    @Operation(summary = "Verstuur de schriftelijke waarschuwing", operationId = "verstuurWaarschuwing")
    HandhavingJson.Zaak waarschuwing(
            @PathVariable UUID inburgeraarId, @PathVariable UUID zaakId, @RequestBody DatumInvoer invoer) {
        return HandhavingJson.Zaak.van(handhaving.verstuurWaarschuwing(inburgeraarId, zaakId, invoer.datum()));
    }

    @PostMapping(path = ZAAK + "/evenredigheid", consumes = "application/json", produces = "application/json")
    @Operation(
            summary = "Leg vast waarom een boete evenredig is en wat eerst is geprobeerd (R9.5)",
            operationId = "legEvenredigheidVast")
    HandhavingJson.Zaak evenredigheid(
            @PathVariable UUID inburgeraarId, @PathVariable UUID zaakId, @RequestBody EvenredigheidInvoer invoer) {
        return HandhavingJson.Zaak.van(
                handhaving.legEvenredigheidVast(inburgeraarId, zaakId, invoer.motivering(), invoer.eerderGeprobeerd()));
    }

    @PostMapping(path = ZAAK + "/voornemen", consumes = "application/json", produces = "application/json")
    @Operation(
            summary =
                    "Verstuur het voornemen tot boeteoplegging met een termijn voor een zienswijze; 400 bij R9.5 of R9.6",
            operationId = "verstuurVoornemen")
    HandhavingJson.Zaak voornemen(
            @PathVariable UUID inburgeraarId, @PathVariable UUID zaakId, @RequestBody VoornemenInvoer invoer) {
        return HandhavingJson.Zaak.van(
                handhaving.verstuurVoornemen(inburgeraarId, zaakId, invoer.datum(), invoer.verwijtbaarheid()));
    }

    @PostMapping(path = ZAAK + "/zienswijze", consumes = "application/json", produces = "application/json")
    @Operation(summary = "Leg de zienswijze vast (schriftelijk of mondeling)", operationId = "legZienswijzeVast")
    HandhavingJson.Zaak zienswijze(
            @PathVariable UUID inburgeraarId, @PathVariable UUID zaakId, @RequestBody ZienswijzeInvoer invoer) {
        return HandhavingJson.Zaak.van(
                handhaving.legZienswijzeVast(inburgeraarId, zaakId, invoer.datum(), invoer.vorm(), invoer.inhoud()));
    }

    @PostMapping(path = ZAAK + "/boetevoorstel", consumes = "application/json", produces = "application/json")
    @Operation(
            summary =
                    "Stel de boetebeschikking voor, eventueel gematigd (R9.3); 400 R9.7 voor het einde van de zienswijzetermijn",
            operationId = "stelBoeteVoor")
    HandhavingJson.Zaak voorstel(
            @PathVariable UUID inburgeraarId, @PathVariable UUID zaakId, @RequestBody VoorstelInvoer invoer) {
        return HandhavingJson.Zaak.van(handhaving.stelBoeteVoor(
                inburgeraarId,
                zaakId,
                invoer.datum(),
                invoer.motivering(),
                invoer.matigingsgrond(),
                invoer.matigingsreden(),
                invoer.gematigdBedrag()));
    }

    @PostMapping(path = ZAAK + "/boetebeschikking", consumes = "application/json", produces = "application/json")
    @Operation(
            summary = "Stel de boetebeschikking vast (teamleider, niet wie haar voorstelde: 403)",
            operationId = "stelBoetebeschikkingVast")
    HandhavingJson.Zaak beschikking(
            @PathVariable UUID inburgeraarId, @PathVariable UUID zaakId, @RequestBody DatumInvoer invoer) {
        return HandhavingJson.Zaak.van(handhaving.stelBoeteVast(inburgeraarId, zaakId, invoer.datum()));
    }

    @PostMapping(path = ZAAK + "/besluit-geen-boete", consumes = "application/json", produces = "application/json")
    @Operation(summary = "Besluit geen boete op te leggen, met de reden", operationId = "besluitGeenBoete")
    HandhavingJson.Zaak geenBoete(
            @PathVariable UUID inburgeraarId, @PathVariable UUID zaakId, @RequestBody GeenBoeteInvoer invoer) {
        return HandhavingJson.Zaak.van(
                handhaving.besluitGeenBoete(inburgeraarId, zaakId, invoer.datum(), invoer.reden()));
    }

    @PutMapping(path = ZAAK + "/betaalstatus", consumes = "application/json", produces = "application/json")
    @Operation(
            summary = "Wijzig de betaalstatus van de boete; VERREKEND alleen als de verordening het toestaat (R9.5)",
            operationId = "wijzigBetaalstatus")
    HandhavingJson.Zaak betaalstatus(
            @PathVariable UUID inburgeraarId, @PathVariable UUID zaakId, @RequestBody BetaalstatusInvoer invoer) {
        return HandhavingJson.Zaak.van(handhaving.wijzigBetaalstatus(inburgeraarId, zaakId, invoer.betaalstatus()));
    }

    /** No {@code produces}: a client that accepts only PDF must still get its error as problem+json. */
    @GetMapping(ZAAK + "/brieven/{brief}")
    @Operation(
            summary =
                    "Een brief van de zaak als PDF/A: waarschuwing, voornemen, boetebeschikking of besluit-geen-boete",
            operationId = "haalHandhavingsbriefOp")
    @ApiResponse(
            responseCode = "200",
            description = "De brief als PDF/A-2u",
            content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE))
    ResponseEntity<byte[]> brief(
            @PathVariable UUID inburgeraarId, @PathVariable UUID zaakId, @PathVariable String brief) {
        return brieven.brief(inburgeraarId, zaakId, Brief.vanPad(brief), false);
    }

    @PostMapping(path = "/pw-verwijzingen", consumes = "application/json", produces = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Verwijs een Pw-verplichting naar de inkomensconsulent voor afstemming (R9.4, art. 18 Pw)",
            operationId = "verwijsNaarInkomensconsulent")
    @ApiResponse(responseCode = "201", description = "De verwijzing is vastgelegd")
    PwVerwijzing verwijs(@PathVariable UUID inburgeraarId, @RequestBody VerwijzingInvoer invoer) {
        return handhaving.verwijsNaarInkomensconsulent(inburgeraarId, invoer.afspraak(), invoer.feiten());
    }

    record ZaakInvoer(
            Grond grond,
            @Nullable PipAfspraak afspraak,
            List<LocalDate> overtredingsdatums,
            @Nullable List<Long> urenregels,
            @Nullable List<Integer> nietVerschenen) {}

    record GesprekInvoer(
            LocalDate datum, String notities, @Nullable Boolean verschoonbaar) {}

    record DatumInvoer(LocalDate datum) {}

    record EvenredigheidInvoer(String motivering, String eerderGeprobeerd) {}

    record VoornemenInvoer(LocalDate datum, @Nullable Verwijtbaarheidsgraad verwijtbaarheid) {}

    record ZienswijzeInvoer(LocalDate datum, Zienswijzevorm vorm, String inhoud) {}

    record VoorstelInvoer(
            LocalDate datum,
            String motivering,
            @Nullable Matigingsgrond matigingsgrond,
            @Nullable String matigingsreden,
            @Nullable BigDecimal gematigdBedrag) {}

    record GeenBoeteInvoer(LocalDate datum, String reden) {}

    record BetaalstatusInvoer(Betaalstatus betaalstatus) {}

    record VerwijzingInvoer(PipAfspraak afspraak, String feiten) {}
}
