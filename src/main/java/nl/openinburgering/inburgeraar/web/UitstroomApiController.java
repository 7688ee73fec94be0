package nl.openinburgering.inburgeraar.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.openinburgering.inburgeraar.Uitstroom;
import nl.openinburgering.inburgeraar.UitstroomBeheer;

/** {@code /api/v1/inburgeraars/{id}/uitstromen}: a person's outflow to work or study (D10). */
@RestController
@RequestMapping("/api/v1/inburgeraars/{inburgeraarId}/uitstromen")
@Tag(name = "uitstroom", description = "Uitstroom van een inburgeraar naar werk of studie (D10)")
class UitstroomApiController {

    private final UitstroomBeheer uitstroom;

    UitstroomApiController(UitstroomBeheer uitstroom) {
        this.uitstroom = uitstroom;
    }

    @GetMapping(produces = "application/json")
    @Operation(summary = "De uitstroom naar werk of studie, nieuwste eerst", operationId = "haalUitstroomOp")
    Uitstromen lijst(@PathVariable UUID inburgeraarId) {
        return new Uitstromen(
                uitstroom.vanPersoon(inburgeraarId).stream().map(Json::van).toList());
    }

    @PostMapping(consumes = "application/json", produces = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Leg een uitstroom naar werk of studie vast (D10)", operationId = "legUitstroomVast")
    @ApiResponse(responseCode = "201", description = "De uitstroom is vastgelegd")
    Json legVast(@PathVariable UUID inburgeraarId, @RequestBody Invoer invoer) {
        return Json.van(uitstroom.legVast(
                inburgeraarId, UitstroomController.soort(invoer.soort()), invoer.datum(), invoer.toelichting()));
    }

    @DeleteMapping("/{uitstroomId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Verwijder een per vergissing vastgelegde uitstroom", operationId = "verwijderUitstroom")
    @ApiResponse(responseCode = "204", description = "De uitstroom is verwijderd")
    void verwijder(@PathVariable UUID inburgeraarId, @PathVariable UUID uitstroomId) {
        uitstroom.verwijder(inburgeraarId, uitstroomId);
    }

    record Invoer(
            @Nullable String soort,
            @Nullable LocalDate datum,
            @Nullable String toelichting) {}

    record Uitstromen(List<Json> uitstromen) {}

    record Json(
            UUID id,
            String soort,
            LocalDate datum,
            @Nullable String toelichting) {
        static Json van(Uitstroom u) {
            return new Json(u.id(), u.soort().name(), u.datum(), u.toelichting());
        }
    }
}
