package nl.openinburgering.leerroute.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.openinburgering.leerroute.Inburgeringsaanbod;
import nl.openinburgering.leerroute.InburgeringsaanbodBeheer;

/** R4.8: {@code /api/v1/inburgeraars/{id}/inburgeringsaanbod}: the aanbod of an asielstatushouder per provider. */
@RestController
@RequestMapping(path = "/api/v1/inburgeraars/{inburgeraarId}/inburgeringsaanbod", produces = "application/json")
@Tag(name = "leerroute", description = "Inburgeringsaanbod, examens, voortgang en afronding van de Z-route")
class InburgeringsaanbodApiController {

    private final InburgeringsaanbodBeheer beheer;

    InburgeringsaanbodApiController(InburgeringsaanbodBeheer beheer) {
        this.beheer = beheer;
    }

    @PutMapping(path = "/{aanbiederId}", consumes = "application/json")
    @Operation(
            summary =
                    "Leg het inburgeringsaanbod bij een aanbieder vast; een nieuwe inzending vervangt de vorige (R4.8)",
            operationId = "legInburgeringsaanbodVast")
    AanbodJson registreer(
            @PathVariable UUID inburgeraarId, @PathVariable UUID aanbiederId, @RequestBody AanbodInvoer invoer) {
        return AanbodJson.van(beheer.registreer(inburgeraarId, aanbiederId, invoer.startdatum(), invoer.einddatum()));
    }

    @GetMapping
    @Operation(
            summary = "Het inburgeringsaanbod van een asielstatushouder per aanbieder",
            operationId = "lijstInburgeringsaanbod")
    Lijst lijst(@PathVariable UUID inburgeraarId) {
        return new Lijst(
                beheer.lijst(inburgeraarId).stream().map(AanbodJson::van).toList());
    }

    record AanbodInvoer(LocalDate startdatum, LocalDate einddatum) {}

    record AanbodJson(
            UUID aanbiederId,
            String aanbiederNaam,
            LocalDate startdatum,
            LocalDate einddatum,
            String geregistreerdDoor,
            Instant geregistreerdOp) {

        static AanbodJson van(Inburgeringsaanbod a) {
            return new AanbodJson(
                    a.aanbiederId(),
                    a.aanbiedernaam(),
                    a.startdatum(),
                    a.einddatum(),
                    a.geregistreerdDoor(),
                    a.geregistreerdOp());
        }
    }

    record Lijst(List<AanbodJson> resultaten) {}
}
