package nl.openinburgering.inburgeraar.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.openinburgering.inburgeraar.Afsluitreden;
import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.inburgeraar.Examendeel;
import nl.openinburgering.inburgeraar.Inburgeraar;
import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.inburgeraar.Informatieverzoek;
import nl.openinburgering.inburgeraar.Persoonsgegevens;
import nl.openinburgering.inburgeraar.Termijnverlenging;
import nl.openinburgering.inburgeraar.Vrijstelling;
import nl.openinburgering.inburgeraar.VrijstellingVastgelegd;
import nl.openinburgering.shared.Bsn;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Vandaag;
import nl.openinburgering.shared.Veldfout;

/** {@code /api/v1/inburgeraars} as fixed by the API contract ({@code api.md}, "Inburgeraars"). */
@RestController
@RequestMapping(path = "/api/v1/inburgeraars", produces = "application/json")
@Tag(name = "inburgeraars", description = "Register van inburgeraars van de eigen gemeente")
class InburgeraarApiController {

    static final int MAXIMALE_PAGINAGROOTTE = 100;
    private static final Map<String, String> SORTEERVELDEN = Map.of(
            "geslachtsnaam", "geslachtsnaam",
            "geboortedatum", "geboortedatum",
            "uiterlijkeDatumVaststellingPip", "datumStartTermijnVaststellingLeerroute",
            "geregistreerdOp", "geregistreerdOp");

    private final InburgeraarBeheer beheer;
    private final Clock klok;

    InburgeraarApiController(InburgeraarBeheer beheer, Clock klok) {
        this.beheer = beheer;
        this.klok = klok;
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Registreer een inburgeraar", operationId = "registreerInburgeraar")
    @ApiResponse(
            responseCode = "201",
            description = "Geregistreerd; de kopregel Location wijst naar het nieuwe dossier.")
    ResponseEntity<InburgeraarJson> registreer(@RequestBody InburgeraarInvoer invoer) {
        Inburgeraar nieuw = beheer.registreer(invoer.gegevens(Vandaag.datum(klok)));
        return ResponseEntity.created(URI.create("/api/v1/inburgeraars/" + nieuw.id()))
                .body(InburgeraarJson.van(nieuw));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Haal een inburgeraar op", operationId = "haalInburgeraarOp")
    ResponseEntity<InburgeraarJson> raadpleeg(@PathVariable UUID id) {
        Inburgeraar inburgeraar = beheer.raadpleeg(id);
        return ResponseEntity.ok().eTag("\"" + inburgeraar.versie() + "\"").body(InburgeraarJson.van(inburgeraar));
    }

    @PutMapping(path = "/{id}", consumes = "application/json")
    @Operation(summary = "Wijzig een inburgeraar (met de versie die u las)", operationId = "wijzigInburgeraar")
    InburgeraarJson wijzig(@PathVariable UUID id, @RequestBody InburgeraarWijziging wijziging) {
        if (wijziging.versie() == null) {
            throw new OngeldigeInvoer(new Veldfout(
                    "versie",
                    "verplicht",
                    "Geef de versie mee die u heeft gelezen, zodat geen wijziging van een ander verloren gaat."));
        }
        return InburgeraarJson.van(beheer.wijzig(
                id,
                wijziging.versie(),
                wijziging.gegevens(Vandaag.datum(klok)),
                wijziging.redenWijzigingStartTermijn()));
    }

    @GetMapping
    @Operation(summary = "Blader door de inburgeraars van de eigen gemeente", operationId = "lijstInburgeraars")
    Lijst lijst(
            @RequestParam(defaultValue = "1") int pagina,
            @RequestParam(defaultValue = "20") int paginaGrootte,
            @RequestParam(defaultValue = "geslachtsnaam") String sorteer) {
        if (pagina < 1) {
            throw new OngeldigeInvoer(new Veldfout("pagina", "pagina.ongeldig", "De pagina begint bij 1."));
        }
        if (paginaGrootte < 1 || paginaGrootte > MAXIMALE_PAGINAGROOTTE) {
            throw new OngeldigeInvoer(new Veldfout(
                    "paginaGrootte",
                    "paginaGrootte.ongeldig",
                    "De paginagrootte ligt tussen 1 en " + MAXIMALE_PAGINAGROOTTE + "."));
        }
        Page<Inburgeraar> gevonden = beheer.overzicht(PageRequest.of(pagina - 1, paginaGrootte, sortering(sorteer)));
        return new Lijst(
                gevonden.getContent().stream().map(InburgeraarJson::van).toList(),
                new Paginering(pagina, paginaGrootte, gevonden.getTotalElements(), gevonden.getTotalPages()));
    }

    @PostMapping(path = "/_zoek", consumes = "application/json")
    @Operation(summary = "Zoek op BSN (het BSN staat in de body, nooit in de URL)", operationId = "zoekInburgeraars")
    Zoekresultaat zoek(@RequestBody ZoekVraag vraag) {
        return new Zoekresultaat(beheer.zoekOpBsn(Bsn.van(vraag.bsn())).stream()
                .map(InburgeraarJson::van)
                .toList());
    }

    @PostMapping(path = "/{id}/informatieverzoeken", consumes = "application/json")
    @Operation(summary = "Leg een verzoek om informatie bij een derde vast (R2.8)", operationId = "vraagInformatie")
    ResponseEntity<InburgeraarJson> vraagInformatie(@PathVariable UUID id, @RequestBody InformatieVraag vraag) {
        Informatieverzoek verzoek =
                beheer.vraagInformatie(id, vraag.derde(), vraag.omschrijving(), vraag.aangevraagdOp());
        return ResponseEntity.created(
                        URI.create("/api/v1/inburgeraars/" + id + "/informatieverzoeken/" + verzoek.volgnummer()))
                .body(InburgeraarJson.van(beheer.raadpleeg(id)));
    }

    @PostMapping(path = "/{id}/informatieverzoeken/{volgnummer}/ontvangst", consumes = "application/json")
    @Operation(summary = "Leg vast dat de gevraagde informatie binnen is (R2.8)", operationId = "informatieOntvangen")
    InburgeraarJson informatieOntvangen(
            @PathVariable UUID id, @PathVariable int volgnummer, @RequestBody Ontvangst ontvangst) {
        beheer.informatieOntvangen(id, volgnummer, ontvangst.ontvangenOp());
        return InburgeraarJson.van(beheer.raadpleeg(id));
    }

    @PostMapping(path = "/{id}/termijnverlengingen", consumes = "application/json")
    @Operation(
            summary = "Registreer een door DUO toegekende verlenging van de inburgeringstermijn (R3.6)",
            operationId = "registreerTermijnverlenging")
    ResponseEntity<InburgeraarJson> registreerVerlenging(@PathVariable UUID id, @RequestBody Verlenging verlenging) {
        Termijnverlenging geregistreerd = beheer.registreerVerlenging(
                id, verlenging.datumBesluit(), verlenging.nieuweEinddatum(), verlenging.reden());
        return ResponseEntity.created(
                        URI.create("/api/v1/inburgeraars/" + id + "/termijnverlengingen/" + geregistreerd.volgnummer()))
                .body(InburgeraarJson.van(beheer.raadpleeg(id)));
    }

    @PostMapping(path = "/{id}/afsluiting", consumes = "application/json")
    @Operation(
            summary = "Sluit het dossier af met een reden, de datum en een toelichting (R1.11)",
            operationId = "sluitDossierAf")
    InburgeraarJson sluitAf(@PathVariable UUID id, @RequestBody Afsluiting afsluiting) {
        List<Veldfout> ontbreekt = new java.util.ArrayList<>();
        if (afsluiting.reden() == null) {
            ontbreekt.add(new Veldfout("reden", "R1.11", "Kies de reden van afsluiten."));
        }
        if (afsluiting.datum() == null) {
            ontbreekt.add(new Veldfout("datum", "R1.11", "Vul de datum in waarop de plicht of het dossier eindigde."));
        }
        if (afsluiting.versie() == null) {
            ontbreekt.add(new Veldfout("versie", "verplicht", "Geef de versie mee die u heeft gelezen."));
        }
        if (!ontbreekt.isEmpty()) {
            throw new OngeldigeInvoer(ontbreekt);
        }
        beheer.sluitAf(id, afsluiting.versie(), afsluiting.reden(), afsluiting.datum(), afsluiting.toelichting());
        return InburgeraarJson.van(beheer.raadpleeg(id));
    }

    @PostMapping(path = "/{id}/heropening", consumes = "application/json")
    @Operation(summary = "Heropen een afgesloten dossier met een reden (R1.11)", operationId = "heropenDossier")
    InburgeraarJson heropen(@PathVariable UUID id, @RequestBody Heropening heropening) {
        if (heropening.versie() == null) {
            throw new OngeldigeInvoer(new Veldfout("versie", "verplicht", "Geef de versie mee die u heeft gelezen."));
        }
        beheer.heropen(id, heropening.versie(), heropening.toelichting());
        return InburgeraarJson.van(beheer.raadpleeg(id));
    }

    @PostMapping(path = "/{id}/vrijstellingen", consumes = "application/json")
    @Operation(
            summary = "Leg een vrijstelling of ontheffing van DUO vast, geheel, gedeeltelijk of tijdelijk (R1.7, R1.9)",
            operationId = "legVrijstellingVast")
    @ApiResponse(
            responseCode = "201",
            description = "Vastgelegd; een gehele vrijstelling of ontheffing sluit het dossier af.")
    ResponseEntity<InburgeraarJson> legVrijstellingVast(@PathVariable UUID id, @RequestBody VrijstellingInvoer invoer) {
        VrijstellingVastgelegd vastgelegd = beheer.legVrijstellingVast(
                id,
                invoer.soort(),
                invoer.omvang(),
                invoer.grond(),
                invoer.datumBesluit(),
                invoer.onderdelen() == null ? Set.of() : Set.copyOf(invoer.onderdelen()));
        return ResponseEntity.created(URI.create("/api/v1/inburgeraars/" + id + "/vrijstellingen/"
                        + vastgelegd.vrijstelling().volgnummer()))
                .body(InburgeraarJson.van(beheer.raadpleeg(id)));
    }

    record VrijstellingInvoer(
            Vrijstelling.Soort soort,
            Vrijstelling.Omvang omvang,
            String grond,
            LocalDate datumBesluit,
            List<Examendeel> onderdelen) {}

    record Afsluiting(Afsluitreden reden, LocalDate datum, String toelichting, Long versie) {}

    record Heropening(String toelichting, Long versie) {}

    record Verlenging(LocalDate datumBesluit, LocalDate nieuweEinddatum, String reden) {}

    record InformatieVraag(String derde, String omschrijving, LocalDate aangevraagdOp) {}

    record Ontvangst(LocalDate ontvangenOp) {}

    /** {@code sorteer=geslachtsnaam} ascending, {@code sorteer=-geboortedatum} descending. */
    static Sort sortering(String sorteer) {
        boolean aflopend = sorteer.startsWith("-");
        String veld = SORTEERVELDEN.get(aflopend ? sorteer.substring(1) : sorteer);
        if (veld == null) {
            throw new OngeldigeInvoer(new Veldfout(
                    "sorteer",
                    "sorteer.onbekend",
                    "Sorteer op een van: "
                            + String.join(
                                    ", ",
                                    SORTEERVELDEN.keySet().stream().sorted().toList())
                            + " (met een - ervoor voor aflopend)."));
        }
        Sort sort = Sort.by(aflopend ? Sort.Direction.DESC : Sort.Direction.ASC, veld);
        return sort.and(Sort.by("id"));
    }

    record InburgeraarInvoer(
            @Nullable String bsn,
            @Nullable String voornamen,
            @Nullable String geslachtsnaam,
            @Nullable LocalDate geboortedatum,
            @Nullable Doelgroep doelgroep,
            @Nullable LocalDate datumStartInburgeringsplicht,
            @Nullable LocalDate datumVestigingGemeente,
            @Nullable LocalDate datumStartTermijnVaststellingLeerroute,
            @Nullable String straat,
            @Nullable Integer huisnummer,
            @Nullable String huisnummertoevoeging,
            @Nullable String postcode,
            @Nullable String woonplaats) {

        Persoonsgegevens gegevens(LocalDate vandaag) {
            return Persoonsgegevens.metAdresvelden(
                    vandaag,
                    bsn,
                    voornamen,
                    geslachtsnaam,
                    geboortedatum,
                    doelgroep,
                    datumStartInburgeringsplicht,
                    datumVestigingGemeente,
                    datumStartTermijnVaststellingLeerroute,
                    straat,
                    huisnummer,
                    huisnummertoevoeging,
                    postcode,
                    woonplaats);
        }
    }

    /** R2.8: {@code redenWijzigingStartTermijn} is required when the start of the 10-week term changes. */
    record InburgeraarWijziging(
            @Nullable Long versie,
            @Nullable String redenWijzigingStartTermijn,
            @Nullable String bsn,
            @Nullable String voornamen,
            @Nullable String geslachtsnaam,
            @Nullable LocalDate geboortedatum,
            @Nullable Doelgroep doelgroep,
            @Nullable LocalDate datumStartInburgeringsplicht,
            @Nullable LocalDate datumVestigingGemeente,
            @Nullable LocalDate datumStartTermijnVaststellingLeerroute,
            @Nullable String straat,
            @Nullable Integer huisnummer,
            @Nullable String huisnummertoevoeging,
            @Nullable String postcode,
            @Nullable String woonplaats) {

        Persoonsgegevens gegevens(LocalDate vandaag) {
            return Persoonsgegevens.metAdresvelden(
                    vandaag,
                    bsn,
                    voornamen,
                    geslachtsnaam,
                    geboortedatum,
                    doelgroep,
                    datumStartInburgeringsplicht,
                    datumVestigingGemeente,
                    datumStartTermijnVaststellingLeerroute,
                    straat,
                    huisnummer,
                    huisnummertoevoeging,
                    postcode,
                    woonplaats);
        }
    }

    record ZoekVraag(String bsn) {}

    record Zoekresultaat(List<InburgeraarJson> resultaten) {}

    record Lijst(List<InburgeraarJson> resultaten, Paginering paginering) {}

    record Paginering(int pagina, int paginaGrootte, long totaalAantal, int aantalPaginas) {}
}
