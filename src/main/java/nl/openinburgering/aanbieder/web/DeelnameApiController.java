package nl.openinburgering.aanbieder.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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

import nl.openinburgering.aanbieder.Deelname;
import nl.openinburgering.aanbieder.DeelnameBeheer;
import nl.openinburgering.aanbieder.Deelnamesoort;
import nl.openinburgering.aanbieder.Deelnemer;
import nl.openinburgering.aanbieder.NieuweDeelname;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/**
 * Deelnames: the consulent enrols and lists ({@code /api/v1/inburgeraars/{id}/deelnames}); the provider lists
 * its own participants ({@code /api/v1/aanbieder/deelnames}), without BSN.
 */
@RestController
@RequestMapping(produces = "application/json")
@Tag(name = "deelnames")
class DeelnameApiController {

    static final int MAXIMALE_PAGINAGROOTTE = 100;

    private final DeelnameBeheer beheer;

    DeelnameApiController(DeelnameBeheer beheer) {
        this.beheer = beheer;
    }

    @PostMapping(path = "/api/v1/inburgeraars/{inburgeraarId}/deelnames", consumes = "application/json")
    @Operation(summary = "Schrijf de inburgeraar in bij een ingekochte aanbieder", operationId = "maakDeelname")
    @ApiResponse(responseCode = "201", description = "De deelname is vastgelegd")
    ResponseEntity<DeelnameJson> inschrijven(@PathVariable UUID inburgeraarId, @RequestBody DeelnameInvoer invoer) {
        Deelname deelname = beheer.inschrijven(
                inburgeraarId,
                new NieuweDeelname(invoer.aanbiederId(), invoer.soort(), invoer.startdatum(), invoer.einddatum()));
        return ResponseEntity.created(
                        URI.create("/api/v1/inburgeraars/" + inburgeraarId + "/deelnames/" + deelname.id()))
                .body(DeelnameJson.van(deelname));
    }

    @GetMapping("/api/v1/inburgeraars/{inburgeraarId}/deelnames")
    @Operation(summary = "De deelnames van de inburgeraar bij aanbieders", operationId = "lijstDeelnames")
    Resultaten deelnames(@PathVariable UUID inburgeraarId) {
        return new Resultaten(
                beheer.deelnames(inburgeraarId).stream().map(DeelnameJson::van).toList());
    }

    @GetMapping("/api/v1/aanbieder/deelnames")
    @Operation(summary = "De eigen deelnemers van de aanbieder (zonder BSN)", operationId = "lijstDeelnemersAanbieder")
    Lijst<DeelnemerJson> deelnemers(
            @RequestParam(defaultValue = "1") int pagina, @RequestParam(defaultValue = "20") int paginaGrootte) {
        if (pagina < 1) {
            throw new OngeldigeInvoer(new Veldfout("pagina", "pagina.ongeldig", "De pagina begint bij 1."));
        }
        if (paginaGrootte < 1 || paginaGrootte > MAXIMALE_PAGINAGROOTTE) {
            throw new OngeldigeInvoer(new Veldfout(
                    "paginaGrootte",
                    "paginaGrootte.ongeldig",
                    "De paginagrootte ligt tussen 1 en " + MAXIMALE_PAGINAGROOTTE + "."));
        }
        Page<Deelnemer> gevonden = beheer.deelnemers(PageRequest.of(pagina - 1, paginaGrootte));
        return new Lijst<>(
                gevonden.getContent().stream().map(DeelnemerJson::van).toList(),
                new Paginering(pagina, paginaGrootte, gevonden.getTotalElements(), gevonden.getTotalPages()));
    }

    @GetMapping("/api/v1/aanbieder/deelnames/{deelnameId}")
    @Operation(summary = "Eén eigen deelnemer van de aanbieder (zonder BSN)", operationId = "leesDeelnemerAanbieder")
    DeelnemerJson deelnemer(@PathVariable UUID deelnameId) {
        return DeelnemerJson.van(beheer.deelnemer(deelnameId));
    }

    record DeelnameInvoer(UUID aanbiederId, Deelnamesoort soort, LocalDate startdatum, LocalDate einddatum) {}

    record DeelnameJson(
            UUID id,
            UUID inburgeraarId,
            UUID aanbiederId,
            String aanbiederNaam,
            Deelnamesoort soort,
            @Nullable LocalDate startdatum,
            @Nullable LocalDate einddatum,
            long versie) {

        static DeelnameJson van(Deelname d) {
            return new DeelnameJson(
                    d.id(),
                    d.inburgeraarId(),
                    d.aanbiederId(),
                    d.aanbiederNaam(),
                    d.soort(),
                    d.startdatum(),
                    d.einddatum(),
                    d.versie());
        }
    }

    record Persoon(String voornamen, String geslachtsnaam, LocalDate geboortedatum) {}

    record DeelnemerJson(
            UUID id,
            Persoon inburgeraar,
            Deelnamesoort soort,
            @Nullable LocalDate startdatum,
            @Nullable LocalDate einddatum) {

        static DeelnemerJson van(Deelnemer d) {
            return new DeelnemerJson(
                    d.deelnameId(),
                    new Persoon(d.voornamen(), d.geslachtsnaam(), d.geboortedatum()),
                    d.soort(),
                    d.startdatum(),
                    d.einddatum());
        }
    }

    record Resultaten(List<DeelnameJson> resultaten) {}

    record Lijst<T>(List<T> resultaten, Paginering paginering) {}

    record Paginering(int pagina, int paginaGrootte, long totaalAantal, int aantalPaginas) {}
}
