package nl.openinburgering.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import com.jayway.jsonpath.JsonPath;

import nl.openinburgering.TestBsn;
import nl.openinburgering.Testdossier;
import nl.openinburgering.shared.Vandaag;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Handhaving in a real browser: a consulent starts a case from a VERZUIM signal of the worklist, holds the
 * conversation, sends the warning, records proportionality (R9.5, with the R9.10 note for a statushouder), sends
 * the voornemen, records the zienswijze and proposes the fine; the teamleider finds it in the overview and fixes
 * it (four eyes). The boetebeschikking's PDF holds the amount, the motivation and the bezwaar clause. Every page
 * is checked by axe-core.
 */
class HandhavingBrowserTests extends BrowserTest {

    static final String CONSULENT = "consulent2.dalfsen";

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void r9_2_r9_10_vier_ogen_from_a_verzuim_signal_to_a_fixed_fine_with_its_letter() throws Exception {
        LocalDate vandaag = Vandaag.datum();
        LocalDate verzuim = vandaag.minusDays(27);
        String id = persoonMetVerzuim(verzuim);

        sessie.logIn(CONSULENT);
        sessie.open("/werkvoorraad?signaal=VERZUIM");
        By naarHandhaving = By.cssSelector("a[href$='/inburgeraars/" + id + "/handhaving']");
        sessie.wacht(ExpectedConditions.presenceOfElementLocated(naarHandhaving));
        chromium.findElement(naarHandhaving).click();
        sessie.wachtOp("nieuwe-zaak");
        assertThat(sessie.element("r9-10").getText()).contains("ECLI:EU:C:2025:52");
        sessie.controleerToegankelijkheid("Handhaving van een persoon");

        new Select(sessie.element("veld-hhGrond")).selectByValue("PIP");
        new Select(sessie.element("veld-hhAfspraak")).selectByValue("LEERROUTE");
        sessie.datum("veld-hhOvertredingsdatum", verzuim);
        sessie.element("bewijs-0").click();
        sessie.element("zaak-openen").click();
        sessie.wachtOp("gesprek");
        assertThat(sessie.tekst("bewijs")).contains("ONGEOORLOOFD");
        sessie.controleerToegankelijkheid("Nieuwe handhavingszaak");

        sessie.datum("veld-hhDatum", verzuim);
        sessie.vul("veld-hhNotities", "Geen reden gegeven voor het verzuim.");
        sessie.element("gesprek-vastleggen").click();
        sessie.wachtOp("waarschuwing");
        sessie.datum("veld-hhDatum", verzuim);
        sessie.element("waarschuwing-versturen").click();
        sessie.wachtOp("voornemen");
        assertThat(sessie.element("brief-waarschuwing").getAttribute("href")).endsWith("/brieven/waarschuwing.pdf");

        sessie.datum("veld-hhDatum", verzuim.plusDays(14));
        new Select(sessie.element("veld-hhVerwijtbaarheid")).selectByValue("NORMAAL");
        sessie.element("voornemen-versturen").click();
        sessie.wachtOp("foutsamenvatting");
        assertThat(sessie.tekst("foutsamenvatting")).contains("R9.5");
        sessie.controleerToegankelijkheid("Voornemen zonder evenredigheid");
        assertThat(sessie.element("r9-10").isDisplayed()).isTrue();

        sessie.vul("veld-hhEvenredigheid", "Drie weken geen les zonder reden, na een waarschuwing.");
        sessie.vul("veld-hhEerderGeprobeerd", "Gesprek met de taalschool en extra begeleiding.");
        sessie.element("evenredigheid-vastleggen").click();
        sessie.wachtOp("melding");
        sessie.datum("veld-hhDatum", verzuim.plusDays(14));
        new Select(sessie.element("veld-hhVerwijtbaarheid")).selectByValue("NORMAAL");
        sessie.element("voornemen-versturen").click();
        sessie.wachtOp("zienswijze");
        assertThat(sessie.tekst("berekening")).contains("25,00");

        sessie.datum("veld-hhDatum", verzuim.plusDays(15));
        new Select(sessie.element("veld-hhVorm")).selectByValue("SCHRIFTELIJK");
        sessie.vul("veld-hhInhoud", "Ik kon geen oppas vinden.");
        sessie.element("zienswijze-vastleggen").click();
        sessie.wachtOp("boetevoorstel");
        assertThat(sessie.tekst("verloop-zienswijze")).contains("Ik kon geen oppas vinden.");
        sessie.controleerToegankelijkheid("Zienswijze vastgelegd");

        sessie.datum("veld-hhDatum", vandaag);
        sessie.vul("veld-hhMotivering", "U was drie weken niet bij de taalles, zonder geldige reden.");
        sessie.element("boete-voorstellen").click();
        sessie.wacht(ExpectedConditions.textToBe(By.id("zaak-stap"), "Boete voorgesteld"));
        sessie.logUit();

        sessie.logIn("teamleider.dalfsen");
        sessie.open("/handhaving");
        sessie.wachtOp("open-zaken");
        sessie.controleerToegankelijkheid("Open handhavingszaken");
        By zaak = By.cssSelector("#open-zaken a[href*='/inburgeraars/" + id + "/handhaving/']");
        chromium.findElement(zaak).click();
        sessie.wachtOp("boetebeschikking");
        sessie.controleerToegankelijkheid("Boete vaststellen");
        sessie.datum("veld-hhDatum", vandaag);
        sessie.element("boete-vaststellen").click();
        sessie.wacht(ExpectedConditions.textToBe(By.id("zaak-stap"), "Boete opgelegd"));
        assertThat(sessie.tekst("bedrag")).isEqualTo("€ 25,00");
        sessie.controleerToegankelijkheid("Boete opgelegd");

        HttpResponse<byte[]> brief =
                metSessie(sessie.element("brief-boetebeschikking").getAttribute("href"));
        assertThat(brief.statusCode()).isEqualTo(200);
        assertThat(brief.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(brief.body())) {
            String tekst = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(tekst)
                    .contains("Wij geven u een boete van € 25,00.")
                    .contains("U was drie weken niet bij de taalles, zonder geldige reden.")
                    .contains("Dan kunt u bezwaar maken")
                    .contains("binnen zes weken");
        }
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

    /** An asielstatushouder with a vastgesteld PIP, at the language school, absent without leave on two days. */
    private String persoonMetVerzuim(LocalDate verzuim) throws Exception {
        LocalDate dagtekening = Vandaag.datum().minusDays(200);
        String persoon = api(CONSULENT, "/api/v1/inburgeraars", """
                {"bsn": "%s", "voornamen": "Samir", "geslachtsnaam": "Handhaving", "geboortedatum": "1990-05-17",
                 "doelgroep": "ASIELSTATUSHOUDER", "datumStartInburgeringsplicht": "%s", "datumVestigingGemeente": "%s"}""".formatted(
                        TestBsn.nieuw(), dagtekening.minusDays(60), dagtekening.minusDays(30)));
        String id = JsonPath.read(persoon, "$.id");
        String pip = api(CONSULENT, "/api/v1/inburgeraars/" + id + "/pips", Testdossier.metMinimuminhoud("""
                {"leerroute": "B1_ROUTE", "geschatteIntensiteitB1Route": 600, "alfabetisering": "NVT", "aantalVoortgangsgesprekken": 4}"""));
        houdIntake(CONSULENT, id);
        api(
                "teamleider.dalfsen",
                "/api/v1/inburgeraars/" + id + "/pips/" + JsonPath.read(pip, "$.id") + "/vaststelling",
                "{\"dagtekening\": \"" + dagtekening
                        + "\", \"redenEerdereDagtekening\": \"Test: dagtekening achteraf\"}");
        String deelname = api(CONSULENT, "/api/v1/inburgeraars/" + id + "/deelnames", """
                {"aanbiederId": "6a0c1b6e-2f4d-4c36-9a77-1f0e5b1d0a01", "soort": "LEERROUTE", "startdatum": "%s"}""".formatted(dagtekening));
        String deelnameId = JsonPath.read(deelname, "$.id");
        api("aanbieder.taalschool", "/api/v1/aanbieder/urenregistraties", """
                {"regels": [
                 {"deelnameId": "%s", "datum": "%s", "soort": "TAALLES_KNM", "uren": 3, "aanwezig": false, "verzuimreden": "ONGEOORLOOFD"},
                 {"deelnameId": "%s", "datum": "%s", "soort": "TAALLES_KNM", "uren": 3, "aanwezig": false, "verzuimreden": "ONGEOORLOOFD"}]}""".formatted(
                        deelnameId, verzuim, deelnameId, verzuim.plusDays(1)));
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
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode()).as(pad + ": " + antwoord.body()).isBetween(200, 201);
        return antwoord.body();
    }
}
