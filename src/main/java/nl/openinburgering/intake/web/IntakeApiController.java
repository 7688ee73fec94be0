package nl.openinburgering.intake.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.openinburgering.intake.Afspraaksoort;
import nl.openinburgering.intake.Bevindingen;
import nl.openinburgering.intake.Gesprek;
import nl.openinburgering.intake.Gesprekssoort;
import nl.openinburgering.intake.Intake;
import nl.openinburgering.intake.IntakeBeheer;
import nl.openinburgering.intake.Intakedossier;
import nl.openinburgering.intake.LbtOntheffing;
import nl.openinburgering.intake.LbtResultaat;
import nl.openinburgering.intake.Leerbaarheidstoets;
import nl.openinburgering.intake.NietVerschenen;
import nl.openinburgering.intake.Overdracht;
import nl.openinburgering.intake.Overdrachtsscenario;
import nl.openinburgering.shared.Leerroute;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Vandaag;
import nl.openinburgering.shared.Veldfout;

/** {@code /api/v1/inburgeraars/{id}/overdracht} and {@code .../intake/...}: warme overdracht and brede intake. */
@RestController
@RequestMapping(path = "/api/v1/inburgeraars/{inburgeraarId}", produces = "application/json")
@Tag(name = "intake", description = "Warme overdracht, brede intake, leerbaarheidstoets en routeadvies")
class IntakeApiController {

    private final IntakeBeheer beheer;

    private final Clock klok;

    IntakeApiController(IntakeBeheer beheer, Clock klok) {
        this.beheer = beheer;
        this.klok = klok;
    }

    @GetMapping("/overdracht")
    @Operation(summary = "De warme overdracht van het COA", operationId = "haalOverdrachtOp")
    OverdrachtJson overdracht(@PathVariable UUID inburgeraarId) {
        Intakedossier dossier = beheer.raadpleeg(inburgeraarId);
        return OverdrachtJson.van(dossier.overdracht(), dossier.versie(), dossier.vestigingOntbreekt());
    }

    @PutMapping(path = "/overdracht", consumes = "application/json")
    @Operation(summary = "Leg de warme overdracht vast", operationId = "legOverdrachtVast")
    OverdrachtJson legOverdrachtVast(@PathVariable UUID inburgeraarId, @RequestBody OverdrachtJson invoer) {
        Intake intake = beheer.legOverdrachtVast(
                inburgeraarId, versie(invoer.versie()), invoer.overdracht(Vandaag.datum(klok)));
        return OverdrachtJson.van(intake.overdracht(), intake.versie(), null);
    }

    @GetMapping("/intake/gesprekken")
    @Operation(summary = "De kennismakings- en intakegesprekken", operationId = "lijstIntakegesprekken")
    Lijst<GesprekJson> gesprekken(@PathVariable UUID inburgeraarId) {
        return new Lijst<>(beheer.raadpleeg(inburgeraarId).gesprekken().stream()
                .map(GesprekJson::van)
                .toList());
    }

    @PostMapping(path = "/intake/gesprekken", consumes = "application/json")
    @Operation(summary = "Leg een gevoerd gesprek vast", operationId = "legIntakegesprekVast")
    @ApiResponse(responseCode = "201", description = "Het gesprek is vastgelegd")
    ResponseEntity<GesprekJson> voegGesprekToe(@PathVariable UUID inburgeraarId, @RequestBody GesprekJson invoer) {
        Gesprek gesprek = beheer.voegGesprekToe(
                inburgeraarId,
                new Gesprek.Gespreksverslag(
                        invoer.soort(),
                        invoer.datum(),
                        invoer.deelnemers(),
                        Boolean.TRUE.equals(invoer.tolk()),
                        invoer.tolkTaal(),
                        invoer.notities()));
        return ResponseEntity.created(URI.create("/api/v1/inburgeraars/" + inburgeraarId + "/intake/gesprekken"))
                .body(GesprekJson.van(gesprek));
    }

    @GetMapping("/intake/bevindingen")
    @Operation(summary = "De bevindingen per leefgebied", operationId = "haalBevindingenOp")
    BevindingenJson bevindingen(@PathVariable UUID inburgeraarId) {
        Intakedossier dossier = beheer.raadpleeg(inburgeraarId);
        return BevindingenJson.van(dossier.bevindingen(), dossier.versie());
    }

    @PutMapping(path = "/intake/bevindingen", consumes = "application/json")
    @Operation(summary = "Leg de bevindingen per leefgebied vast", operationId = "legBevindingenVast")
    BevindingenJson legBevindingenVast(@PathVariable UUID inburgeraarId, @RequestBody BevindingenJson invoer) {
        Intake intake = beheer.legBevindingenVast(inburgeraarId, versie(invoer.versie()), invoer.bevindingen());
        return BevindingenJson.van(intake.bevindingen(), intake.versie());
    }

    @GetMapping("/intake/leerbaarheidstoets")
    @Operation(summary = "De leerbaarheidstoets of de ontheffing ervan", operationId = "haalLeerbaarheidstoetsOp")
    LeerbaarheidstoetsJson leerbaarheidstoets(@PathVariable UUID inburgeraarId) {
        Intakedossier dossier = beheer.raadpleeg(inburgeraarId);
        return LeerbaarheidstoetsJson.van(dossier.leerbaarheidstoets(), dossier.versie());
    }

    @PutMapping(path = "/intake/leerbaarheidstoets", consumes = "application/json")
    @Operation(
            summary = "Leg de uitslag van of de ontheffing van de leerbaarheidstoets vast",
            operationId = "legLeerbaarheidstoetsVast")
    LeerbaarheidstoetsJson legLeerbaarheidstoetsVast(
            @PathVariable UUID inburgeraarId, @RequestBody LeerbaarheidstoetsJson invoer) {
        Intake intake = beheer.legLeerbaarheidstoetsVast(
                inburgeraarId, versie(invoer.versie()), invoer.toets(Vandaag.datum(klok)));
        return LeerbaarheidstoetsJson.van(intake.leerbaarheidstoets(), intake.versie());
    }

    @GetMapping("/intake/niet-verschenen")
    @Operation(summary = "De afspraken waarop de inburgeraar niet verscheen", operationId = "lijstNietVerschenen")
    Lijst<NietVerschenenJson> nietVerschenen(@PathVariable UUID inburgeraarId) {
        return new Lijst<>(beheer.raadpleeg(inburgeraarId).nietVerschenen().stream()
                .map(NietVerschenenJson::van)
                .toList());
    }

    @PostMapping(path = "/intake/niet-verschenen", consumes = "application/json")
    @Operation(summary = "Leg vast dat de inburgeraar niet verscheen", operationId = "legNietVerschenenVast")
    @ApiResponse(responseCode = "201", description = "Het niet verschijnen is vastgelegd")
    ResponseEntity<NietVerschenenJson> registreerNietVerschenen(
            @PathVariable UUID inburgeraarId, @RequestBody NietVerschenenJson invoer) {
        NietVerschenen registratie = beheer.registreerNietVerschenen(
                inburgeraarId,
                invoer.datum(),
                invoer.afspraak(),
                Boolean.TRUE.equals(invoer.geldigeReden()),
                invoer.toelichting());
        return ResponseEntity.created(URI.create("/api/v1/inburgeraars/" + inburgeraarId + "/intake/niet-verschenen"))
                .body(NietVerschenenJson.van(registratie));
    }

    @GetMapping("/intake/routeadvies")
    @Operation(summary = "Het routeadvies met de redenen", operationId = "haalRouteadviesOp")
    RouteadviesJson routeadvies(@PathVariable UUID inburgeraarId) {
        var advies = beheer.raadpleeg(inburgeraarId).routeadvies();
        return new RouteadviesJson(advies.leerroute().orElse(null), advies.redenen());
    }

    @GetMapping("/intake/routekeuze")
    @Operation(summary = "De gekozen leerroute", operationId = "haalRoutekeuzeOp")
    RoutekeuzeJson routekeuze(@PathVariable UUID inburgeraarId) {
        Intakedossier dossier = beheer.raadpleeg(inburgeraarId);
        return dossier.routekeuze()
                .map(keuze -> new RoutekeuzeJson(keuze.leerroute(), keuze.reden(), dossier.versie()))
                .orElse(new RoutekeuzeJson(null, null, dossier.versie()));
    }

    @PutMapping(path = "/intake/routekeuze", consumes = "application/json")
    @Operation(summary = "Kies de leerroute", operationId = "kiesLeerroute")
    RoutekeuzeJson kiesLeerroute(@PathVariable UUID inburgeraarId, @RequestBody RoutekeuzeJson invoer) {
        Intake intake =
                beheer.kiesLeerroute(inburgeraarId, versie(invoer.versie()), invoer.leerroute(), invoer.reden());
        var keuze = intake.routekeuze().orElseThrow();
        return new RoutekeuzeJson(keuze.leerroute(), keuze.reden(), intake.versie());
    }

    private static long versie(@Nullable Long versie) {
        if (versie == null) {
            throw new OngeldigeInvoer(new Veldfout(
                    "versie", "verplicht", "Geef de versie mee die u hebt gelezen (optimistische vergrendeling)."));
        }
        return versie;
    }

    record Lijst<T>(List<T> resultaten) {}

    record OverdrachtJson(
            @Nullable LocalDate koppelingsdatum,
            @Nullable String azcLocatie,
            @Nullable String coaContactpersoon,
            @Nullable String coaTelefoon,
            @Nullable String coaEmail,
            @Nullable Overdrachtsscenario scenario,
            @Nullable Boolean vestigingOntbreekt,
            @Nullable Long versie) {

        static OverdrachtJson van(Overdracht o, long versie, @Nullable Boolean vestigingOntbreekt) {
            return new OverdrachtJson(
                    o.koppelingsdatum(),
                    o.azcLocatie(),
                    o.coaContactpersoon(),
                    o.coaTelefoon(),
                    o.coaEmail(),
                    o.scenario(),
                    vestigingOntbreekt,
                    versie);
        }

        Overdracht overdracht(LocalDate vandaag) {
            return Overdracht.op(
                    vandaag, koppelingsdatum, azcLocatie, coaContactpersoon, coaTelefoon, coaEmail, scenario);
        }
    }

    record GesprekJson(
            Integer volgnummer,
            Gesprekssoort soort,
            LocalDate datum,
            String deelnemers,
            Boolean tolk,
            @Nullable String tolkTaal,
            @Nullable String notities) {

        static GesprekJson van(Gesprek g) {
            return new GesprekJson(
                    g.volgnummer(), g.soort(), g.datum(), g.deelnemers(), g.tolk(), g.tolkTaal(), g.notities());
        }
    }

    record BevindingenJson(
            @Nullable String onderwijs,
            nl.openinburgering.intake.@Nullable Opleidingsniveau opleidingsniveau,
            @Nullable String werkervaring,
            @Nullable String gezondheid,
            @Nullable String persoonlijkeOmstandigheden,
            @Nullable String taalniveau,
            @Nullable String digitaleVaardigheden,
            @Nullable String diplomawaardering,
            @Nullable String financien,
            @Nullable String sociaalNetwerk,
            nl.openinburgering.intake.@Nullable Hoofddoel hoofddoel,
            @Nullable String ontwikkelwensen,
            @Nullable String aandachtspunten,
            Long versie) {

        static BevindingenJson van(Bevindingen b, long versie) {
            return new BevindingenJson(
                    b.onderwijs(),
                    b.opleidingsniveau(),
                    b.werkervaring(),
                    b.gezondheid(),
                    b.persoonlijkeOmstandigheden(),
                    b.taalniveau(),
                    b.digitaleVaardigheden(),
                    b.diplomawaardering(),
                    b.financien(),
                    b.sociaalNetwerk(),
                    b.hoofddoel(),
                    b.ontwikkelwensen(),
                    b.aandachtspunten(),
                    versie);
        }

        Bevindingen bevindingen() {
            return new Bevindingen(
                    onderwijs,
                    opleidingsniveau,
                    werkervaring,
                    gezondheid,
                    persoonlijkeOmstandigheden,
                    taalniveau,
                    digitaleVaardigheden,
                    diplomawaardering,
                    financien,
                    sociaalNetwerk,
                    hoofddoel,
                    ontwikkelwensen,
                    aandachtspunten);
        }
    }

    record LeerbaarheidstoetsJson(
            @Nullable LocalDate aanmeldingsdatum,
            @Nullable LbtResultaat resultaat,
            @Nullable BigDecimal behaaldeScore,
            @Nullable BigDecimal benodigdeScore,
            @Nullable LbtOntheffing ontheffing,
            @Nullable String ontheffingReden,
            Long versie) {

        static LeerbaarheidstoetsJson van(Leerbaarheidstoets t, long versie) {
            return new LeerbaarheidstoetsJson(
                    t.aanmeldingsdatum(),
                    t.resultaat(),
                    t.behaaldeScore(),
                    t.benodigdeScore(),
                    t.ontheffing(),
                    t.ontheffingReden(),
                    versie);
        }

        Leerbaarheidstoets toets(LocalDate vandaag) {
            return Leerbaarheidstoets.op(
                    vandaag, aanmeldingsdatum, resultaat, behaaldeScore, benodigdeScore, ontheffing, ontheffingReden);
        }
    }

    record NietVerschenenJson(
            Integer volgnummer,
            LocalDate datum,
            Afspraaksoort afspraak,
            Boolean geldigeReden,
            @Nullable String toelichting) {

        static NietVerschenenJson van(NietVerschenen n) {
            return new NietVerschenenJson(n.volgnummer(), n.datum(), n.afspraak(), n.geldigeReden(), n.toelichting());
        }
    }

    record RouteadviesJson(@Nullable Leerroute leerroute, List<String> redenen) {}

    record RoutekeuzeJson(
            @Nullable Leerroute leerroute, @Nullable String reden, Long versie) {}
}
