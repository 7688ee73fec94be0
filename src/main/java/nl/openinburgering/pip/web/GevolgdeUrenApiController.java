package nl.openinburgering.pip.web;

import java.net.URI;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.openinburgering.pip.GevolgdeUren;

/**
 * {@code /api/v1/inburgeraars/{id}/gevolgde-uren}: NT2/KNM hours registered by the consulent from a provider's
 * report (R3.11), until providers report hours themselves.
 */
@RestController
@RequestMapping(path = "/api/v1/inburgeraars/{inburgeraarId}/gevolgde-uren", produces = "application/json")
@Tag(name = "pips")
class GevolgdeUrenApiController {

    private final GevolgdeUren uren;

    GevolgdeUrenApiController(GevolgdeUren uren) {
        this.uren = uren;
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Registreer gevolgde uren taalles en KNM (R3.11, R2.10)", operationId = "registreerGevolgdeUren")
    ResponseEntity<GevolgdeUren.Totalen> registreer(@PathVariable UUID inburgeraarId,
            @RequestBody GevolgdeUren.Registratie registratie) {
        return ResponseEntity.created(URI.create("/api/v1/inburgeraars/" + inburgeraarId + "/gevolgde-uren"))
                .body(uren.registreer(inburgeraarId, registratie));
    }

    @GetMapping
    @Operation(summary = "De geregistreerde gevolgde uren met hun totalen", operationId = "lijstGevolgdeUren")
    GevolgdeUren.Totalen raadpleeg(@PathVariable UUID inburgeraarId) {
        return uren.raadpleeg(inburgeraarId);
    }
}
