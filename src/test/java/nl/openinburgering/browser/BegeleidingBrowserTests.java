package nl.openinburgering.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import com.jayway.jsonpath.JsonPath;

import nl.openinburgering.TestBsn;
import nl.openinburgering.shared.Vandaag;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Maatschappelijke begeleiding in a real browser: the consulent starts a traject with VluchtelingenWerk from the
 * person's file (R8.1), the begeleider finds the person on "Mijn begeleidingen" and records a contact moment whose
 * hours count as participation (R8.3), and the consulent sees it in the file; the settings and the accountability
 * pages open for their roles. Every page is checked by axe-core (WCAG 2.1 AA) under the CSP.
 */
class BegeleidingBrowserTests extends BrowserTest {

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void r8_3_theBegeleiderRecordsAContactMomentThatTheConsulentSeesInTheFile() throws Exception {
        String id = persoon("Begeleidtest");

        sessie.logIn("consulent.dalfsen");
        sessie.open("/inburgeraars/" + id);
        sessie.element("naar-begeleiding").click();
        sessie.wachtOp("start-formulier");
        sessie.controleerToegankelijkheid("Begeleiding in het dossier, nog zonder traject");
        new Select(sessie.element("veld-begeleidingPartner")).selectByVisibleText("VluchtelingenWerk Dalfsen");
        sessie.datum("veld-begeleidingStart", Vandaag.datum().minusDays(7));
        sessie.element("starten").click();
        sessie.wachtOp("melding");
        assertThat(sessie.tekst("partner")).isEqualTo("VluchtelingenWerk Dalfsen");
        sessie.controleerToegankelijkheid("Begeleiding in het dossier, gestart");
        sessie.logUit();

        sessie.logIn("begeleider.vluchtelingenwerk");
        sessie.controleerToegankelijkheid("Startpagina van de begeleider");
        sessie.open("/begeleidingen");
        sessie.wachtOp("begeleidingen");
        sessie.controleerToegankelijkheid("Mijn begeleidingen");
        chromium.findElement(By.linkText("Amina Begeleidtest")).click();
        sessie.wachtOp("contact-formulier");
        sessie.controleerToegankelijkheid("Begeleidingstraject");
        sessie.datum("veld-contactDatum", Vandaag.datum());
        new Select(sessie.element("veld-contactOnderwerp")).selectByVisibleText("Huisvesting");
        sessie.vul("veld-contactUren", "1,5");
        sessie.vul("veld-contactNotitie", "Huurcontract en energie besproken.");
        sessie.vul("veld-contactHulp", "Samen de huurtoeslag aangevraagd.");
        sessie.element("contact-opslaan").click();
        sessie.wacht(ExpectedConditions.textToBePresentInElementLocated(
                By.id("melding"), "Het contactmoment is opgeslagen"));
        assertThat(sessie.tekst("contactmomenten")).contains("Huisvesting").contains("1.5");
        assertThat(sessie.tekst("uren")).isEqualTo("1.5");
        sessie.controleerToegankelijkheid("Begeleidingstraject met een contactmoment");
        sessie.logUit();

        sessie.logIn("consulent.dalfsen");
        sessie.open("/inburgeraars/" + id + "/begeleiding");
        sessie.wachtOp("contactmomenten");
        assertThat(sessie.tekst("contactmomenten")).contains("Huurcontract en energie besproken.");
        sessie.logUit();

        sessie.logIn("beleid.dalfsen");
        sessie.open("/begeleiding/verantwoording");
        sessie.wachtOp("verantwoording");
        sessie.controleerToegankelijkheid("Verantwoording begeleiding");
        sessie.logUit();

        sessie.logIn("beheer.dalfsen");
        sessie.open("/beheer/begeleiding");
        sessie.wachtOp("duur-formulier");
        sessie.controleerToegankelijkheid("Instellingen begeleiding");
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
