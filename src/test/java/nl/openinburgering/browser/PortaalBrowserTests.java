package nl.openinburgering.browser;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import nl.openinburgering.Testdossier;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.portaal.PortaalBeheer;
import nl.openinburgering.shared.Gemeentecode;
import nl.openinburgering.shared.Leerroute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * The inburgeraar's portal on a phone (390 px), in Dutch, English and Arabic: log in with the demo account,
 * see the plan and the deadlines, download the beschikking, send a message; the consulent then sees the message
 * in the file. Arabic pages are right to left; at 320 px (400% zoom of a 1280 px screen) no portal page scrolls
 * sideways. Every page is checked by axe-core (WCAG 2.1 AA) under the CSP.
 */
class PortaalBrowserTests extends BrowserTest {

    private static final int TELEFOON = 390;
    private static final int ZOOM_400 = 320;

    @Autowired
    WebApplicationContext context;

    @Autowired
    PortaalBeheer portaal;

    @BeforeEach
    void telefoon() {
        chromium.manage().window().setSize(new Dimension(TELEFOON, 844));
    }

    @AfterEach
    void bureaublad() {
        chromium.manage().window().setSize(new Dimension(1280, 1000));
    }

    @Test
    void inDutchTheInburgeraarSeesThePlanDownloadsTheBeschikkingAndMessagesTheConsulent() throws Exception {
        String id = persoonMetAccount("inburgeraar1.dalfsen", "Nadia");
        doorloop("nl", "inburgeraar1.dalfsen", id, "Welkom, Nadia", "U leert Nederlands tot taalniveau B1.", "ltr");
    }

    @Test
    void inEnglishTheInburgeraarSeesThePlanDownloadsTheBeschikkingAndMessagesTheConsulent() throws Exception {
        String id = persoonMetAccount("inburgeraar2.dalfsen", "Omar");
        doorloop("en", "inburgeraar2.dalfsen", id, "Welcome, Omar", "You learn Dutch up to level B1.", "ltr");
    }

    @Test
    void inArabicThePagesAreRightToLeftAndTheInburgeraarDoesTheSame() throws Exception {
        String id = persoonMetAccount("inburgeraar3.dalfsen", "Layla");
        doorloop("ar", "inburgeraar3.dalfsen", id, "مرحبًا، Layla", "تتعلم الهولندية حتى المستوى B1.", "rtl");
    }

    /**
     * Issue 18: a file over the container's 10 MB limit, uploaded by Chromium to the real server, comes back on
     * the form with the size message in the chosen language (here Arabic), and the page still has no axe
     * violation.
     */
    @Test
    void anUploadOverTenMegabytesComesBackOnTheFormWithTheSizeMessageInArabic() throws Exception {
        persoonMetAccount("inburgeraar1.dalfsen", "Samir");
        java.nio.file.Path groot = java.nio.file.Files.createTempFile("groot", ".pdf");
        try {
            byte[] inhoud = new byte[11 * 1024 * 1024];
            System.arraycopy("%PDF-1.7".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, inhoud, 0, 8);
            java.nio.file.Files.write(groot, inhoud);
            sessie.open("/login?taal=ar");
            sessie.wachtOp("username");
            sessie.logIn("inburgeraar1.dalfsen");
            sessie.wachtOp("welkom");
            sessie.open("/mijn/documenten");
            sessie.wachtOp("upload-formulier");
            sessie.element("veld-bestand").sendKeys(groot.toString());
            sessie.vul("veld-omschrijving", "Diploma");
            sessie.element("uploaden").click();
            sessie.wachtOp("fout-bestand");
            assertThat(sessie.tekst("fout-bestand")).contains("الملف كبير جدًا");
            assertThat(chromium.getCurrentUrl()).endsWith("/mijn/documenten?te-groot");
            sessie.controleerToegankelijkheid("upload te groot ar");
            sessie.logUit();
        } finally {
            java.nio.file.Files.deleteIfExists(groot);
        }
    }

    private String persoonMetAccount(String account, String voornaam) throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        String id = Testdossier.in(mvc)
                .naam(voornaam, "Portaal" + UUID.randomUUID().toString().substring(0, 6))
                .persoon()
                .metPip(Leerroute.B1_ROUTE)
                .vastgesteld()
                .id();
        Tenant.alsGemeente(new Gemeentecode("0148"), () -> {
            portaal.koppelAccount(account, UUID.fromString(id), Optional.empty());
            return null;
        });
        return id;
    }

    private void doorloop(String taal, String account, String id, String welkom, String leerroute, String richting) {
        sessie.open("/login?taal=" + taal);
        sessie.wachtOp("username");
        assertThat(sessie.element("demo-inlog").getText()).contains("inburgeraar1.dalfsen");
        sessie.controleerToegankelijkheid("inloggen " + taal);
        sessie.logIn(account);
        sessie.wachtOp("welkom");
        assertThat(chromium.getCurrentUrl()).endsWith("/mijn");
        assertThat(chromium.findElement(By.tagName("html")).getAttribute("lang"))
                .isEqualTo(taal);
        assertThat(chromium.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo(richting);
        assertThat(sessie.tekst("welkom")).isEqualTo(welkom);
        assertThat(sessie.tekst("leerroute")).startsWith(leerroute);
        assertThat(sessie.element("termijn-INBURGERINGSTERMIJN").isDisplayed()).isTrue();
        geenZijwaartsScrollen("/mijn " + taal);
        sessie.controleerToegankelijkheid("mijn inburgering " + taal);

        String pdf = sessie.element("beschikking-pdf").getAttribute("href");
        Object soort = chromium.executeAsyncScript(
                "const klaar = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => klaar(r.status + ' ' + r.headers.get('content-type')));",
                pdf);
        assertThat(soort).isEqualTo("200 application/pdf");
        sessie.element("beschikking-samenvatting").click();
        sessie.wachtOp("beschikking-pdf");
        sessie.controleerToegankelijkheid("samenvatting besluit " + taal);

        sessie.open("/mijn/berichten");
        sessie.wachtOp("bericht-formulier");
        sessie.controleerToegankelijkheid("bericht schrijven " + taal);
        String vraag = "Vraag " + taal + " " + UUID.randomUUID();
        sessie.vul("veld-onderwerp", "Les");
        sessie.vul("veld-tekst", vraag);
        sessie.element("versturen").click();
        sessie.wachtOp("melding");
        assertThat(sessie.tekst("berichten")).contains(vraag);
        sessie.controleerToegankelijkheid("berichten " + taal);

        sessie.open("/mijn/brieven");
        sessie.wachtOp("alle-brieven");
        assertThat(sessie.element("alle-brieven").getText()).isNotBlank();
        geenZijwaartsScrollen("/mijn/brieven " + taal);
        sessie.controleerToegankelijkheid("brieven " + taal);

        chromium.manage().window().setSize(new Dimension(ZOOM_400, 844));
        for (String pad : List.of("/mijn", "/mijn/brieven", "/mijn/berichten", "/mijn/documenten", "/mijn/inzage")) {
            sessie.open(pad);
            sessie.wachtOp("inhoud");
            geenZijwaartsScrollen(pad + " " + taal + " 320px");
            sessie.controleerToegankelijkheid(pad + " " + taal + " 320px");
        }
        chromium.manage().window().setSize(new Dimension(TELEFOON, 844));
        sessie.logUit();

        sessie.logIn("consulent.dalfsen");
        sessie.open("/inburgeraars/" + id + "/berichten");
        sessie.wachtOp("dossier-berichten");
        assertThat(sessie.tekst("dossier-berichten")).contains(vraag);
        sessie.controleerToegankelijkheid("berichten in het dossier (" + taal + ")");
        sessie.logUit();
    }

    private void geenZijwaartsScrollen(String pagina) {
        long venster = ((Number) chromium.executeScript("return window.innerWidth")).longValue();
        long document = ((Number) chromium.executeScript("return document.documentElement.scrollWidth")).longValue();
        assertThat(document).as(pagina + " scrolls sideways").isLessThanOrEqualTo(venster);
    }
}
