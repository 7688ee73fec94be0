package nl.openinburgering.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import com.jayway.jsonpath.JsonPath;

import nl.openinburgering.TestBsn;
import nl.openinburgering.shared.Vandaag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The file's screens of issue 13 in a real browser: from the person's file the consulent records an information
 * request and its arrival (R2.8), the previous gemeente's PIP after a move (R3.12), which starts the term, DUO's
 * extension of that term (R3.6) and a partial vrijstelling (R1.7), after a refused one; the teamleider reads them.
 * Every page, the refused form included, is checked by axe-core (WCAG 2.1 AA) under the CSP.
 */
class DossierSchermenBrowserTests extends BrowserTest {

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void r2_8_r3_12_r3_6_r1_7_theConsulentWalksTheFourScreensAndSavesOneOfEach() throws Exception {
        LocalDate vandaag = Vandaag.datum();
        String id = persoon("Schermtest");
        String dossier = "/inburgeraars/" + id;

        sessie.logIn("consulent.dalfsen");
        sessie.open(dossier);
        sessie.element("naar-informatieverzoeken").click();
        sessie.wachtOp("informatieverzoek-formulier");
        sessie.controleerToegankelijkheid("Informatieverzoeken, nog leeg");
        sessie.vul("veld-informatieDerde", "Huisarts");
        sessie.vul("veld-informatieOmschrijving", "Belastbaarheid");
        sessie.datum("veld-informatieAangevraagdOp", vandaag.minusDays(30));
        sessie.element("vraag-vastleggen").click();
        sessie.wachtOp("melding");
        assertThat(sessie.tekst("informatieverzoeken")).contains("Huisarts");
        assertThat(sessie.tekst("volgende-stap")).contains("terug naar het dossier");
        sessie.controleerToegankelijkheid("Informatieverzoeken met een open verzoek");
        sessie.datum("veld-ontvangenOp-0", vandaag.minusDays(1));
        sessie.element("ontvangst-0").click();
        sessie.wachtOp("volgende-stap-link");
        assertThat(sessie.tekst("melding")).contains("De ontvangst is vastgelegd");
        assertThat(sessie.tekst("uiterlijke-datum")).contains("verlengd");
        sessie.controleerToegankelijkheid("Informatieverzoeken, informatie ontvangen");

        LocalDate eerstePip = vandaag.minusDays(400);
        sessie.open(dossier);
        sessie.element("naar-verhuizing").click();
        sessie.wachtOp("verhuizing-formulier");
        sessie.controleerToegankelijkheid("Verhuizing, nog niets vastgelegd");
        sessie.vul("veld-vorigeGemeentecode", "0193");
        new Select(sessie.element("veld-leerroute")).selectByValue("B1_ROUTE");
        new Select(sessie.element("veld-niveau")).selectByValue("B1");
        sessie.datum("veld-dagtekeningEerstePip", eerstePip);
        sessie.datum("veld-dagtekeningHuidigePip", vandaag.minusDays(100));
        sessie.element("verhuizing-vastleggen").click();
        sessie.wachtOp("herkomst-gegevens");
        assertThat(sessie.tekst("herkomst-gegevens")).contains("0193").contains("B1-route");
        sessie.controleerToegankelijkheid("Verhuizing vastgelegd");

        // R3.4: the term starts from Zwolle's first PIP once the registry heard of the move.
        String termijn = dossier + "/termijnverlengingen";
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            sessie.open(termijn);
            return !chromium.findElements(By.id("termijnverlenging-formulier")).isEmpty();
        });
        sessie.controleerToegankelijkheid("Inburgeringstermijn zonder verlenging");
        sessie.datum("veld-verlengingDatumBesluit", vandaag.minusDays(5));
        sessie.datum("veld-verlengingNieuweEinddatum", eerstePip.plusYears(3).plusDays(181));
        sessie.vul("veld-verlengingReden", "Ziekte");
        sessie.element("verlenging-vastleggen").click();
        sessie.wachtOp("verlenging-0");
        assertThat(sessie.tekst("verlenging-0")).contains("Ziekte").contains("Van DUO, niet te wijzigen");
        sessie.controleerToegankelijkheid("Inburgeringstermijn met een verlenging van DUO");

        sessie.open(dossier);
        sessie.element("naar-vrijstellingen").click();
        sessie.wachtOp("vrijstelling-formulier");
        sessie.controleerToegankelijkheid("Vrijstelling en ontheffing, nog leeg");
        new Select(sessie.element("veld-vrijstellingSoort")).selectByValue("VRIJSTELLING");
        new Select(sessie.element("veld-vrijstellingOmvang")).selectByValue("GEDEELTELIJK");
        new Select(sessie.element("veld-vrijstellingGrond")).selectByValue("MED");
        sessie.element("veld-vrijstellingOnderdeel-SP").click();
        sessie.datum("veld-vrijstellingDatumBesluit", vandaag.minusDays(10));
        sessie.element("vrijstelling-vastleggen").click();
        sessie.wachtOp("fout-vrijstellingGrond");
        assertThat(sessie.tekst("fout-vrijstellingGrond")).contains("R1.7");
        sessie.controleerToegankelijkheid("Vrijstelling geweigerd met de regel bij het veld");
        new Select(sessie.element("veld-vrijstellingGrond")).selectByValue("GED");
        sessie.element("vrijstelling-vastleggen").click();
        sessie.wachtOp("vrijstelling-0");
        assertThat(sessie.tekst("vrijgestelde-onderdelen")).contains("Spreken");
        assertThat(sessie.tekst("volgende-stap")).contains("het PIP aanpassen");
        sessie.controleerToegankelijkheid("Gedeeltelijke vrijstelling vastgelegd");
        sessie.logUit();

        sessie.logIn("teamleider.dalfsen");
        for (String scherm :
                new String[] {"informatieverzoeken", "termijnverlengingen", "vrijstellingen", "verhuizing"}) {
            sessie.open(dossier + "/" + scherm);
            sessie.wachtOp("persoonskop");
            assertThat(chromium.findElements(By.cssSelector("main form"))).isEmpty();
            sessie.controleerToegankelijkheid("Teamleider: " + scherm);
        }
    }

    private String persoon(String geslachtsnaam) throws Exception {
        HttpResponse<String> antwoord = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + poort + "/api/v1/inburgeraars"))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(
                                                        "consulent.dalfsen:demo".getBytes(StandardCharsets.UTF_8)))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("""
                                {"bsn": "%s", "voornamen": "Amina", "geslachtsnaam": "%s", "geboortedatum": "1994-05-17",
                                 "doelgroep": "ASIELSTATUSHOUDER", "datumStartInburgeringsplicht": "%s",
                                 "datumVestigingGemeente": "%s"}""".formatted(
                                        TestBsn.nieuw(),
                                        geslachtsnaam,
                                        Vandaag.datum().minusDays(90),
                                        Vandaag.datum().minusDays(60))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(201);
        return JsonPath.read(antwoord.body(), "$.id");
    }
}
