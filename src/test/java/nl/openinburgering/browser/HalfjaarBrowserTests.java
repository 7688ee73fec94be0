package nl.openinburgering.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import com.jayway.jsonpath.JsonPath;

import nl.openinburgering.TestBsn;
import nl.openinburgering.rapportage.Halfjaar;
import nl.openinburgering.shared.Vandaag;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * D10 in a real browser: the consulent records a statushouder's outflow to work (first with a date in the future, then
 * removes a second one after confirming), and the beleidsmedewerker finds the half-year report from the start
 * page, picks the current half year, sees every table with its SVG chart beside it, and sets the
 * huisvestingstaakstelling (first a negative number). Every page is checked by axe-core (WCAG 2.1 AA) under the CSP.
 */
class HalfjaarBrowserTests extends BrowserTest {

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void d10_theConsulentRecordsOutflowAndTheBeleidsmedewerkerReadsTheHalfYearReportWithCharts() throws Exception {
        String id = persoon("Uitstromer");
        LocalDate vandaag = Vandaag.datum();

        sessie.logIn("consulent.dalfsen");
        sessie.open("/inburgeraars/" + id + "/uitstroom");
        sessie.wachtOp("uitstroom-formulier");
        sessie.controleerToegankelijkheid("Uitstroom, nog niets vastgelegd");
        new Select(sessie.element("veld-uitstroomSoort")).selectByValue("WERK");
        sessie.datum("veld-uitstroomDatum", vandaag.plusDays(10));
        sessie.element("vastleggen").click();
        sessie.wachtOp("foutsamenvatting");
        assertThat(sessie.tekst("foutsamenvatting")).contains("De datum ligt in de toekomst");
        sessie.controleerToegankelijkheid("Uitstroom met een fout");
        new Select(sessie.element("veld-uitstroomSoort")).selectByValue("WERK");
        sessie.datum("veld-uitstroomDatum", vandaag);
        sessie.vul("veld-uitstroomToelichting", "Productiemedewerker, 32 uur");
        sessie.element("vastleggen").click();
        sessie.wachtOp("uitstromen");
        assertThat(sessie.tekst("uitstromen")).contains("Werk in loondienst").contains("Productiemedewerker");
        new Select(sessie.element("veld-uitstroomSoort")).selectByValue("STUDIE");
        sessie.datum("veld-uitstroomDatum", vandaag);
        sessie.element("vastleggen").click();
        sessie.wachtOp("uitstromen");
        assertThat(sessie.tekst("uitstromen")).contains("Studie of opleiding");
        chromium.findElements(By.linkText("Verwijderen")).getFirst().click();
        sessie.wachtOp("bevestig-verwijderen");
        sessie.controleerToegankelijkheid("Uitstroom verwijderen");
        sessie.element("bevestig-verwijderen").click();
        sessie.wachtOp("uitstromen");
        assertThat(chromium.findElements(By.linkText("Verwijderen"))).hasSize(1);
        sessie.controleerToegankelijkheid("Uitstroom vastgelegd");
        sessie.logUit();

        sessie.logIn("beleid.dalfsen");
        sessie.open("/");
        chromium.findElement(By.linkText("De halfjaarrapportage aan de gemeenteraad bekijken en downloaden"))
                .click();
        sessie.wachtOp("periodekeuze");
        Halfjaar nu = Halfjaar.met(vandaag);
        new Select(sessie.element("veld-periode")).selectByValue(nu.code());
        sessie.element("tonen").click();
        sessie.wachtOp("tabel-Uitstroom");
        assertThat(sessie.tekst()).contains("Halfjaarrapportage " + nu.naam());
        assertThat(sessie.tekst("tabel-Uitstroom"))
                .contains(nu.naam())
                .contains(nu.vorige().naam());
        assertThat(chromium.findElements(By.cssSelector(".oi-grafiekvlak svg[role='img']")))
                .hasSizeGreaterThanOrEqualTo(7);
        sessie.controleerToegankelijkheid("Halfjaarrapportage met grafieken");

        sessie.vul("veld-taakstelling", "-4");
        sessie.element("taakstelling-opslaan").click();
        sessie.wachtOp("foutsamenvatting");
        sessie.controleerToegankelijkheid("Taakstelling met een fout");
        sessie.vul("veld-taakstelling", "24");
        sessie.element("taakstelling-opslaan").click();
        sessie.wachtOp("melding");
        assertThat(sessie.tekst("tabel-Huisvesting")).contains("24");
        assertThat(sessie.element("download-excel").getAttribute("href"))
                .endsWith("halfjaar.xlsx?periode=" + nu.code());
        assertThat(sessie.element("download-pdf").getAttribute("href")).endsWith("halfjaar.pdf?periode=" + nu.code());
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
                                {"bsn": "%s", "voornamen": "Samir", "geslachtsnaam": "%s", "geboortedatum": "1990-02-11",
                                 "doelgroep": "ASIELSTATUSHOUDER", "datumStartInburgeringsplicht": "2025-03-01"}""".formatted(TestBsn.nieuw(), geslachtsnaam)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(201);
        return JsonPath.read(antwoord.body(), "$.id");
    }
}
