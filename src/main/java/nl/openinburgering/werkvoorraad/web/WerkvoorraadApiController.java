package nl.openinburgering.werkvoorraad.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.openinburgering.shared.Vandaag;
import nl.openinburgering.werkvoorraad.Toewijzing;
import nl.openinburgering.werkvoorraad.ToewijzingBeheer;
import nl.openinburgering.werkvoorraad.WerkvoorraadBeheer;
import nl.openinburgering.werkvoorraad.Werkvoorraadfilter;
import nl.openinburgering.werkvoorraad.Werkvoorraadpagina;
import nl.openinburgering.werkvoorraad.Werkvoorraadregel;

/**
 * {@code GET /api/v1/werkvoorraad} as the API contract fixes it ({@code api.md}, "Werkvoorraad"), with the
 * filters of the worklist page, and the assignment of responsible consulenten.
 */
@RestController
@Tag(name = "werkvoorraad", description = "Signalen, werkvoorraad en toewijzing van inburgeraars aan consulenten")
class WerkvoorraadApiController {

    private final WerkvoorraadBeheer werkvoorraad;
    private final ToewijzingBeheer toewijzingen;
    private final Clock klok;

    WerkvoorraadApiController(WerkvoorraadBeheer werkvoorraad, ToewijzingBeheer toewijzingen, Clock klok) {
        this.werkvoorraad = werkvoorraad;
        this.toewijzingen = toewijzingen;
        this.klok = klok;
    }

    @GetMapping(path = "/api/v1/werkvoorraad", produces = "application/json")
    @Operation(
            summary = "De signalen van de eigen inburgeraars (consulent) of van de gemeente (teamleider), "
                    + "op volgorde van uiterlijke datum",
            operationId = "haalWerkvoorraadOp")
    Werkvoorraad werkvoorraad(
            @RequestParam(required = false) String signaal,
            @RequestParam(required = false) String urgentie,
            @RequestParam(required = false) String consulent,
            @RequestParam(required = false) String sorteer,
            @RequestParam(defaultValue = "1") int pagina,
            @RequestParam(defaultValue = "25") int paginaGrootte,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate peildatum) {
        Werkvoorraadfilter filter =
                Filterparameters.filter(signaal, urgentie, consulent, sorteer, pagina, paginaGrootte);
        Werkvoorraadpagina gevonden =
                werkvoorraad.werkvoorraad(filter, peildatum == null ? Vandaag.datum(klok) : peildatum);
        return new Werkvoorraad(
                gevonden.regels().stream().map(Resultaat::van).toList(),
                gevonden.pagina(),
                gevonden.paginaGrootte(),
                gevonden.totaal(),
                gevonden.aantalPaginas());
    }

    @PostMapping(path = "/api/v1/toewijzingen", consumes = "application/json", produces = "application/json")
    @Operation(
            summary = "Wijs een of meer inburgeraars toe aan een consulent (alles of niets)",
            operationId = "wijsInburgeraarsToe")
    Toegewezen toewijzen(@RequestBody Toewijzingsverzoek verzoek) {
        return new Toegewezen(
                toewijzingen.herverdeel(verzoek.inburgeraarIds(), verzoek.consulent(), verzoek.reden()),
                verzoek.consulent());
    }

    @GetMapping(path = "/api/v1/inburgeraars/{id}/toewijzing", produces = "application/json")
    @Operation(
            summary = "De verantwoordelijke consulent, de historie van de toewijzing en de gehouden "
                    + "voortgangsgesprekken",
            operationId = "haalToewijzingOp")
    ToewijzingJson toewijzing(@PathVariable UUID id) {
        return ToewijzingJson.van(toewijzingen.toewijzing(id));
    }

    @PostMapping(
            path = "/api/v1/inburgeraars/{id}/voortgangsgesprekken",
            consumes = "application/json",
            produces = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Leg een gehouden voortgangsgesprek vast (D9)", operationId = "legVoortgangsgesprekVast")
    @ApiResponse(responseCode = "201", description = "Het gesprek is vastgelegd")
    ToewijzingJson voortgangsgesprek(@PathVariable UUID id, @RequestBody Gesprek gesprek) {
        toewijzingen.voortgangsgesprekGehouden(id, gesprek.datum());
        return ToewijzingJson.van(toewijzingen.toewijzing(id));
    }

    record Werkvoorraad(List<Resultaat> resultaten, int pagina, int paginaGrootte, long totaal, int aantalPaginas) {}

    record Resultaat(
            UUID inburgeraarId,
            String signaal,
            LocalDate uiterlijkeDatum,
            long dagenResterend,
            String regel,
            String urgentie,
            String actie,
            @Nullable String consulent) {

        static Resultaat van(Werkvoorraadregel regel) {
            return new Resultaat(
                    regel.signaal().inburgeraarId(),
                    regel.signaal().soort().name(),
                    regel.signaal().uiterlijkeDatum(),
                    regel.dagenResterend(),
                    regel.signaal().regel(),
                    regel.urgentie().name(),
                    regel.signaal().actie(),
                    regel.consulent().orElse(null));
        }
    }

    record Toewijzingsverzoek(List<UUID> inburgeraarIds, String consulent, String reden) {}

    record Toegewezen(int aantal, String consulent) {}

    record Gesprek(LocalDate datum) {}

    record Historieregel(@Nullable String van, String naar, String door, String tijdstip, String reden) {}

    record ToewijzingJson(
            UUID inburgeraarId,
            @Nullable String consulent,
            List<Historieregel> historie,
            List<LocalDate> voortgangsgesprekken) {

        static ToewijzingJson van(Toewijzing toewijzing) {
            return new ToewijzingJson(
                    toewijzing.inburgeraarId(),
                    toewijzing.consulent().orElse(null),
                    toewijzing.historie().stream()
                            .map(r -> new Historieregel(
                                    r.van().orElse(null),
                                    r.naar(),
                                    r.door(),
                                    r.tijdstip().toString(),
                                    r.reden()))
                            .toList(),
                    toewijzing.voortgangsgesprekken());
        }
    }

    static Optional<String> leeg(@Nullable String waarde) {
        return waarde == null || waarde.isBlank() ? Optional.empty() : Optional.of(waarde.strip());
    }
}
