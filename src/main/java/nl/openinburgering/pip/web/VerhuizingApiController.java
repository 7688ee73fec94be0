package nl.openinburgering.pip.web;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.openinburgering.pip.Herkomst;
import nl.openinburgering.pip.Niveau;
import nl.openinburgering.pip.VerhuizingBeheer;
import nl.openinburgering.shared.Leerroute;
import nl.openinburgering.shared.NietGevonden;

/** {@code /api/v1/inburgeraars/{id}/verhuizing}: the previous gemeente's PIP after a move (R3.12). */
@RestController
@RequestMapping(path = "/api/v1/inburgeraars/{inburgeraarId}/verhuizing", produces = "application/json")
@Tag(name = "pips")
class VerhuizingApiController {

    private final VerhuizingBeheer verhuizing;

    VerhuizingApiController(VerhuizingBeheer verhuizing) {
        this.verhuizing = verhuizing;
    }

    @PutMapping(consumes = "application/json")
    @Operation(
            summary = "Leg het PIP van de vorige gemeente vast na een verhuizing (R3.12)",
            operationId = "legVerhuizingVast")
    VerhuizingJson registreer(@PathVariable UUID inburgeraarId, @RequestBody VerhuizingJson invoer) {
        return VerhuizingJson.van(verhuizing.registreer(
                inburgeraarId,
                new Herkomst(
                        inburgeraarId,
                        invoer.vorigeGemeentecode(),
                        invoer.leerroute(),
                        invoer.niveau(),
                        invoer.dagtekeningEerstePip(),
                        invoer.dagtekeningHuidigePip(),
                        invoer.datumBesluitVerlenging(),
                        invoer.nieuweEinddatumTermijn())));
    }

    @GetMapping
    @Operation(summary = "Het PIP van de vorige gemeente, als de persoon verhuisde", operationId = "haalVerhuizingOp")
    ResponseEntity<VerhuizingJson> raadpleeg(@PathVariable UUID inburgeraarId) {
        return verhuizing
                .raadpleeg(inburgeraarId)
                .map(VerhuizingJson::van)
                .map(ResponseEntity::ok)
                // A 404 like every other: problem+json (found by the authorisation matrix of issue 19).
                .orElseThrow(() -> new NietGevonden("Verhuizing"));
    }

    record VerhuizingJson(
            String vorigeGemeentecode,
            Leerroute leerroute,
            @Nullable Niveau niveau,
            LocalDate dagtekeningEerstePip,
            LocalDate dagtekeningHuidigePip,
            @Nullable LocalDate datumBesluitVerlenging,
            @Nullable LocalDate nieuweEinddatumTermijn) {

        static VerhuizingJson van(Herkomst herkomst) {
            return new VerhuizingJson(
                    herkomst.vorigeGemeentecode(),
                    herkomst.leerroute(),
                    herkomst.niveau(),
                    herkomst.dagtekeningEerstePip(),
                    herkomst.dagtekeningHuidigePip(),
                    herkomst.datumBesluitVerlenging(),
                    herkomst.nieuweEinddatumTermijn());
        }
    }
}
