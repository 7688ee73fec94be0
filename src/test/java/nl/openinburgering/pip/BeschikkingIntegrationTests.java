package nl.openinburgering.pip;

import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;

import nl.openinburgering.Gebeurtenissen;
import nl.openinburgering.TestBsn;
import nl.openinburgering.Testdossier;
import nl.openinburgering.UiTestGebruikers;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.platform.Verwerkingslog;
import nl.openinburgering.shared.Bsn;
import nl.openinburgering.shared.Gemeentecode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class BeschikkingIntegrationTests {

    static final RequestPostProcessor CONSULENT = httpBasic("consulent.dalfsen", "demo");
    static final RequestPostProcessor TEAMLEIDER = httpBasic("teamleider.dalfsen", "demo");
    static final RequestPostProcessor STAPHORST = httpBasic("consulent.staphorst", "demo");
    static final String B1_ROUTE = """
            {"leerroute": "B1_ROUTE", "geschatteIntensiteitB1Route": 600, "alfabetisering": "NVT",
             "begeleiding": "Wekelijks", "ondersteuning": "Kinderopvang tijdens de lessen",
             "afsprakenPvt": "4 dagdelen", "intensiteitPvtUren": 12, "afsprakenMap": "MAP",
             "inburgeringsaanbod": "B1-route bij Taalschool Regio Zwolle", "aantalVoortgangsgesprekken": 4}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactie;

    @Autowired
    Verwerkingslog verwerkingslog;

    String inburgeraar(String bsn) throws Exception {
        return inburgeraar(bsn, "ASIELSTATUSHOUDER");
    }

    String inburgeraar(String bsn, String doelgroep) throws Exception {
        String antwoord = mvc.perform(post("/api/v1/inburgeraars")
                        .with(CONSULENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"bsn": "%s", "voornamen": "Amina", "geslachtsnaam": "Haddad", "geboortedatum": "1994-05-17",
                                 "doelgroep": "%s", "datumStartInburgeringsplicht": "2026-01-12",
                                 "datumVestigingGemeente": "2026-02-02", "straat": "Dorpsstraat", "huisnummer": 12,
                                 "huisnummertoevoeging": "a", "postcode": "7721ab", "woonplaats": "Dalfsen"}""".formatted(bsn, doelgroep)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.postcode").value("7721 AB"))
                .andExpect(jsonPath("$.huisnummer").value(12))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(antwoord, "$.id");
    }

    String concept(String id, String json) throws Exception {
        String antwoord = mvc.perform(post("/api/v1/inburgeraars/" + id + "/pips")
                        .with(CONSULENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Testdossier.metMinimuminhoud(json)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(antwoord, "$.id");
    }

    void vaststellen(String id, String pipId, String dagtekening) throws Exception {
        Testdossier.in(mvc).persoon(id).metIntake();
        mvc.perform(post("/api/v1/inburgeraars/" + id + "/pips/" + pipId + "/vaststelling")
                        .with(TEAMLEIDER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"dagtekening\": \"" + dagtekening
                                + "\", \"redenEerdereDagtekening\": \"Test: dagtekening achteraf\"}"))
                .andExpect(status().isOk());
        Gebeurtenissen.afgehandeld(mvc);
    }

    byte[] beschikking(String id, String pipId) throws Exception {
        return mvc.perform(get("/api/v1/inburgeraars/" + id + "/pips/" + pipId + "/beschikking")
                        .with(CONSULENT))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    @Test
    void r3_2_theLetterOfAVastgesteldPipNamesPersonDecisionTermAndBezwaarClause() throws Exception {
        String id = inburgeraar(TestBsn.nieuw());
        String pipId = concept(id, B1_ROUTE);
        vaststellen(id, pipId, "2026-03-01");

        try (PDDocument pdf = Loader.loadPDF(beschikking(id, pipId))) {
            String tekst = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(tekst)
                    .contains(
                            "Gemeente Dalfsen",
                            "Amina Haddad",
                            "Dorpsstraat 12 a",
                            "7721 AB DALFSEN",
                            "1 maart 2026",
                            "B1-route",
                            "taalniveau B1",
                            "600 uur",
                            "4 dagdelen",
                            "loopt tot en met 1 maart 2029",
                            "artikel 15 van de Wet inburgering 2021",
                            "bezwaar",
                            "zes weken",
                            "bezwaarschrift",
                            "Postbus 35, 7720 AA Dalfsen",
                            "uw handtekening",
                            "PIP-" + pipId.substring(0, 8).toUpperCase(),
                            "Kinderopvang tijdens de lessen",
                            "ongeveer 12 uur",
                            "B1-route bij Taalschool Regio Zwolle",
                            "In die tijd doet u alle onderdelen: de leerroute, het PVT en de MAP.")
                    // issue 13.1: no fixed sentence imposing participation as a duty of the B1-route
                    .doesNotContain("aan het werk", "vrijwilligerswerk");
        }
    }

    /**
     * R2.9: the letter of a gezinsmigrant or overige migrant says that the gemeente does not pay the leerroute and
     * that DUO offers a loan; the letter of an asielstatushouder, whose route the gemeente buys, says neither.
     */
    @Test
    void r2_9_theLetterOfAGezinsmigrantSaysTheGemeenteDoesNotPayTheRouteAndDuoOffersALoan() throws Exception {
        String gezinsmigrant = inburgeraar(TestBsn.nieuw(), "GEZINSMIGRANT_OF_OVERIGE_MIGRANT");
        String zijnPip = concept(gezinsmigrant, """
                {"leerroute": "B1_ROUTE", "alfabetisering": "NVT", "begeleiding": "Wekelijks",
                 "afsprakenPvt": "4 dagdelen", "afsprakenMap": "MAP", "aantalVoortgangsgesprekken": 4}""");
        vaststellen(gezinsmigrant, zijnPip, "2026-03-01");
        String statushouder = inburgeraar(TestBsn.nieuw());
        String haarPip = concept(statushouder, B1_ROUTE);
        vaststellen(statushouder, haarPip, "2026-03-01");

        try (PDDocument pdf = Loader.loadPDF(beschikking(gezinsmigrant, zijnPip))) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("De gemeente betaalt uw leerroute niet.", "geld lenen bij DUO");
        }
        try (PDDocument pdf = Loader.loadPDF(beschikking(statushouder, haarPip))) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .doesNotContain("betaalt uw leerroute niet", "lenen bij DUO");
        }
    }

    ResultActions zet(String id, String pad, String json) throws Exception {
        return mvc.perform(put("/api/v1/inburgeraars/" + id + pad)
                .with(CONSULENT)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    /**
     * R3.2 with R6.1 and R4.3: the letter of an onderwijsroute PIP names no MAP (not in its agreements, not in
     * the parts of the term), and gives the reasons for the route from the intake, not retyped: the LBT result
     * with its scores, the findings on education and work, and the consulent's reason for the route.
     */
    @Test
    void r3_2_r6_1_theLetterOfAnOnderwijsroutePipHasNoMapAndGivesTheReasonsFromTheIntake() throws Exception {
        String id = inburgeraar(TestBsn.nieuw());
        zet(id, "/intake/bevindingen", """
                {"onderwijs": "Havo-diploma in Syrie", "werkervaring": "Geen", "hoofddoel": "ONDERWIJS",
                 "versie": 0}""").andExpect(status().isOk());
        zet(id, "/intake/leerbaarheidstoets", """
                {"aanmeldingsdatum": "2026-02-01", "resultaat": "B1_ROUTE_HAALBAAR", "behaaldeScore": 500,
                 "benodigdeScore": 450.5, "versie": 1}""").andExpect(status().isOk());
        zet(id, "/intake/routekeuze", """
                {"leerroute": "ONDERWIJSROUTE", "reden": "Wil verpleegkunde studeren aan het hbo", "versie": 2}""").andExpect(status().isOk());
        String pipId = concept(id, """
                {"leerroute": "ONDERWIJSROUTE", "alfabetisering": "NVT", "begeleiding": "Studieloopbaanbegeleiding",
                 "afsprakenPvt": "4 dagdelen", "aantalVoortgangsgesprekken": 4}""");
        vaststellen(id, pipId, nl.openinburgering.shared.Vandaag.datum().toString());

        try (PDDocument pdf = Loader.loadPDF(beschikking(id, pipId))) {
            String tekst = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(tekst)
                    .contains(
                            "U volgt de onderwijsroute",
                            "In die tijd doet u alle onderdelen: de leerroute en het PVT.",
                            "Uit de leerbaarheidstoets van 1 februari 2026 blijkt: de B1-route is voor u haalbaar "
                                    + "(uw score 500,00, nodig 450,50).",
                            "opleiding: Havo-diploma in Syrie; werkervaring: Geen; uw doel: onderwijs",
                            "Wil verpleegkunde studeren aan het hbo")
                    .doesNotContain("MAP", "Module Arbeidsmarkt", "aan het werk", "vrijwilligerswerk");
        }
    }

    /**
     * R3.2: the letter is signed "namens het college" with the function of the teamleider who fixed it (mandate);
     * a dagtekening before the day of vaststelling comes with its recorded reason; one dated on that day has no
     * such sentence.
     */
    @Test
    void r3_2_theLetterIsSignedNamensHetCollegeWithTheFunctionAndShowsTheReasonForAnEarlierDagtekening()
            throws Exception {
        String id = inburgeraar(TestBsn.nieuw());
        String pipId = concept(id, B1_ROUTE);
        vaststellen(id, pipId, "2026-03-01");
        try (PDDocument pdf = Loader.loadPDF(beschikking(id, pipId))) {
            String tekst = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(tekst)
                    .contains(
                            "namens het college van burgemeester en wethouders van Dalfsen, Teamleider",
                            "eerder ligt dan de dag waarop wij dit besluit namen",
                            "De reden: Test: dagtekening achteraf");
        }

        String vandaag = inburgeraar(TestBsn.nieuw());
        String opTijd = concept(vandaag, B1_ROUTE);
        vaststellen(vandaag, opTijd, nl.openinburgering.shared.Vandaag.datum().toString());
        try (PDDocument pdf = Loader.loadPDF(beschikking(vandaag, opTijd))) {
            String tekst = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(tekst)
                    .contains("namens het college van burgemeester en wethouders van Dalfsen, Teamleider")
                    .doesNotContain("eerder ligt dan de dag waarop wij dit besluit namen");
        }
    }

    @Test
    void r3_2_theLetterDeclaresPdfAInItsXmpMetadataAndEmbedsItsFonts() throws Exception {
        String id = inburgeraar(TestBsn.nieuw());
        String pipId = concept(id, B1_ROUTE);
        vaststellen(id, pipId, "2026-03-01");

        try (PDDocument pdf = Loader.loadPDF(beschikking(id, pipId))) {
            DomXmpParser parser = new DomXmpParser();
            parser.setStrictParsing(false);
            XMPMetadata xmp =
                    parser.parse(pdf.getDocumentCatalog().getMetadata().toByteArray());
            assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(2);
            assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("U");
            assertThat(pdf.getDocumentCatalog().getOutputIntents()).isNotEmpty();
            for (var naam : pdf.getPage(0).getResources().getFontNames()) {
                assertThat(pdf.getPage(0).getResources().getFont(naam).isEmbedded())
                        .isTrue();
            }
        }
    }

    @Test
    void r3_2_aConceptIsNoBeschikkingYetAndAnswers409() throws Exception {
        String id = inburgeraar(TestBsn.nieuw());
        String pipId = concept(id, B1_ROUTE);

        mvc.perform(get("/api/v1/inburgeraars/" + id + "/pips/" + pipId + "/beschikking")
                        .with(CONSULENT)
                        .accept(MediaType.APPLICATION_PDF, MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/inburgeraars/" + id + "/pips/" + pipId + "/beschikking.pdf")
                        .with(UiTestGebruikers.consulentDalfsen()))
                .andExpect(status().isConflict());
    }

    @Test
    void r3_2_theLetterOfAnotherGemeenteIsNotFound() throws Exception {
        String id = inburgeraar(TestBsn.nieuw());
        String pipId = concept(id, B1_ROUTE);
        vaststellen(id, pipId, "2026-03-01");

        mvc.perform(get("/api/v1/inburgeraars/" + id + "/pips/" + pipId + "/beschikking")
                        .with(STAPHORST))
                .andExpect(status().isNotFound());
        mvc.perform(get("/inburgeraars/" + id + "/pips/" + pipId + "/beschikking.pdf")
                        .with(UiTestGebruikers.consulentStaphorst()))
                .andExpect(status().isNotFound());
    }

    @Test
    void r3_2_theTeamleiderOpensTheLetterInTheUiAndTheReadIsLogged() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = inburgeraar(bsn);
        String pipId = concept(id, B1_ROUTE);
        vaststellen(id, pipId, "2026-03-01");

        mvc.perform(get("/inburgeraars/" + id + "/pips/" + pipId + "/beschikking.pdf")
                        .with(UiTestGebruikers.teamleiderDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", containsString("beschikking-PIP-")));

        String pseudoniem = verwerkingslog.pseudoniem(new Bsn(bsn));
        List<String> activiteiten = Tenant.alsGemeente(
                new Gemeentecode("0148"),
                () -> transactie.execute(
                        s -> jdbc.sql("select activiteit from verwerking where betrokkene = ? order by id")
                                .param(pseudoniem)
                                .query(String.class)
                                .list()));
        assertThat(activiteiten).containsOnlyOnce("BESCHIKKING_OPMAKEN");
    }

    @Test
    void theDifferencesBetweenTwoPipVersionsListEveryChangedFieldOldAndNew() throws Exception {
        String id = inburgeraar(TestBsn.nieuw());
        String eerste = concept(id, B1_ROUTE);
        vaststellen(id, eerste, "2026-03-01");
        String tweede = concept(
                id,
                B1_ROUTE.replace("Wekelijks", "Twee keer per week")
                        .replace(
                                "\"aantalVoortgangsgesprekken\": 4",
                                "\"aantalVoortgangsgesprekken\": 6, \"reden\": \"Meer steun nodig\""));

        mvc.perform(get("/api/v1/inburgeraars/" + id + "/pips/" + eerste + "/verschillen")
                        .param("met", tweede)
                        .with(CONSULENT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.oud").value(eerste))
                .andExpect(jsonPath("$.nieuw").value(tweede))
                .andExpect(jsonPath("$.verschillen.length()").value(3))
                .andExpect(jsonPath("$.verschillen[0].veld").value("begeleiding"))
                .andExpect(jsonPath("$.verschillen[0].oud").value("Wekelijks"))
                .andExpect(jsonPath("$.verschillen[0].nieuw").value("Twee keer per week"))
                .andExpect(jsonPath("$.verschillen[1].veld").value("aantalVoortgangsgesprekken"))
                .andExpect(jsonPath("$.verschillen[1].oud").value(4))
                .andExpect(jsonPath("$.verschillen[1].nieuw").value(6))
                .andExpect(jsonPath("$.verschillen[2].veld").value("reden"))
                .andExpect(jsonPath("$.verschillen[2].oud").doesNotExist())
                .andExpect(jsonPath("$.verschillen[2].nieuw").value("Meer steun nodig"));
        mvc.perform(get("/inburgeraars/" + id + "/pips/" + tweede + "/verschillen")
                        .param("met", eerste)
                        .with(UiTestGebruikers.consulentDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Twee keer per week")));
        mvc.perform(get("/api/v1/inburgeraars/" + id + "/pips/" + eerste + "/verschillen")
                        .param("met", tweede)
                        .with(STAPHORST))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/inburgeraars/" + id + "/pips/" + eerste + "/verschillen")
                        .with(CONSULENT))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("met"));
    }
}
