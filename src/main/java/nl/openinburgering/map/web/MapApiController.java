package nl.openinburgering.map.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.openinburgering.map.MapBeheer;
import nl.openinburgering.map.MapEindgesprek;
import nl.openinburgering.map.MapThemaRegel;
import nl.openinburgering.map.MapVoortgang;
import nl.openinburgering.map.ThemaStatus;
import nl.openinburgering.shared.Leerroute;
import nl.openinburgering.shared.MapThema;
import nl.openinburgering.shared.Verwijtbaar;

/** {@code /api/v1/inburgeraars/{id}/map}: progress, themes, cost and the eindgesprek ({@code api.md}, "Completion"). */
@RestController
@RequestMapping(path = "/api/v1/inburgeraars/{inburgeraarId}/map", produces = "application/json")
@Tag(name = "map", description = "Module Arbeidsmarkt en Participatie: thema's, praktijkdeel, kosten en eindgesprek")
class MapApiController {

    private final MapBeheer map;

    MapApiController(MapBeheer map) {
        this.map = map;
    }

    @GetMapping
    @Operation(
            summary =
                    "De MAP-voortgang: leerroute (R6.1), thema's (R6.2), praktijkuren (R6.3), eindgesprek (R6.4), DUO (R6.5), kosten (D4)",
            operationId = "haalMapOp")
    MapJson voortgang(@PathVariable UUID inburgeraarId) {
        return MapJson.van(map.voortgang(inburgeraarId));
    }

    @PutMapping(path = "/themas/{thema}", consumes = "application/json")
    @Operation(summary = "Spreek een thema af of stel vrij met een reden (R6.2)", operationId = "legMapThemaVast")
    MapJson thema(@PathVariable UUID inburgeraarId, @PathVariable MapThema thema, @RequestBody ThemaInvoer invoer) {
        return MapJson.van(map.spreekThemaAf(inburgeraarId, thema, invoer.status(), invoer.reden()));
    }

    @PutMapping(path = "/kosten", consumes = "application/json")
    @Operation(
            summary = "Leg de kosten van de MAP voor deze persoon vast (D4: vergeleken met het budget)",
            operationId = "legMapKostenVast")
    MapJson kosten(@PathVariable UUID inburgeraarId, @RequestBody KostenInvoer invoer) {
        return MapJson.van(map.stelKostenIn(inburgeraarId, invoer.bedrag()));
    }

    @PostMapping(path = "/eindgesprek", consumes = "application/json")
    @Operation(
            summary = "Registreer het eindgesprek met het oordeel van de gemeente; 400 bij R6.1 of R6.3",
            operationId = "registreerEindgesprekMap")
    MapJson eindgesprek(@PathVariable UUID inburgeraarId, @RequestBody EindgesprekInvoer invoer) {
        map.eindgesprek(inburgeraarId, invoer.datum(), invoer.voldoende(), invoer.verwijtbaar());
        return MapJson.van(map.voortgang(inburgeraarId));
    }

    record ThemaInvoer(ThemaStatus status, String reden) {}

    record KostenInvoer(BigDecimal bedrag) {}

    record EindgesprekInvoer(LocalDate datum, Boolean voldoende, Verwijtbaar verwijtbaar) {}

    /**
     * {@code datumEindgesprekMap} (only after a sufficient eindgesprek) and {@code verwijtbaar} are the fields
     * DUO will receive (R6.5).
     */
    record MapJson(
            boolean vanToepassing,
            @Nullable Leerroute leerroute,
            List<ThemaJson> themas,
            BigDecimal praktijkuren,
            BigDecimal minimumPraktijkuren,
            @Nullable LocalDate uiterlijkeDatum,
            @Nullable EindgesprekJson eindgesprek,
            @Nullable LocalDate datumEindgesprekMap,
            @Nullable Verwijtbaar verwijtbaar,
            List<Verwijtbaar> toegestaneVerwijtbaarheid,
            @Nullable BigDecimal kosten,
            BigDecimal budget,
            boolean bovenBudget) {

        static MapJson van(MapVoortgang v) {
            var gesprek = v.eindgesprek();
            var voldoende = gesprek.filter(MapEindgesprek::voldoende);
            return new MapJson(
                    v.vanToepassing(),
                    v.leerroute().orElse(null),
                    v.themas().stream().map(ThemaJson::van).toList(),
                    v.praktijkuren(),
                    v.minimumPraktijkuren(),
                    v.uiterlijkeDatum().orElse(null),
                    gesprek.map(g -> new EindgesprekJson(g.datum(), g.voldoende()))
                            .orElse(null),
                    voldoende.map(MapEindgesprek::datum).orElse(null),
                    voldoende.flatMap(MapEindgesprek::verwijtbaar).orElse(null),
                    v.toegestaneVerwijtbaarheid().stream().sorted().toList(),
                    v.kosten().orElse(null),
                    v.budget(),
                    v.bovenBudget());
        }
    }

    record ThemaJson(
            MapThema thema,
            @Nullable ThemaStatus status,
            @Nullable String reden,
            boolean bijgewoond) {

        static ThemaJson van(MapThemaRegel r) {
            return new ThemaJson(r.thema(), r.status().orElse(null), r.reden(), r.bijgewoond());
        }
    }

    record EindgesprekJson(LocalDate datum, boolean voldoende) {}
}
