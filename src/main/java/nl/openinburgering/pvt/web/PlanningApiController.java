package nl.openinburgering.pvt.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.openinburgering.pvt.Bijeenkomst;
import nl.openinburgering.pvt.Groep;
import nl.openinburgering.pvt.GroepDetail;
import nl.openinburgering.pvt.Groepsplanning;
import nl.openinburgering.pvt.NieuweBijeenkomst;
import nl.openinburgering.pvt.Programma;
import nl.openinburgering.shared.MapThema;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/** {@code /api/v1/groepen}: groups for PVT and MAP sessions, their sessions and the attendance of a whole group. */
@RestController
@RequestMapping("/api/v1/groepen")
@Tag(name = "groepen", description = "Groepen, bijeenkomsten en aanwezigheid voor PVT en MAP")
class PlanningApiController {

    static final int MAXIMUM_PER_PAGINA = 100;

    private final Groepsplanning planning;
    private final PvtBrieven brieven;

    PlanningApiController(Groepsplanning planning, PvtBrieven brieven) {
        this.planning = planning;
        this.brieven = brieven;
    }

    @GetMapping(produces = "application/json")
    @Operation(summary = "De groepen van de gemeente, nieuwste eerst, per pagina", operationId = "lijstGroepen")
    GroepenJson groepen(
            @RequestParam(defaultValue = "1") int pagina, @RequestParam(defaultValue = "20") int paginaGrootte) {
        if (pagina < 1) {
            throw new OngeldigeInvoer(new Veldfout("pagina", "pagina.ongeldig", "De pagina begint bij 1."));
        }
        if (paginaGrootte < 1 || paginaGrootte > MAXIMUM_PER_PAGINA) {
            throw new OngeldigeInvoer(new Veldfout(
                    "paginaGrootte",
                    "paginaGrootte.ongeldig",
                    "De paginagrootte ligt tussen 1 en " + MAXIMUM_PER_PAGINA + "."));
        }
        Page<Groep> groepen = planning.groepen(PageRequest.of(pagina - 1, paginaGrootte));
        return new GroepenJson(
                groepen.getContent(),
                new Paginering(pagina, paginaGrootte, groepen.getTotalElements(), groepen.getTotalPages()));
    }

    @PostMapping(consumes = "application/json", produces = "application/json")
    @Operation(summary = "Maak een groep en nodig meteen een of meer personen uit", operationId = "maakGroep")
    @ApiResponse(responseCode = "201", description = "De groep is gemaakt")
    ResponseEntity<GroepDetail> maak(@RequestBody GroepInvoer invoer) {
        Groep groep = planning.maakGroep(
                invoer.naam(), invoer.programma(), invoer.deelnemers() == null ? List.of() : invoer.deelnemers());
        return ResponseEntity.created(URI.create("/api/v1/groepen/" + groep.id()))
                .body(planning.groep(groep.id()));
    }

    @GetMapping(path = "/{groepId}", produces = "application/json")
    @Operation(summary = "Een groep met leden en bijeenkomsten", operationId = "haalGroepOp")
    GroepDetail groep(@PathVariable UUID groepId) {
        return planning.groep(groepId);
    }

    @PostMapping(path = "/{groepId}/deelnemers", consumes = "application/json", produces = "application/json")
    @Operation(summary = "Nodig meer personen tegelijk uit voor de groep", operationId = "nodigUitVoorGroep")
    GroepDetail nodigUit(@PathVariable UUID groepId, @RequestBody Deelnemers invoer) {
        planning.nodigUit(groepId, invoer.deelnemers() == null ? List.of() : invoer.deelnemers());
        return planning.groep(groepId);
    }

    @PostMapping(path = "/{groepId}/bijeenkomsten", consumes = "application/json", produces = "application/json")
    @Operation(summary = "Plan een bijeenkomst voor de groep", operationId = "planBijeenkomst")
    @ApiResponse(responseCode = "201", description = "De bijeenkomst is gepland")
    ResponseEntity<Bijeenkomst> plan(@PathVariable UUID groepId, @RequestBody BijeenkomstInvoer invoer) {
        Bijeenkomst bijeenkomst = planning.plan(groepId, invoer.nieuw());
        return ResponseEntity.created(URI.create("/api/v1/groepen/" + groepId + "/bijeenkomsten/" + bijeenkomst.id()))
                .body(bijeenkomst);
    }

    @PutMapping(
            path = "/{groepId}/bijeenkomsten/{bijeenkomstId}/aanwezigheid",
            consumes = "application/json",
            produces = "application/json")
    @Operation(
            summary = "Registreer de aanwezigheid van de hele groep in een keer: wie niet genoemd is, was afwezig",
            operationId = "registreerAanwezigheid")
    Aanwezig aanwezigheid(@PathVariable UUID groepId, @PathVariable UUID bijeenkomstId, @RequestBody Aanwezig invoer) {
        planning.registreerAanwezigheid(
                groepId, bijeenkomstId, invoer.aanwezig() == null ? Set.of() : invoer.aanwezig());
        return new Aanwezig(planning.aanwezigen(groepId, bijeenkomstId));
    }

    @GetMapping("/{groepId}/uitnodigingen/{inburgeraarId}")
    @Operation(summary = "De uitnodigingsbrief voor een lid van de groep als PDF/A", operationId = "haalUitnodigingOp")
    @ApiResponse(
            responseCode = "200",
            description = "De brief als PDF/A-2u",
            content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE))
    ResponseEntity<byte[]> uitnodiging(@PathVariable UUID groepId, @PathVariable UUID inburgeraarId) {
        return brieven.uitnodiging(groepId, inburgeraarId, false);
    }

    record GroepenJson(List<Groep> resultaten, Paginering paginering) {}

    record Paginering(int pagina, int paginaGrootte, long totaalAantal, int aantalPaginas) {}

    record GroepInvoer(String naam, Programma programma, List<UUID> deelnemers) {}

    record Deelnemers(List<UUID> deelnemers) {}

    record Aanwezig(Set<UUID> aanwezig) {}

    record BijeenkomstInvoer(
            LocalDate datum,
            LocalTime begintijd,
            LocalTime eindtijd,
            String plaats,
            String onderwerp,
            BigDecimal uren,
            boolean activiteit,
            MapThema mapThema,
            UUID aanbiederId) {

        NieuweBijeenkomst nieuw() {
            return new NieuweBijeenkomst(
                    datum, begintijd, eindtijd, plaats, onderwerp, uren, activiteit, mapThema, aanbiederId);
        }
    }
}
