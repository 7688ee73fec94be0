package nl.openinburgering.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import com.jayway.jsonpath.JsonPath;

import nl.openinburgering.TestBsn;
import nl.openinburgering.shared.Vandaag;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PVT and MAP in a real browser: a consulent plans a PVT session for a group of three, registers the attendance
 * of all three in one action, signs for one of them and downloads the certificate, then waives a MAP theme,
 * first without and then with a reason (R6.2). Every page is checked by axe-core (WCAG 2.1 AA) under the CSP.
 */
class PvtMapBrowserTests extends BrowserTest {

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void r5_2_r6_2_plansAGroupOfThreeRegistersTheirAttendanceSignsAndWaivesAMapTheme() throws Exception {
        LocalDate dagtekening = Vandaag.datum().minusDays(100);
        List<String> ids = List.of(
                persoonMetPip("Aabidi", dagtekening),
                persoonMetPip("Aalbers", dagtekening),
                persoonMetPip("Aaldering", dagtekening));

        sessie.logIn("consulent.dalfsen");
        sessie.open("/planning");
        sessie.wachtOp("nieuwe-groep");
        sessie.controleerToegankelijkheid("Planning PVT en MAP");
        sessie.vul("veld-pvtGroepNaam", "PVT voorjaar Dalfsen");
        sessie.element("groep-maken").click();
        sessie.wachtOp("melding");
        sessie.controleerToegankelijkheid("Groep zonder deelnemers");

        ids.forEach(id -> sessie.element("kandidaat-" + id).click());
        sessie.element("uitnodigen").click();
        sessie.wacht(
                ExpectedConditions.textToBePresentInElementLocated(By.id("melding"), "3 personen zijn uitgenodigd"));
        assertThat(sessie.tekst("leden")).contains("Aabidi").contains("Aalbers").contains("Aaldering");
        assertThat(sessie.element("uitnodiging-0").getAttribute("href")).endsWith(".pdf");

        sessie.datum("veld-pvtDatum", Vandaag.datum().minusDays(1));
        tijd("veld-pvtBegintijd", "09:00");
        tijd("veld-pvtEindtijd", "21:00");
        sessie.vul("veld-pvtPlaats", "Gemeentehuis Dalfsen");
        sessie.vul("veld-pvtOnderwerp", "Kernwaarden, excursie en ondertekening");
        sessie.vul("veld-pvtUren", "12");
        sessie.element("veld-pvtActiviteit").click();
        sessie.element("bijeenkomst-plannen").click();
        sessie.wacht(ExpectedConditions.textToBePresentInElementLocated(By.id("melding"), "De bijeenkomst is gepland"));
        sessie.controleerToegankelijkheid("Groep met deelnemers en bijeenkomst");

        sessie.element("aanwezigheid-0").click();
        sessie.wachtOp("aanwezigheid-formulier");
        List<WebElement> vakjes = chromium.findElements(By.cssSelector("input[name=aanwezig]"));
        assertThat(vakjes).hasSize(3);
        vakjes.stream().filter(vakje -> !vakje.isSelected()).forEach(WebElement::click);
        sessie.controleerToegankelijkheid("Aanwezigheid van de groep");
        sessie.element("aanwezigheid-opslaan").click();
        sessie.wacht(ExpectedConditions.textToBePresentInElementLocated(
                By.id("melding"), "aanwezigheid van de groep is opgeslagen"));
        assertThat(sessie.tekst("bijeenkomsten")).contains("Aanwezigheid wijzigen");

        String ondertekenaar = ids.getFirst();
        sessie.open("/inburgeraars/" + ondertekenaar + "/pvt");
        sessie.wachtOp("ondertekening-formulier");
        assertThat(sessie.tekst("pvt-uren")).startsWith("12");
        assertThat(sessie.tekst("pvt-activiteit")).isEqualTo("ja");
        sessie.controleerToegankelijkheid("PVT-voortgang");
        sessie.datum("veld-pvtOndertekeningDatum", Vandaag.datum());
        sessie.element("ondertekenen").click();
        sessie.wachtOp("certificaat");
        assertThat(sessie.tekst("melding")).contains("De ondertekening is vastgelegd");
        sessie.controleerToegankelijkheid("PVT ondertekend");

        HttpResponse<byte[]> certificaat =
                metSessie(sessie.element("certificaat").getAttribute("href"));
        assertThat(certificaat.statusCode()).isEqualTo(200);
        assertThat(certificaat.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(certificaat.body())) {
            assertThat(new PDFTextStripper().getText(pdf))
                    .contains("Certificaat participatieverklaring")
                    .contains("Amina Aabidi");
        }
        for (String ander : ids.subList(1, 3)) {
            assertThat(metSessie("/inburgeraars/" + ander + "/pvt/certificaat.pdf")
                            .statusCode())
                    .as("only the one who signed has a certificate")
                    .isEqualTo(409);
        }

        sessie.element("naar-map").click();
        sessie.wachtOp("themas");
        sessie.controleerToegankelijkheid("MAP-voortgang");
        new Select(sessie.element("veld-mapStatus-BEROEPENORIENTATIE")).selectByValue("VRIJGESTELD");
        sessie.element("opslaan-BEROEPENORIENTATIE").click();
        sessie.wachtOp("fout-mapReden-BEROEPENORIENTATIE");
        assertThat(sessie.tekst("fout-mapReden-BEROEPENORIENTATIE")).contains("R6.2");
        sessie.controleerToegankelijkheid("MAP-thema vrijstellen zonder reden");
        new Select(sessie.element("veld-mapStatus-BEROEPENORIENTATIE")).selectByValue("VRIJGESTELD");
        sessie.vul("veld-mapReden-BEROEPENORIENTATIE", "Werkte acht jaar als loopbaanadviseur");
        sessie.element("opslaan-BEROEPENORIENTATIE").click();
        sessie.wachtOp("melding");
        assertThat(sessie.tekst("status-BEROEPENORIENTATIE"))
                .contains("Vrijgesteld")
                .contains("Werkte acht jaar als loopbaanadviseur");
        sessie.controleerToegankelijkheid("MAP-thema vrijgesteld");
    }

    /** D2 and D4 are municipal policy: the functioneel beheerder edits the programme and the MAP budget. */
    @Test
    void d2_d4_theBeheerderEditsThePvtProgrammeWithConfirmationAndTheMapBudget() {
        sessie.logIn("beheer.dalfsen");
        sessie.open("/beheer/pvt-programma");
        sessie.wachtOp("onderdelen");
        assertThat(sessie.tekst("onderdelen")).contains("Kernwaarden").contains("Gezondheid (GGD)");
        sessie.controleerToegankelijkheid("PVT-programma");
        sessie.vul("veld-pvtOnderdeelNaam", "Bezoek aan de Tweede Kamer");
        sessie.vul("veld-pvtOnderdeelUren", "4");
        sessie.element("onderdeel-toevoegen").click();
        sessie.wachtOp("melding");
        assertThat(sessie.tekst("onderdelen")).contains("Bezoek aan de Tweede Kamer");

        chromium.findElement(By.linkText("Bezoek aan de Tweede Kamer verwijderen"))
                .click();
        sessie.wachtOp("bevestig-verwijderen");
        sessie.controleerToegankelijkheid("Onderdeel verwijderen bevestigen");
        sessie.element("verwijderen").click();
        sessie.wachtOp("melding");
        assertThat(sessie.tekst("onderdelen")).doesNotContain("Bezoek aan de Tweede Kamer");

        sessie.open("/beheer/map-budget");
        sessie.wachtOp("veld-mapBudget");
        sessie.vul("veld-mapBudget", "abc");
        sessie.element("opslaan").click();
        sessie.wachtOp("foutsamenvatting");
        sessie.controleerToegankelijkheid("MAP-budget met fout");
        sessie.vul("veld-mapBudget", "150");
        sessie.element("opslaan").click();
        sessie.wachtOp("melding");
        assertThat(sessie.element("veld-mapBudget").getAttribute("value")).isEqualTo("150.00");
        sessie.controleerToegankelijkheid("MAP-budget");
    }

    private void tijd(String id, String waarde) {
        chromium.executeScript("arguments[0].value = arguments[1]", sessie.element(id), waarde);
    }

    /** A download as the logged-in browser would get it: the same session cookie. */
    private HttpResponse<byte[]> metSessie(String adres) throws Exception {
        String cookies = chromium.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        URI uri = adres.startsWith("http") ? URI.create(adres) : URI.create("http://localhost:" + poort + adres);
        return http.send(
                HttpRequest.newBuilder(uri).header("Cookie", cookies).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Seeds a person with a vastgesteld B1-route PIP through the API (the way PipApiIntegrationTests does). */
    private String persoonMetPip(String geslachtsnaam, LocalDate dagtekening) throws Exception {
        String persoon = api("consulent.dalfsen", "/api/v1/inburgeraars", """
                {"bsn": "%s", "voornamen": "Amina", "geslachtsnaam": "%s", "geboortedatum": "1994-05-17",
                 "doelgroep": "ASIELSTATUSHOUDER", "datumStartInburgeringsplicht": "%s", "datumVestigingGemeente": "%s"}""".formatted(
                        TestBsn.nieuw(), geslachtsnaam, dagtekening.minusDays(60), dagtekening.minusDays(30)));
        String id = JsonPath.read(persoon, "$.id");
        String pip = api("consulent.dalfsen", "/api/v1/inburgeraars/" + id + "/pips", """
                {"leerroute": "B1_ROUTE", "geschatteIntensiteitB1Route": 600, "alfabetisering": "NVT", "begeleiding": "Wekelijks",
                 "afsprakenPvt": "PVT in groep", "afsprakenMap": "MAP", "aantalVoortgangsgesprekken": 4}""");
        houdIntake("consulent.dalfsen", id);
        api(
                "teamleider.dalfsen",
                "/api/v1/inburgeraars/" + id + "/pips/" + JsonPath.read(pip, "$.id") + "/vaststelling",
                "{\"dagtekening\": \"" + dagtekening
                        + "\", \"redenEerdereDagtekening\": \"Test: dagtekening achteraf\"}");
        return id;
    }

    private String api(String gebruiker, String pad, String json) throws Exception {
        HttpResponse<String> antwoord = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString((gebruiker + ":demo").getBytes(StandardCharsets.UTF_8)))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode()).as(pad + ": " + antwoord.body()).isBetween(200, 201);
        return antwoord.body();
    }
}
