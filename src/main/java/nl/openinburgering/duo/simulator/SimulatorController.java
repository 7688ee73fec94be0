package nl.openinburgering.duo.simulator;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.openinburgering.duo.Digikoppeling;
import nl.openinburgering.duo.DuoInstelling;
import nl.openinburgering.duo.Oin;
import nl.openinburgering.duo.internal.DuoContract;
import nl.openinburgering.duo.internal.DuoInstellingen;

/**
 * The simulated DUO's APIs under {@code /duo-simulator/v1} (profile demo and tests): Inburgeringsplicht (plicht,
 * doelgroep), Inburgeringstermijn, PIP and MAP/PVT/Z-route ({@link SimulatorResultaten}). Every request is checked against DUO's OpenAPI file of its API and
 * refused with 400 when it does not conform; a PIP melding is checked against the validations of the
 * specification's README (R3.13, R2.9) and refused with 403 and DUO's {@code Foutmelding}s; a repeated berichtId
 * registers nothing twice.
 */
@RestController
@ConditionalOnProperty(name = "openinburgering.duo.simulator.aan", havingValue = "true")
class SimulatorController {

    private static final String PREFIX = "/duo-simulator/v1";
    private static final List<String> APIS = List.of(
            "Inburgeringsplicht",
            "Inburgeringstermijn",
            "PIP",
            "MAP,PVT,Zroute",
            "Examen",
            "Leerbaarheidstoets",
            "Vrijstelling",
            "Ontheffing");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DuoContract contract;
    private final SimulatorOpslag opslag;
    private final SimulatorStoring storing;
    private final SimulatorMeldingen meldingen;
    private final SimulatorResultaten resultaten;
    private final DuoInstellingen instellingen;

    SimulatorController(
            DuoContract contract,
            SimulatorOpslag opslag,
            SimulatorStoring storing,
            SimulatorMeldingen meldingen,
            SimulatorResultaten resultaten,
            DuoInstellingen instellingen) {
        this.instellingen = instellingen;
        this.resultaten = resultaten;
        this.contract = contract;
        this.opslag = opslag;
        this.storing = storing;
        this.meldingen = meldingen;
    }

    @RequestMapping(PREFIX + "/**")
    ResponseEntity<String> verzoek(HttpServletRequest verzoek, @RequestBody(required = false) byte @Nullable [] body)
            throws InterruptedException {
        String pad = verzoek.getRequestURI().substring(PREFIX.length());
        String methode = verzoek.getMethod();
        String berichtId = verzoek.getHeader(Digikoppeling.BERICHT_ID);
        ResponseEntity<String> antwoord = beantwoord(verzoek, pad, methode, body);
        opslag.verzoek(methode, pad, berichtId, antwoord.getStatusCode().value());
        return antwoord;
    }

    private ResponseEntity<String> beantwoord(
            HttpServletRequest verzoek, String pad, String methode, byte @Nullable [] body)
            throws InterruptedException {
        switch (storing.stand()) {
            case ONBEREIKBAAR -> {
                return ResponseEntity.status(503)
                        .header(Digikoppeling.API_VERSION, "1.0.0")
                        .build();
            }
            case FOUT -> {
                return ResponseEntity.status(500)
                        .header(Digikoppeling.API_VERSION, "1.0.0")
                        .build();
            }
            case TRAAG -> Thread.sleep(storing.vertraging());
            case NORMAAL -> {}
        }
        Optional<String> api = APIS.stream()
                .filter(a -> contract.sjabloon(a, methode, pad).isPresent())
                .findFirst();
        if (api.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        String inhoud = body == null || body.length == 0 ? null : new String(body, StandardCharsets.UTF_8);
        Map<String, String> kop = new LinkedHashMap<>();
        for (String naam : List.of(Digikoppeling.BRON, Digikoppeling.DOEL, Digikoppeling.BERICHT_ID)) {
            Optional.ofNullable(verzoek.getHeader(naam)).ifPresent(w -> kop.put(naam, w));
        }
        String versie = contract.versie(api.get());
        if (!contract.verzoek(api.get(), methode, pad, kop, inhoud).isEmpty()) {
            return ResponseEntity.badRequest()
                    .header(Digikoppeling.API_VERSION, versie)
                    .build();
        }
        String bsn = pad.split("/")[2];
        Optional<SimulatorOpslag.Persoon> persoon = opslag.persoon(bsn);
        if (persoon.isEmpty()) {
            return ResponseEntity.status(404)
                    .header(Digikoppeling.API_VERSION, versie)
                    .build();
        }
        String bron = kop.getOrDefault(Digikoppeling.BRON, "");
        String bericht = kop.getOrDefault(Digikoppeling.BERICHT_ID, "");
        String bron2 = bron;
        return switch (methode.toUpperCase(Locale.ROOT) + " " + pad.substring(pad.indexOf('/', 11))) {
            case "GET /inburgeringsplicht" -> json(versie, plicht(persoon.get()));
            case "GET /doelgroep" -> json(versie, doelgroep(persoon.get()));
            case "GET /inburgeringstermijn" -> termijn(versie, persoon.get());
            case "GET /PIP" -> pipLezen(versie, persoon.get());
            case "POST /PIP" -> pipMelden(versie, persoon.get(), bron2, bericht, inhoud == null ? "{}" : inhoud);
            case "DELETE /PIP" -> pipVerwijderen(versie, persoon.get());
            case "PUT /pvt" -> resultaten.meld(versie, persoon.get(), "PVT", bron2, bericht, inhoud);
            case "PUT /map" -> resultaten.meld(versie, persoon.get(), "MAP", bron2, bericht, inhoud);
            case "PUT /zroute" -> resultaten.meld(versie, persoon.get(), "ZROUTE", bron2, bericht, inhoud);
            case "GET /pvt" -> resultaten.lees(versie, persoon.get(), "PVT");
            case "GET /map" -> resultaten.lees(versie, persoon.get(), "MAP");
            case "GET /lbt/resultaten",
                    "GET /examens/resultaten",
                    "GET /examens/gratispogingen",
                    "GET /vrijstellingen",
                    "GET /ontheffingen" -> gegeven(versie, persoon.get(), pad.substring(pad.indexOf('/', 11)));
            default ->
                ResponseEntity.status(404)
                        .header(Digikoppeling.API_VERSION, versie)
                        .build();
        };
    }

    /** What DUO knows of exams, LBT, vrijstellingen, ontheffingen ({@code duosim_gegeven}); 404 when nothing. */
    private ResponseEntity<String> gegeven(String versie, SimulatorOpslag.Persoon p, String resource) {
        return opslag.gegeven(p.bsn(), resource)
                .map(inhoud -> json(versie, inhoud))
                .orElseGet(() -> ResponseEntity.status(404)
                        .header(Digikoppeling.API_VERSION, versie)
                        .build());
    }

    private static String plicht(SimulatorOpslag.Persoon p) {
        return "{\"indicatorInburgeringsplicht\":true,\"begindatum\":\"" + p.begindatumPlicht()
                + "\",\"datumKennisgevingInburgeringsplicht\":\"" + p.kennisgeving() + "\"}";
    }

    private static String doelgroep(SimulatorOpslag.Persoon p) {
        return "{\"indeling\":\"" + p.doelgroep() + "\",\"begindatum\":\"" + p.begindatumPlicht() + "\"}";
    }

    private static ResponseEntity<String> termijn(String versie, SimulatorOpslag.Persoon p) {
        if (p.termijnStart() == null || p.termijnEinde() == null) {
            return ResponseEntity.status(404)
                    .header(Digikoppeling.API_VERSION, versie)
                    .build();
        }
        return json(versie, "{\"startdatum\":\"" + p.termijnStart() + "\",\"einddatum\":\"" + p.termijnEinde() + "\"}");
    }

    private ResponseEntity<String> pipLezen(String versie, SimulatorOpslag.Persoon p) {
        List<String> pips = opslag.pips(p.bsn());
        if (pips.isEmpty()) {
            return ResponseEntity.status(404)
                    .header(Digikoppeling.API_VERSION, versie)
                    .build();
        }
        // R3.12: the PIP's gemeentecode is the gemeente that sent it, which after a move is not where the person lives
        String afzender = opslag.bronLaatstePip(p.bsn())
                .filter(oin -> oin.matches("\\d{20}"))
                .flatMap(oin -> instellingen.metOin(new Oin(oin)))
                .map(DuoInstelling::gemeentecode)
                .orElse(p.gemeentecode());
        return json(versie, "{\"gemeentecode\":\"" + afzender + "\",\"pip\":" + pips.getLast() + "}");
    }

    /** R3.13, R2.9: DUO's validations of a PIP melding (README "Het aanleveren van een PIP"). */
    private ResponseEntity<String> pipMelden(
            String versie, SimulatorOpslag.Persoon p, String bron, String berichtId, String inhoud) {
        JsonNode pip = JSON.readTree(inhoud);
        LocalDate dagtekening = LocalDate.parse(pip.get("dagtekeningPip").asString());
        String route = pip.get("leerroute").asString();
        String niveau = pip.hasNonNull("niveau") ? pip.get("niveau").asString() : "";
        List<String> fouten = new ArrayList<>();
        List<String> eerdere = opslag.pips(p.bsn());
        if (dagtekening.isBefore(p.begindatumPlicht())) {
            fouten.add("De datum dagtekening ligt voor de start van de inburgeringsplicht.");
        }
        for (String eerder : eerdere) {
            if (dagtekening.isBefore(
                    LocalDate.parse(JSON.readTree(eerder).get("dagtekeningPip").asString()))) {
                fouten.add("De datum dagtekening ligt voor de datum dagtekening van een eerdere PIP.");
                break;
            }
        }
        if (niveau.equals("A2") && route.equals("O")) {
            fouten.add("Niveau A2 mag niet in combinatie met de onderwijsroute worden aangeleverd.");
        }
        if (niveau.equals("B1") && route.equals("Z")) {
            fouten.add("Niveau B1 mag niet in combinatie met de Z-route worden aangeleverd.");
        }
        if (niveau.equals("A2") && route.equals("B") && eerdere.isEmpty()) {
            fouten.add("Niveau A2 mag niet in combinatie met de B1-route worden aangeleverd bij de eerste PIP.");
        }
        if (pip.hasNonNull("geschatteIntensiteitB1Route")
                && (!route.equals("B") || !p.doelgroep().equals("Asielstatushouder"))) {
            fouten.add(
                    "Geschatte intensiteit B1-route mag alleen bij de B1-route en bij asielmigranten worden aangeleverd.");
        }
        if (!fouten.isEmpty()) {
            StringBuilder lijst = new StringBuilder("[");
            for (String fout : fouten) {
                lijst.append(lijst.length() > 1 ? "," : "")
                        .append("{\"fouttekst\":\"")
                        .append(fout)
                        .append("\"}");
            }
            return ResponseEntity.status(403)
                    .header(Digikoppeling.API_VERSION, versie)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(lijst.append(']').toString());
        }
        if (opslag.pip(berichtId, p.bsn(), bron, inhoud) && p.termijnStart() == null) {
            LocalDate[] termijn = DuoSimulator.termijn(dagtekening);
            opslag.persoon(new SimulatorOpslag.Persoon(
                    p.bsn(),
                    p.gemeentecode(),
                    p.doelgroep(),
                    p.begindatumPlicht(),
                    p.kennisgeving(),
                    termijn[0],
                    termijn[1]));
            meldingen.later(bron, p.bsn(), "SS102");
        }
        return ResponseEntity.status(201)
                .header(Digikoppeling.API_VERSION, versie)
                .build();
    }

    private ResponseEntity<String> pipVerwijderen(String versie, SimulatorOpslag.Persoon p) {
        if (p.termijnStart() != null) {
            return ResponseEntity.status(403)
                    .header(Digikoppeling.API_VERSION, versie)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(
                            "[{\"fouttekst\":\"De inburgeringstermijn is al vastgesteld; het PIP kan niet worden verwijderd.\"}]");
        }
        opslag.verwijderPips(p.bsn());
        return ResponseEntity.ok().header(Digikoppeling.API_VERSION, versie).build();
    }

    private static ResponseEntity<String> json(String versie, String inhoud) {
        return ResponseEntity.ok()
                .header(Digikoppeling.API_VERSION, versie)
                .contentType(MediaType.APPLICATION_JSON)
                .body(inhoud);
    }
}
