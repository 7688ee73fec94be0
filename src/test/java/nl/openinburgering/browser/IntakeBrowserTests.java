package nl.openinburgering.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import nl.openinburgering.TestBsn;
import nl.openinburgering.shared.Vandaag;

import static org.assertj.core.api.Assertions.assertThat;

/** A consulent completes a warme overdracht and a brede intake in a real browser; axe checks every page. */
class IntakeBrowserTests extends BrowserTest {

    @Test
    void consulentCompletesHandoverAndIntakeSeesTheAdviceAndChoosesARoute() {
        voltooiIntake();
    }

    /**
     * The consulent's whole path of issue 3 in one go: intake, a PIP drafted from the chosen route, a rule
     * violation explained (R3.13) and corrected, the teamleider's vaststelling, and the beschikking letter
     * (R3.2) that downloads with the person's name and the bezwaar clause.
     */
    @Test
    void r3_13_r3_2_fromIntakeToPipToBeschikkingLetter() throws Exception {
        String persoon = voltooiIntake();

        chromium.get(persoon);
        sessie.element("naar-pip").click();
        sessie.wachtOp("nieuw-pip");
        sessie.element("nieuw-pip").click();
        sessie.wachtOp("controle");
        assertThat(new Select(sessie.element("veld-leerroute"))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .as("the leerroute comes from the intake's route choice")
                .isEqualTo("ONDERWIJSROUTE");
        kies("veld-niveau", "A2");
        sessie.wacht(ExpectedConditions.textToBePresentInElementLocated(By.id("fout-niveau"), "R3.13"));
        sessie.controleerToegankelijkheid("PIP uit de intake, met regelcontrole");
        kies("veld-niveau", "B1");
        sessie.wachtOp("controle-ok");
        sessie.vul("veld-afsprakenPvt", "PVT in groep");
        sessie.vul("veld-begeleiding", "Maandelijks gesprek met de consulent");
        sessie.vul("veld-aantalVoortgangsgesprekken", "4");
        sessie.verstuur();
        sessie.wachtOp("melding");
        String pip = chromium.getCurrentUrl();
        sessie.logUit();

        sessie.logIn("teamleider.dalfsen");
        chromium.get(pip);
        sessie.element("vaststellen").click();
        sessie.wachtOp("bevestig-vaststellen");
        sessie.verstuur();
        sessie.wachtOp("melding");
        String brief = sessie.element("beschikking").getAttribute("href");
        sessie.controleerToegankelijkheid("PIP vastgesteld, uit de intake");

        HttpResponse<byte[]> download = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(brief))
                                .header(
                                        "Cookie",
                                        "SESSION="
                                                + chromium.manage()
                                                        .getCookieNamed("SESSION")
                                                        .getValue())
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        try (PDDocument pdf = Loader.loadPDF(download.body())) {
            String tekst = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(tekst).contains("Selam Tesfay").contains("bezwaar").contains("zes weken");
        }
    }

    /**
     * The intake page has a form per section, and text typed in one section was lost without
     * a word when another section was saved. Now saving one section while another has unsaved input stops with
     * a warning that names that section; only a second click saves anyway. Leaving the page with unsaved input
     * asks the browser's own question. Failed before the fix: the typed text was gone after the save.
     */
    @Test
    void noInputIsLostWhenAnotherSectionIsSavedWithUnsavedChanges() {
        sessie.logIn("consulent.dalfsen");
        registreerVoorHuisvesting();
        sessie.element("naar-intake").click();
        sessie.wachtOp("overdracht-opslaan");

        sessie.vul("veld-werkervaring", "Tien jaar kapper in Asmara");
        sessie.element("overdracht-opslaan").click();
        sessie.wachtOp("onopgeslagen");
        assertThat(sessie.tekst("onopgeslagen")).contains("Bevindingen per leefgebied");
        assertThat(sessie.element("veld-werkervaring").getAttribute("value")).isEqualTo("Tien jaar kapper in Asmara");
        sessie.controleerToegankelijkheid("intake, waarschuwing voor niet-opgeslagen invoer");

        sessie.element("bevindingen-opslaan").click();
        sessie.wacht(ExpectedConditions.textToBePresentInElementLocated(
                By.id("melding"), "De bevindingen zijn opgeslagen."));
        assertThat(sessie.element("veld-werkervaring").getAttribute("value")).isEqualTo("Tien jaar kapper in Asmara");

        sessie.vul("veld-azcLocatie", "azc Zwolle");
        opslaan("overdracht-opslaan", "De warme overdracht is opgeslagen.");
        assertThat(sessie.element("veld-werkervaring").getAttribute("value")).isEqualTo("Tien jaar kapper in Asmara");
        assertThat(sessie.element("veld-azcLocatie").getAttribute("value")).isEqualTo("azc Zwolle");

        sessie.vul("veld-onderwijs", "Basisschool");
        sessie.element("overdracht-opslaan").click();
        sessie.wachtOp("onopgeslagen");
        sessie.element("overdracht-opslaan").click();
        sessie.wacht(ExpectedConditions.textToBePresentInElementLocated(
                By.id("melding"), "De warme overdracht is opgeslagen."));
    }

    /** Registers a person before housing and completes handover and intake; returns the detail page's URL. */
    private String voltooiIntake() {
        sessie.logIn("consulent.dalfsen");
        registreerVoorHuisvesting();
        String persoon = chromium.getCurrentUrl();
        sessie.element("naar-intake").click();
        sessie.wachtOp("overdracht-opslaan");
        assertThat(sessie.tekst("vestiging-ontbreekt")).contains("ontbreken nog");
        sessie.controleerToegankelijkheid("intake, leeg");

        sessie.datum("veld-koppelingsdatum", Vandaag.datum().minusWeeks(3));
        sessie.vul("veld-azcLocatie", "azc Zwolle");
        sessie.vul("veld-coaEmail", "j.devries@coa.nl");
        kies("veld-scenario", "GECOMBINEERDE_AANPAK");
        opslaan("overdracht-opslaan", "De warme overdracht is opgeslagen.");

        kies("veld-gesprekSoort", "INTAKEGESPREK");
        sessie.datum("veld-gesprekDatum", Vandaag.datum().minusWeeks(1));
        sessie.vul("veld-deelnemers", "inburgeraar, consulent");
        sessie.element("veld-tolk").click();
        sessie.vul("veld-tolkTaal", "Tigrinya");
        opslaan("gesprek-opslaan", "Het gesprek is vastgelegd.");
        assertThat(sessie.tekst("gesprekkenlijst")).contains("Tigrinya");

        sessie.vul("veld-onderwijs", "Middelbare school in Eritrea afgemaakt");
        kies("veld-opleidingsniveau", "VO");
        sessie.vul("veld-werkervaring", "Kapper");
        kies("veld-hoofddoel", "ONDERWIJS");
        opslaan("bevindingen-opslaan", "De bevindingen zijn opgeslagen.");

        sessie.vul("veld-behaaldeScore", "1000");
        kies("veld-resultaat", "B1_ROUTE_HAALBAAR");
        sessie.element("lbt-opslaan").click();
        sessie.wachtOp("foutsamenvatting");
        assertThat(sessie.tekst("foutsamenvatting")).contains("999,99");
        sessie.controleerToegankelijkheid("intake, fout in de leerbaarheidstoets");
        sessie.vul("veld-behaaldeScore", "512,5");
        sessie.vul("veld-benodigdeScore", "480");
        opslaan("lbt-opslaan", "De leerbaarheidstoets is opgeslagen.");

        assertThat(sessie.tekst("advies")).isEqualTo("Onderwijsroute");
        sessie.element("advies-verversen").click();
        sessie.wacht(ExpectedConditions.textToBePresentInElementLocated(By.id("advies"), "Onderwijsroute"));

        kies("veld-keuzeLeerroute", "Z_ROUTE");
        sessie.element("routekeuze-opslaan").click();
        sessie.wachtOp("foutsamenvatting");
        assertThat(sessie.tekst("foutsamenvatting")).contains("wijkt af");
        kies("veld-keuzeLeerroute", "ONDERWIJSROUTE");
        opslaan("routekeuze-opslaan", "De leerroute is gekozen.");
        assertThat(new Select(sessie.element("veld-keuzeLeerroute"))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("Onderwijsroute");
        return persoon;
    }

    private void registreerVoorHuisvesting() {
        sessie.open("/inburgeraars/nieuw");
        sessie.vul("veld-bsn", TestBsn.nieuw());
        sessie.vul("veld-voornamen", "Selam");
        sessie.vul("veld-geslachtsnaam", "Tesfay");
        sessie.datum("veld-geboortedatum", Vandaag.datum().minusYears(22));
        sessie.element("veld-doelgroep").click();
        sessie.datum("veld-datumStartInburgeringsplicht", Vandaag.datum().minusWeeks(6));
        sessie.verstuur();
        sessie.wachtOp("melding");
        sessie.controleerToegankelijkheid("detailpagina met link naar intake");
    }

    private void kies(String id, String waarde) {
        new Select(sessie.element(id)).selectByValue(waarde);
    }

    private void opslaan(String knop, String melding) {
        sessie.element(knop).click();
        sessie.wacht(ExpectedConditions.textToBePresentInElementLocated(By.id("melding"), melding));
        sessie.controleerToegankelijkheid("intake na: " + melding);
    }
}
