package nl.openinburgering.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;

import nl.openinburgering.TestBsn;
import nl.openinburgering.shared.Vandaag;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20, points 13, 15 and 16 in a real browser, at desktop width and at 390 px (a phone): finding a person
 * from the header, enrolling a person at a provider, and the provider's hours upload with a Dutch decimal comma
 * and the same file twice. Every page is checked by axe-core (see {@link BrowserTest}) and, at every width, for
 * horizontal scrolling of the page itself.
 */
class VindenInschrijvenPortaalBrowserTests extends BrowserTest {

    static final String TAALSCHOOL = "6a0c1b6e-2f4d-4c36-9a77-1f0e5b1d0a01";

    @TempDir
    Path map;

    @AfterEach
    void terugNaarDesktop() {
        chromium.manage().window().setSize(new Dimension(1280, 1000));
    }

    @ParameterizedTest(name = "{0} px breed")
    @ValueSource(ints = {1280, 390})
    void aConsulentFindsAPersonByNameFromTheHeaderAndFiltersTheList(int breedte) throws Exception {
        breedte(breedte);
        String achternaam = "Vind" + UUID.randomUUID().toString().substring(0, 6);
        String persoon = persoon("Selam", achternaam);

        sessie.logIn("consulent.dalfsen");
        sessie.open("/inburgeraars?fase=INTAKE&signalen=ja");
        sessie.wachtOp("inburgeraars");
        sessie.controleerToegankelijkheid("lijst met filters (" + breedte + ")");
        geenHorizontaalScrollen();

        if (breedte < 640) {
            // On a phone the quick search sits with the menu, so the header stays compact.
            sessie.element("menu-knop").click();
        }
        sessie.vul("kop-zoekterm", "selam " + achternaam.toLowerCase());
        sessie.element("kop-zoeken").click();
        sessie.wachtOp("resultaten");
        assertThat(sessie.tekst("resultaten")).contains("Selam " + achternaam);
        assertThat(chromium.getCurrentUrl()).endsWith("/inburgeraars/zoeken").doesNotContain(achternaam);
        sessie.controleerToegankelijkheid("zoekresultaat uit de kop (" + breedte + ")");
        geenHorizontaalScrollen();
        chromium.findElement(By.cssSelector("#resultaten a[href$='" + persoon + "']"))
                .click();
        sessie.wacht(d -> d.getCurrentUrl().endsWith("/inburgeraars/" + persoon));
    }

    @ParameterizedTest(name = "{0} px breed")
    @ValueSource(ints = {1280, 390})
    void aConsulentEnrolsAPersonAtAContractedProviderAfterFixingTheErrors(int breedte) throws Exception {
        breedte(breedte);
        String persoon =
                persoon("Dawit", "Inschrijf" + UUID.randomUUID().toString().substring(0, 6));

        sessie.logIn("consulent.dalfsen");
        sessie.open("/inburgeraars/" + persoon + "/deelnames");
        sessie.wachtOp("inschrijven");
        sessie.controleerToegankelijkheid("deelnames zonder inschrijving (" + breedte + ")");
        geenHorizontaalScrollen();

        sessie.element("inschrijven-knop").click();
        sessie.wachtOp("foutsamenvatting");
        assertThat(sessie.tekst("foutsamenvatting"))
                .contains("Kies de aanbieder.")
                .contains("Vul de startdatum in.");
        sessie.controleerToegankelijkheid("inschrijven met fouten (" + breedte + ")");
        geenHorizontaalScrollen();

        new Select(sessie.element("veld-aanbiederId")).selectByValue(TAALSCHOOL);
        new Select(sessie.element("veld-soort")).selectByValue("LEERROUTE");
        sessie.datum("veld-startdatum", java.time.LocalDate.of(2025, 3, 1));
        sessie.element("inschrijven-knop").click();
        sessie.wachtOp("melding");
        assertThat(sessie.tekst("melding")).contains("Ingeschreven bij Taalschool Regio Zwolle");
        assertThat(sessie.tekst("deelnamelijst")).contains("Taalschool Regio Zwolle");
        sessie.controleerToegankelijkheid("ingeschreven (" + breedte + ")");
        geenHorizontaalScrollen();
    }

    @ParameterizedTest(name = "{0} px breed")
    @ValueSource(ints = {1280, 390})
    void aProviderUploadsDutchDecimalsSeesNamesAndConfirmsTheSameFileAgain(int breedte) throws Exception {
        breedte(breedte);
        String achternaam = "Portaal" + UUID.randomUUID().toString().substring(0, 6);
        String persoon = persoon("Meron", achternaam);
        String deelname =
                api("consulent.dalfsen", "/api/v1/inburgeraars/" + persoon + "/deelnames", """
                {"aanbiederId": "%s", "soort": "LEERROUTE", "startdatum": "2025-03-01"}""".formatted(TAALSCHOOL));
        Path bestand = Files.writeString(
                map.resolve("uren-" + breedte + ".csv"),
                """
                deelnameId;datum;soort;uren;aanwezig;verzuimreden
                %s;%s;TAALLES_KNM;2,5;true;
                """.formatted(deelname, Vandaag.datum().minusDays(1)),
                StandardCharsets.UTF_8);

        sessie.logIn("aanbieder.taalschool");
        sessie.open("/aanbieder/uren");
        sessie.wachtOp("sjabloon");
        sessie.controleerToegankelijkheid("uren melden met sjabloon (" + breedte + ")");
        geenHorizontaalScrollen();

        sessie.kiesBestand(bestand);
        sessie.wachtOp("goed");
        assertThat(sessie.tekst("voorbeeld")).contains(achternaam + ", Meron").doesNotContain(deelname);
        sessie.controleerToegankelijkheid("controle met namen (" + breedte + ")");
        geenHorizontaalScrollen();
        sessie.element("opslaan").click();
        sessie.wachtOp("melding");

        sessie.kiesBestand(bestand);
        sessie.wachtOp("eerder-ingelezen");
        assertThat(sessie.tekst("eerder-ingelezen")).contains("Dit bestand is al eerder ingelezen op");
        sessie.controleerToegankelijkheid("hetzelfde bestand nogmaals (" + breedte + ")");
        geenHorizontaalScrollen();
        sessie.element("opslaan").click();
        sessie.wachtOp("fout-nogmaals");
        sessie.controleerToegankelijkheid("nogmaals zonder bevestiging (" + breedte + ")");
        sessie.element("veld-nogmaals").click();
        sessie.element("opslaan").click();
        sessie.wachtOp("melding");
        assertThat(sessie.tekst("melding")).contains("Opgeslagen: 1 uurregels.");
        assertThat(totaal(persoon)).contains("\"taallesKnm\":5");
    }

    private void breedte(int breedte) {
        chromium.manage().window().setSize(new Dimension(breedte, 1000));
    }

    /** The page itself never scrolls sideways; a wide table scrolls inside its own region. */
    private void geenHorizontaalScrollen() {
        Number scroll = (Number) chromium.executeScript("return document.documentElement.scrollWidth");
        Number venster = (Number) chromium.executeScript("return window.innerWidth");
        Object breed = chromium.executeScript("""
                return Array.from(document.querySelectorAll('body *'))
                    .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
                    .filter(e => !e.closest('.utrecht-table-container'))
                    .slice(0, 8)
                    .map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))
                    .join(', ');""");
        assertThat(scroll.intValue())
                .as("horizontaal scrollen op " + chromium.getCurrentUrl() + ": " + breed)
                .isLessThanOrEqualTo(venster.intValue());
    }

    private String persoon(String voornamen, String achternaam) throws Exception {
        return api("consulent.dalfsen", "/api/v1/inburgeraars", """
                {"bsn": "%s", "voornamen": "%s", "geslachtsnaam": "%s", "geboortedatum": "1994-05-17",
                 "doelgroep": "ASIELSTATUSHOUDER", "datumStartInburgeringsplicht": "2025-01-10"}""".formatted(TestBsn.nieuw(), voornamen, achternaam));
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
