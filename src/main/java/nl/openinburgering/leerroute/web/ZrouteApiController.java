package nl.openinburgering.leerroute.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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

import nl.openinburgering.leerroute.ZrouteAfronding;
import nl.openinburgering.leerroute.ZrouteBeheer;
import nl.openinburgering.shared.NietGevonden;

/** {@code /api/v1/inburgeraars/{id}/z-route}: completion of the Z-route (R4.4, R4.5) and its certificate. */
@RestController
@RequestMapping("/api/v1/inburgeraars/{inburgeraarId}/z-route")
@Tag(name = "leerroute", description = "Inburgeringsaanbod, examens, voortgang en afronding van de Z-route")
class ZrouteApiController {

    private final ZrouteBeheer beheer;
    private final Certificaatbrief certificaten;

    ZrouteApiController(ZrouteBeheer beheer, Certificaatbrief certificaten) {
        this.beheer = beheer;
        this.certificaten = certificaten;
    }

    @PostMapping(path = "/afronding", consumes = "application/json", produces = "application/json")
    @Operation(
            summary = "Rond de Z-route af met het eindgesprek (R4.4); 400 R4.5 als de uren niet gehaald zijn",
            operationId = "rondZrouteAf")
    AfrondingJson afronden(@PathVariable UUID inburgeraarId, @RequestBody Eindgesprek eindgesprek) {
        return AfrondingJson.van(beheer.afronden(inburgeraarId, eindgesprek.datumEindgesprek()));
    }

    @GetMapping(path = "/afronding", produces = "application/json")
    @Operation(
            summary = "De afronding van de Z-route; 404 zolang die niet is afgerond",
            operationId = "haalZrouteAfrondingOp")
    AfrondingJson afronding(@PathVariable UUID inburgeraarId) {
        return beheer.afronding(inburgeraarId)
                .map(AfrondingJson::van)
                .orElseThrow(() -> new NietGevonden("Afronding Z-route"));
    }

    /** No {@code produces}: a client that accepts only PDF must still get its error as problem+json. */
    @GetMapping("/certificaat")
    @Operation(
            summary = "Het certificaat van de afgeronde Z-route als PDF/A (R4.4); 409 zolang die niet is afgerond",
            operationId = "haalZrouteCertificaatOp")
    @ApiResponse(
            responseCode = "200",
            description = "Het certificaat als PDF/A-2u",
            content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE))
    ResponseEntity<byte[]> certificaat(@PathVariable UUID inburgeraarId) {
        return certificaten.pdf(inburgeraarId, false);
    }

    record Eindgesprek(LocalDate datumEindgesprek) {}

    /** {@code datumAfrondingZroute} is the date the gemeente reports to DUO (R4.4). */
    record AfrondingJson(
            UUID inburgeraarId,
            UUID pipId,
            LocalDate datumEindgesprek,
            LocalDate datumAfrondingZroute,
            BigDecimal cursusuren,
            @Nullable BigDecimal participatieuren,
            String afgerondDoor,
            Instant afgerondOp) {

        static AfrondingJson van(ZrouteAfronding a) {
            return new AfrondingJson(
                    a.inburgeraarId(),
                    a.pipId(),
                    a.datumEindgesprek(),
                    a.datumEindgesprek(),
                    a.cursusuren(),
                    a.participatieuren(),
                    a.afgerondDoor(),
                    a.afgerondOp());
        }
    }
}
