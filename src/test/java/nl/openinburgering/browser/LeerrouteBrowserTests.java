package nl.openinburgering.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import nl.openinburgering.TestBsn;
import nl.openinburgering.Testdossier;
import nl.openinburgering.shared.Vandaag;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consulent's leerroute page in a real browser: hours against the Z-route targets as progress bars with
 * text, attendance, exams and progress reports from the providers, and the eindgesprek that completes the
 * Z-route (R4.4, R4.5) with its Dutch refusal next to the field and then the certificate. The data comes in
 * through the API, as the consulent and the providers would send it; axe checks every page.
 */
class LeerrouteBrowserTests extends BrowserTest {

    static final String TAALSCHOOL_ID = "6a0c1b6e-2f4d-4c36-9a77-1f0e5b1d0a01";
    static final String PARTICIPATIE_ID = "6a0c1b6e-2f4d-4c36-9a77-1f0e5b1d0a02";
    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void r4_4_r4_5_consulentFollowsTheHoursAndCompletesTheZrouteWithItsCertificate() throws Exception {
        String id = id(api("consulent.dalfsen", "POST", "/api/v1/inburgeraars", """
                {"bsn": "%s", "voornamen": "Amina", "geslachtsnaam": "Haddad", "geboortedatum": "1994-05-17",
                 "doelgroep": "ASIELSTATUSHOUDER", "datumStartInburgeringsplicht": "2025-01-10"}""".formatted(TestBsn.nieuw())));
        String pip = id(api(
                "consulent.dalfsen",
                "POST",
                "/api/v1/inburgeraars/" + id + "/pips",
                Testdossier.metMinimuminhoud("{\"leerroute\": \"Z_ROUTE\"}")));
        houdIntake("consulent.dalfsen", id);
        api(
                "teamleider.dalfsen",
                "POST",
                "/api/v1/inburgeraars/" + id + "/pips/" + pip + "/vaststelling",
                "{\"dagtekening\": \"2025-02-01\", \"redenEerdereDagtekening\": \"Test: dagtekening achteraf\"}");
        String les = deelname(id, TAALSCHOOL_ID, "LEERROUTE");
        String participatie = deelname(id, PARTICIPATIE_ID, "PARTICIPATIE");
        uren("aanbieder.taalschool", les, "TAALLES_KNM", 800, LocalDate.of(2025, 3, 1));
        uren("aanbieder.participatie", participatie, "PARTICIPATIE", 696, LocalDate.of(2025, 3, 1));
        api("aanbieder.taalschool", "POST", "/api/v1/aanbieder/deelnames/" + les + "/examenresultaten", """
                {"onderdeel": "SP", "niveau": "A2", "resultaat": "GEEN", "reden": "ABSENT", "datum": "2026-05-04"}""");
        api("aanbieder.taalschool", "POST", "/api/v1/aanbieder/deelnames/" + les + "/voortgangsrapportages", """
                {"datum": "2026-04-01", "geschatNiveau": {"lezen": "A1", "spreken": "A1"}, "opmerkingen": "Komt trouw naar de les."}""");
        api(
                "consulent.dalfsen",
                "PUT",
                "/api/v1/inburgeraars/" + id + "/inburgeringsaanbod/" + TAALSCHOOL_ID,
                "{\"startdatum\": \"2025-03-01\", \"einddatum\": \"2026-03-01\"}");

        sessie.logIn("consulent.dalfsen");
        sessie.open("/inburgeraars/" + id);
        sessie.element("naar-leerroute").click();
        sessie.wachtOp("uren-titel");
        assertThat(sessie.tekst("doel-zroute-cursus-tekst")).isEqualTo("800 van 800 uur: gehaald.");
        assertThat(sessie.tekst("doel-zroute-participatie-tekst"))
                .isEqualTo("696 van 800 uur (87%): nog niet gehaald.");
        assertThat(sessie.element("doel-zroute-participatie-balk").getAttribute("value"))
                .isEqualTo("696");
        assertThat(sessie.tekst("examens")).contains("Spreken").contains("Geen resultaat (afwezig)");
        assertThat(sessie.tekst("rapportages")).contains("Komt trouw naar de les.");
        assertThat(sessie.tekst("aanbod")).contains("1 maart 2026");
        assertThat(sessie.tekst("deelnames")).contains("Participatie").contains("Leerroute");
        sessie.controleerToegankelijkheid("Leerroute met urendoelen");

        sessie.datum("veld-datumEindgesprek", Vandaag.datum());
        sessie.element("veld-bevestigd").click();
        sessie.verstuur();
        sessie.wachtOp("fout-datumEindgesprek");
        assertThat(sessie.tekst("fout-datumEindgesprek")).contains("R4.5").contains("800 uur participatie");
        assertThat(sessie.tekst("foutsamenvatting")).contains("R4.5");
        sessie.controleerToegankelijkheid("Eindgesprek geweigerd: te weinig uren");

        uren("aanbieder.participatie", participatie, "PARTICIPATIE_BREDE_INTAKE", 104, LocalDate.of(2026, 1, 1));
        sessie.open("/inburgeraars/" + id + "/leerroute");
        sessie.wachtOp("zroute-formulier");
        sessie.datum("veld-datumEindgesprek", Vandaag.datum());
        sessie.element("veld-bevestigd").click();
        sessie.verstuur();
        sessie.wachtOp("melding");
        assertThat(sessie.tekst("melding")).contains("De Z-route is afgerond.");
        assertThat(sessie.tekst("zroute-afgerond")).contains("consulent.dalfsen");
        assertThat(sessie.element("certificaat").getAttribute("href")).endsWith("/leerroute/certificaat.pdf");
        sessie.controleerToegankelijkheid("Z-route afgerond");

        HttpResponse<byte[]> certificaat = http.send(
                HttpRequest.newBuilder(URI.create(sessie.element("certificaat").getAttribute("href")))
                        .header(
                                "Cookie",
                                "SESSION="
                                        + chromium.manage()
                                                .getCookieNamed("SESSION")
                                                .getValue())
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(certificaat.statusCode()).isEqualTo(200);
        assertThat(certificaat.headers().firstValue("Content-Type")).hasValue("application/pdf");
    }

    private String deelname(String id, String aanbieder, String soort) throws Exception {
        return id(api("consulent.dalfsen", "POST", "/api/v1/inburgeraars/" + id + "/deelnames", """
                {"aanbiederId": "%s", "soort": "%s", "startdatum": "2025-02-03"}""".formatted(
                        aanbieder, soort)));
    }

    private void uren(String aanbieder, String deelname, String soort, int totaal, LocalDate vanaf) throws Exception {
        List<String> regels = new ArrayList<>();
        for (int rest = totaal, dag = 0; rest > 0; rest -= 8, dag++) {
            regels.add(
                    "{\"deelnameId\": \"%s\", \"datum\": \"%s\", \"soort\": \"%s\", \"uren\": %d, \"aanwezig\": true}"
                            .formatted(deelname, vanaf.plusDays(dag), soort, Math.min(8, rest)));
        }
        api(
                aanbieder,
                "POST",
                "/api/v1/aanbieder/urenregistraties",
                "{\"regels\": [" + String.join(",", regels) + "]}");
    }

    private String api(String gebruiker, String methode, String pad, String json)
            throws IOException, InterruptedException {
        HttpResponse<String> antwoord = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString((gebruiker + ":demo").getBytes(StandardCharsets.UTF_8)))
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .method(methode, HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode())
                .as(methode + " " + pad + ": " + antwoord.body())
                .isBetween(200, 201);
        return antwoord.body();
    }

    private static String id(String json) {
        Matcher gevonden = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(json);
        assertThat(gevonden.find()).as(json).isTrue();
        return gevonden.group(1);
    }
}
