package nl.openinburgering.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Base64;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import com.jayway.jsonpath.JsonPath;

import nl.openinburgering.TestBsn;
import nl.openinburgering.ontzorging.SepaSchema;
import nl.openinburgering.shared.Vandaag;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Financieel ontzorgen in a real browser: the consulent starts the ontzorging of a statushouder, records the signed
 * machtiging and a cost item (first with an IBAN that fails the check); then the financieel medewerker reviews the
 * month's run, fixes it after confirming the review and downloads the SEPA file, which validates against the
 * pain.001.001.09 schema. The consulent then raises the rent on the item's form, and the next month's run shows the
 * difference for the paid month as a correction (R7.2). Every page is checked by axe-core (WCAG 2.1 AA) under the CSP.
 */
class OntzorgingBrowserTests extends BrowserTest {

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void
            r7_2_r7_4_theConsulentSetsUpTheItemsAndTheFinancieelMedewerkerFixesAndExportsTheMonthlyRunThenAChangeIsACorrection()
                    throws Exception {
        YearMonth maand = YearMonth.from(Vandaag.datum());
        LocalDate startBijstand = maand.minusMonths(1).atDay(1);
        String id = persoon("Aabidi");

        sessie.logIn("consulent.dalfsen");
        sessie.open("/inburgeraars/" + id + "/ontzorging");
        sessie.wachtOp("start-formulier");
        sessie.controleerToegankelijkheid("Ontzorging nog niet gestart");
        new Select(sessie.element("veld-ozVergunning")).selectByValue("ASIEL");
        sessie.datum("veld-ozStartBijstand", startBijstand);
        sessie.element("starten").click();
        sessie.wachtOp("machtiging-formulier");
        assertThat(sessie.tekst("melding")).contains("De ontzorging is gestart");

        sessie.datum("veld-ozMachtigingDatum", Vandaag.datum());
        sessie.element("machtiging-opslaan").click();
        sessie.wacht(ExpectedConditions.textToBePresentInElementLocated(By.id("machtiging"), "Getekend"));

        new Select(sessie.element("veld-ozSoort")).selectByValue("HUUR");
        sessie.vul("veld-ozCrediteurNaam", "Woonstichting De Vechthorst");
        sessie.vul("veld-ozIban", "NL91 ABNA 0417 1643 01");
        sessie.vul("veld-ozKenmerk", "Huurcontract 2026-118");
        sessie.vul("veld-ozBedrag", "650,00");
        maand("veld-ozStartmaand", startBijstand.toString().substring(0, 7));
        sessie.element("kostenpost-toevoegen").click();
        sessie.wachtOp("fout-ozIban");
        assertThat(sessie.tekst("fout-ozIban")).contains("IBAN");
        sessie.controleerToegankelijkheid("Vaste last met een fout IBAN");
        sessie.vul("veld-ozIban", "NL91 ABNA 0417 1643 00");
        maand("veld-ozStartmaand", startBijstand.toString().substring(0, 7));
        sessie.element("kostenpost-toevoegen").click();
        sessie.wachtOp("kostenposten");
        assertThat(sessie.tekst("kostenposten"))
                .contains("Woonstichting De Vechthorst")
                .contains("€ 650,00");
        assertThat(sessie.tekst("historie")).contains("Machtiging getekend").contains("toegevoegd");
        sessie.controleerToegankelijkheid("Ontzorging met vaste last");
        sessie.logUit();

        sessie.logIn("financieel.dalfsen");
        assertThat(chromium.findElements(By.cssSelector("header a[href='/inburgeraars']")))
                .isEmpty();
        sessie.open("/ontzorging/betaalrondes");
        sessie.wachtOp("maand-formulier");
        assertThat(sessie.tekst("debiteur")).contains("Gemeente Dalfsen");
        sessie.controleerToegankelijkheid("Betaalrondes");
        maand("veld-maand", maand.toString());
        sessie.element("concept-openen").click();
        sessie.wachtOp("vaststellen-formulier");
        assertThat(sessie.tekst("regels")).contains("Amina Aabidi").contains("Woonstichting De Vechthorst");
        assertThat(sessie.tekst("status")).contains("Concept");
        sessie.controleerToegankelijkheid("Concept betaalronde");

        sessie.element("vaststellen").click();
        sessie.wachtOp("fout-gecontroleerd");
        sessie.controleerToegankelijkheid("Betaalronde vaststellen zonder controle");
        sessie.element("veld-gecontroleerd").click();
        sessie.element("vaststellen").click();
        sessie.wachtOp("sepa");
        assertThat(sessie.tekst("melding")).contains("De betaalronde is vastgesteld");
        sessie.controleerToegankelijkheid("Vastgestelde betaalronde");

        HttpResponse<String> sepa = metSessie(sessie.element("sepa").getAttribute("href"));
        assertThat(sepa.statusCode()).isEqualTo(200);
        SepaSchema.valideer(sepa.body());
        assertThat(SepaSchema.waarde(sepa.body(), "//*[local-name()='GrpHdr']/*[local-name()='NbOfTxs']"))
                .isEqualTo(sessie.tekst("aantal"));

        sessie.open("/ontzorging/betaalrondes");
        sessie.wachtOp("rondes");
        assertThat(sessie.tekst("rondes")).contains(maand.toString()).contains("financieel.dalfsen");
        sessie.controleerToegankelijkheid("Betaalrondes met een vastgestelde ronde");
        assertThat(metSessie("/inburgeraars/" + id).statusCode())
                .as("not the rest of the file")
                .isEqualTo(403);
        sessie.logUit();

        sessie.logIn("consulent.dalfsen");
        sessie.open("/inburgeraars/" + id + "/ontzorging");
        sessie.wachtOp("kostenposten");
        chromium.findElement(By.cssSelector("#post-HUUR a")).click();
        sessie.wachtOp("wijzig-formulier");
        assertThat(sessie.tekst("correctie-uitleg"))
                .contains("al betaald")
                .contains(maand.toString())
                .contains("correctie in de volgende betaalronde");
        sessie.controleerToegankelijkheid("Vaste last wijzigen na een betaalronde");
        sessie.vul("veld-ozBedrag", "675,00");
        sessie.element("wijziging-opslaan").click();
        sessie.wachtOp("kostenposten");
        assertThat(sessie.tekst("melding")).contains("De vaste last is gewijzigd");
        assertThat(sessie.tekst("kostenposten")).contains("€ 675,00");
        sessie.logUit();

        sessie.logIn("financieel.dalfsen");
        sessie.open("/ontzorging/betaalrondes");
        sessie.wachtOp("maand-formulier");
        maand("veld-maand", maand.plusMonths(1).toString());
        sessie.element("concept-openen").click();
        sessie.wachtOp("regels");
        String correctie = chromium.findElement(By.xpath(
                        "//table[@id='regels']//tr[th[contains(., 'Amina Aabidi')] and td[contains(., 'correctie')]]"))
                .getText();
        assertThat(correctie)
                .as("R7.2: the change after the recorded run is a correction in the next run")
                .contains(maand.toString())
                .contains("€ 25,00");
        assertThat(sessie.tekst("regels")).contains("€ 675,00");
        sessie.controleerToegankelijkheid("Volgende betaalronde met een correctie");
    }

    /** A month field's value is ISO (yyyy-MM) whatever the browser's locale. */
    private void maand(String id, String waarde) {
        chromium.executeScript("arguments[0].value = arguments[1]", sessie.element(id), waarde);
    }

    private HttpResponse<String> metSessie(String adres) throws Exception {
        String cookies = chromium.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        URI uri = adres.startsWith("http") ? URI.create(adres) : URI.create("http://localhost:" + poort + adres);
        return http.send(
                HttpRequest.newBuilder(uri).header("Cookie", cookies).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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
                                 "doelgroep": "ASIELSTATUSHOUDER", "datumStartInburgeringsplicht": "2025-03-01"}""".formatted(TestBsn.nieuw(), geslachtsnaam)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(201);
        return JsonPath.read(antwoord.body(), "$.id");
    }
}
