package nl.openinburgering.duo.simulator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.openinburgering.duo.Digikoppeling;
import nl.openinburgering.shared.Vandaag;

/**
 * The simulated DUO's "MAP, PVT en Z-route" API: {@code PUT …/pvt}, {@code …/map}, {@code …/zroute} registered once
 * per berichtId, and {@code GET …/pvt}, {@code …/map}. A PVT or MAP is checked against the conditions of the
 * specification's README (R5.5, R6.5): the gemeente has a current PIP, the date not before the start of the termijn
 * and not in the future, and {@code verwijtbaar} only with an exceeded termijn ({@code Nee} only when it ends within
 * two months); a failure is answered 403 with DUO's {@code Foutmelding}s.
 */
@Component
@ConditionalOnProperty(name = "openinburgering.duo.simulator.aan", havingValue = "true")
class SimulatorResultaten {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SimulatorOpslag opslag;
    private final Clock klok;

    SimulatorResultaten(SimulatorOpslag opslag, Clock klok) {
        this.opslag = opslag;
        this.klok = klok;
    }

    ResponseEntity<String> meld(
            String versie,
            SimulatorOpslag.Persoon p,
            String soort,
            String bron,
            String berichtId,
            @Nullable String inhoud) {
        String body = inhoud == null ? "{}" : inhoud;
        List<String> fouten = controleer(p, soort, JSON.readTree(body), Vandaag.datum(klok));
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
        opslag.resultaat(berichtId, p.bsn(), soort, bron, body);
        return ResponseEntity.ok().header(Digikoppeling.API_VERSION, versie).build();
    }

    ResponseEntity<String> lees(String versie, SimulatorOpslag.Persoon p, String soort) {
        List<String> resultaten = opslag.resultaten(p.bsn(), soort);
        String veld = soort.equals("PVT") ? "datumOndertekeningPvt" : "datumEindgesprekMap";
        if (resultaten.isEmpty() || !JSON.readTree(resultaten.getLast()).hasNonNull(veld)) {
            return ResponseEntity.status(404)
                    .header(Digikoppeling.API_VERSION, versie)
                    .build();
        }
        return ResponseEntity.ok()
                .header(Digikoppeling.API_VERSION, versie)
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"" + veld + "\":\""
                        + JSON.readTree(resultaten.getLast()).get(veld).asString() + "\"}");
    }

    private List<String> controleer(SimulatorOpslag.Persoon p, String soort, JsonNode resultaat, LocalDate vandaag) {
        List<String> fouten = new ArrayList<>();
        if (opslag.pips(p.bsn()).isEmpty()) {
            fouten.add("Uw gemeente heeft geen actuele PIP voor de inburgeringsplichtige.");
        }
        if (soort.equals("ZROUTE")) {
            return fouten;
        }
        String veld = soort.equals("PVT") ? "datumOndertekeningPvt" : "datumEindgesprekMap";
        String naam = soort.equals("PVT") ? "De datum ondertekening PVT" : "De datum eindgesprek MAP";
        if (!resultaat.hasNonNull(veld)) {
            return fouten;
        }
        LocalDate datum = LocalDate.parse(resultaat.get(veld).asString());
        String verwijtbaar = resultaat.hasNonNull("verwijtbaar")
                ? resultaat.get("verwijtbaar").asString()
                : null;
        if (p.termijnStart() != null && datum.isBefore(p.termijnStart())) {
            fouten.add(naam + " mag niet voor de startdatum van de inburgeringstermijn liggen.");
        }
        if (datum.isAfter(vandaag)) {
            fouten.add(naam + " mag niet in de toekomst liggen.");
        }
        LocalDate einde = p.termijnEinde();
        if (einde != null) {
            boolean overschreden = !vandaag.isBefore(einde);
            if (verwijtbaar == null && overschreden) {
                fouten.add("Zonder 'Verwijtbaar' mag er geen sprake zijn van een overschrijding van de termijn.");
            }
            if (verwijtbaar != null && datum.isBefore(einde)) {
                fouten.add(naam + " ligt voor de einddatum van de inburgeringstermijn: 'Verwijtbaar' mag niet.");
            }
            if ("Nee".equals(verwijtbaar) && vandaag.isBefore(einde.minusMonths(2))) {
                fouten.add("'Verwijtbaar' mag alleen 'Nee' zijn als de termijn binnen twee maanden eindigt.");
            }
            if ("Ja".equals(verwijtbaar) && !overschreden) {
                fouten.add("'Verwijtbaar' mag alleen 'Ja' zijn bij een overschrijding van de termijn.");
            }
        }
        return fouten;
    }
}
