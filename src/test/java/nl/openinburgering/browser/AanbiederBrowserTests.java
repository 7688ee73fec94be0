package nl.openinburgering.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.openinburgering.TestBsn;
import nl.openinburgering.shared.Vandaag;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The provider portal in a real browser: a CSV with one bad line shows that line's problem in the preview and
 * stores nothing; a good CSV is saved after "Opslaan" and appears among the past uploads. Every page is
 * checked by axe-core against WCAG 2.1 A and AA, under the strict CSP.
 */
class AanbiederBrowserTests extends BrowserTest {

    @TempDir
    Path map;

    @Test
    void aProviderPreviewsACsvWithABadLineStoresNothingThenSavesAGoodOne() throws Exception {
        String persoon = api("consulent.dalfsen", "/api/v1/inburgeraars", """
                {"bsn": "%s", "voornamen": "Amina", "geslachtsnaam": "Haddad", "geboortedatum": "1994-05-17",
                 "doelgroep": "ASIELSTATUSHOUDER", "datumStartInburgeringsplicht": "2025-01-10"}""".formatted(TestBsn.nieuw()));
        String deelname = api("consulent.dalfsen", "/api/v1/inburgeraars/" + persoon + "/deelnames", """
                {"aanbiederId": "6a0c1b6e-2f4d-4c36-9a77-1f0e5b1d0a01", "soort": "LEERROUTE", "startdatum": "2025-03-01"}""");
        String gisteren = Vandaag.datum().minusDays(1).toString();

        sessie.logIn("aanbieder.taalschool");
        sessie.open("/aanbieder/deelnemers");
        sessie.wachtOp("deelnemers");
        assertThat(sessie.tekst("deelnemers")).contains("Haddad, Amina").contains(deelname);
        sessie.controleerToegankelijkheid("Deelnemers van de aanbieder");

        sessie.open("/aanbieder/uren");
        sessie.wachtOp("veld-bestand");
        sessie.controleerToegankelijkheid("Uren melden");
        sessie.kiesBestand(bestand("fout.csv", """
                deelnameId,datum,soort,uren,aanwezig,verzuimreden
                %1$s,%2$s,TAALLES_KNM,3,true,
                %1$s,%2$s,TAALLES_KNM,30,true,
                """.formatted(deelname, gisteren)));
        sessie.wachtOp("foutsamenvatting");
        assertThat(sessie.tekst("foutregels")).contains("Regel 3:").contains("tussen 0,01 en 24");
        assertThat(sessie.tekst("regel-3")).contains("Fout:");
        assertThat(sessie.tekst("regel-2")).contains("Goed");
        assertThat(chromium.findElements(org.openqa.selenium.By.id("opslaan"))).isEmpty();
        sessie.controleerToegankelijkheid("Controle met een foute regel");
        assertThat(totaal(persoon)).contains("\"taallesKnm\":0");

        sessie.element("ander-bestand").click();
        sessie.wachtOp("veld-bestand");
        sessie.kiesBestand(bestand("goed.csv", """
                deelnameId,datum,soort,uren,aanwezig,verzuimreden
                %1$s,%2$s,TAALLES_KNM,3,true,
                %1$s,%2$s,TAALLES_KNM,2.5,false,ZIEK
                """.formatted(deelname, gisteren)));
        sessie.wachtOp("goed");
        sessie.controleerToegankelijkheid("Controle zonder fouten");
        assertThat(totaal(persoon)).contains("\"taallesKnm\":0");
        sessie.element("opslaan").click();
        sessie.wachtOp("melding");
        assertThat(sessie.tekst("melding")).contains("Opgeslagen: 2 uurregels.");
        assertThat(sessie.tekst("uploads")).contains("aanbieder.taalschool");
        sessie.controleerToegankelijkheid("Uren opgeslagen");
        assertThat(totaal(persoon)).contains("\"taallesKnm\":3");
    }

    private Path bestand(String naam, String inhoud) throws Exception {
        return Files.writeString(map.resolve(naam), inhoud, StandardCharsets.UTF_8);
    }

    private String totaal(String persoon) throws Exception {
        return verzoek(
                        "consulent.dalfsen",
                        HttpRequest.newBuilder(adres("/api/v1/inburgeraars/" + persoon + "/uren"))
                                .GET())
                .replace(" ", "");
    }

    /** POSTs JSON through the API and returns the id of what it created. */
    private String api(String gebruiker, String pad, String json) throws Exception {
        String antwoord = verzoek(
                gebruiker,
                HttpRequest.newBuilder(adres(pad))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)));
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(antwoord);
        assertThat(id.find()).as(antwoord).isTrue();
        return id.group(1);
    }

    private String verzoek(String gebruiker, HttpRequest.Builder verzoek) throws Exception {
        String basic = Base64.getEncoder().encodeToString((gebruiker + ":demo").getBytes(StandardCharsets.UTF_8));
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(
                            verzoek.header("Authorization", "Basic " + basic).build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
        }
    }

    private URI adres(String pad) {
        return URI.create("http://localhost:" + poort + pad);
    }
}
