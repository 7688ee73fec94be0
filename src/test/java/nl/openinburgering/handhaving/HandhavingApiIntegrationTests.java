package nl.openinburgering.handhaving;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import nl.openinburgering.Testdossier;
import nl.openinburgering.shared.Leerroute;
import nl.openinburgering.shared.Vandaag;

import static nl.openinburgering.Testdossier.CONSULENT;
import static nl.openinburgering.Testdossier.STAPHORST;
import static nl.openinburgering.Testdossier.TEAMLEIDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Handhaving through the API: the whole chain from an absent hour line to a fixed boetebeschikking with its letter
 * and the export, and another gemeente's consulent who gets 404 at every step.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class HandhavingApiIntegrationTests {

    static final LocalDate VANDAAG = Vandaag.datum();
    static final LocalDate VERZUIM = VANDAAG.minusDays(60);
    static final LocalDate GESPREK = VANDAAG.minusDays(50);
    static final LocalDate VOORNEMEN = VANDAAG.minusDays(36);

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationEvents gebeurtenissen;

    @Test
    void r9_2_the_whole_chain_from_absence_to_a_fixed_fine_with_its_letter_and_export() throws Exception {
        Persoon p = persoonMetVerzuim();
        String zaak = p.open();
        stap(
                        p,
                        zaak,
                        "gesprek",
                        CONSULENT,
                        "{\"datum\": \"%s\", \"notities\": \"Geen reden gegeven\", \"verschoonbaar\": false}"
                                .formatted(GESPREK))
                .andExpect(jsonPath("$.stap").value("GESPREK_GEVOERD"));
        stap(p, zaak, "waarschuwing", CONSULENT, datum(GESPREK))
                .andExpect(jsonPath("$.stap").value("GEWAARSCHUWD"));
        stap(
                        p,
                        zaak,
                        "voornemen",
                        CONSULENT,
                        "{\"datum\": \"%s\", \"verwijtbaarheid\": \"NORMAAL\"}".formatted(VOORNEMEN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].code").value("R9.5"));
        stap(
                        p,
                        zaak,
                        "evenredigheid",
                        CONSULENT,
                        "{\"motivering\": \"Herhaald verzuim\", \"eerderGeprobeerd\": \"Twee gesprekken\"}")
                .andExpect(status().isOk());
        stap(
                        p,
                        zaak,
                        "voornemen",
                        CONSULENT,
                        "{\"datum\": \"%s\", \"verwijtbaarheid\": \"NORMAAL\"}".formatted(VOORNEMEN))
                .andExpect(jsonPath("$.stap").value("VOORNEMEN"))
                .andExpect(jsonPath("$.voornemen.berekening.bedrag").value(25.0));
        stap(
                        p,
                        zaak,
                        "zienswijze",
                        CONSULENT,
                        "{\"datum\": \"%s\", \"vorm\": \"SCHRIFTELIJK\", \"inhoud\": \"Ik had geen vervoer\"}"
                                .formatted(VOORNEMEN.plusDays(3)))
                .andExpect(jsonPath("$.stap").value("ZIENSWIJZE"));
        stap(
                        p,
                        zaak,
                        "boetevoorstel",
                        CONSULENT,
                        "{\"datum\": \"%s\", \"motivering\": \"U was vier keer zonder reden afwezig.\"}"
                                .formatted(VANDAAG))
                .andExpect(jsonPath("$.stap").value("VOORGESTELD"));
        stap(p, zaak, "boetebeschikking", CONSULENT, datum(VANDAAG)).andExpect(status().isForbidden());
        stap(p, zaak, "boetebeschikking", TEAMLEIDER, datum(VANDAAG))
                .andExpect(jsonPath("$.stap").value("BOETE_OPGELEGD"))
                .andExpect(jsonPath("$.bedrag").value(25.0))
                .andExpect(jsonPath("$.betaalstatus").value("OPEN"));

        // Each letter that reaches the person is announced once, with ids only (the portal's notice).
        assertThat(gebeurtenissen.stream(HandhavingsbriefVerstuurd.class)
                        .filter(brief -> brief.zaakId().equals(UUID.fromString(zaak))))
                .extracting(HandhavingsbriefVerstuurd::brief)
                .containsExactly(
                        HandhavingsbriefVerstuurd.Brief.WAARSCHUWING,
                        HandhavingsbriefVerstuurd.Brief.VOORNEMEN,
                        HandhavingsbriefVerstuurd.Brief.BOETEBESCHIKKING);

        String tekst = pdfTekst(p.id, zaak, "boetebeschikking");
        assertThat(tekst)
                .contains("€ 25,00")
                .contains("U was vier keer zonder reden afwezig.")
                .contains("bezwaar");

        mvc.perform(put("/api/v1/inburgeraars/" + p.id + "/handhavingszaken/" + zaak + "/betaalstatus")
                        .with(TEAMLEIDER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"betaalstatus\": \"VERREKEND\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].code").value("R9.5"));
        mvc.perform(put("/api/v1/inburgeraars/" + p.id + "/handhavingszaken/" + zaak + "/betaalstatus")
                        .with(TEAMLEIDER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"betaalstatus\": \"BETALINGSREGELING\"}"))
                .andExpect(jsonPath("$.betaalstatus").value("BETALINGSREGELING"));
        mvc.perform(get("/api/v1/handhavingszaken/boetes").with(TEAMLEIDER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(HandhavingBeheer.kenmerk(UUID.fromString(zaak)))))
                .andExpect(content().string(containsString(";25.00;BETALINGSREGELING")));
        mvc.perform(get("/api/v1/rapportages/handhaving?jaar=%d&kwartaal=%d"
                                .formatted(VANDAAG.getYear(), (VANDAAG.getMonthValue() + 2) / 3))
                        .with(TEAMLEIDER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.boetes").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
    }

    @Test
    void r9_2_excused_absence_alone_is_refused_and_r9_4_a_pw_obligation_is_referred() throws Exception {
        Persoon p = persoonMetVerzuim();
        mvc.perform(post("/api/v1/inburgeraars/" + p.id + "/handhavingszaken")
                        .with(CONSULENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"grond\": \"PIP\", \"afspraak\": \"LEERROUTE\", \"overtredingsdatums\": [\"%s\"], \"urenregels\": [%s]}"
                                        .formatted(VERZUIM, p.ziek)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].code").value("R9.2"));
        mvc.perform(post("/api/v1/inburgeraars/" + p.id + "/handhavingszaken")
                        .with(CONSULENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"grond\": \"PIP\", \"afspraak\": \"MACHTIGING_ONTZORGEN\", \"overtredingsdatums\": [\"%s\"], \"urenregels\": [%s]}"
                                        .formatted(VERZUIM, p.ongeoorloofd)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].code").value("R9.4"));
        mvc.perform(
                        post("/api/v1/inburgeraars/" + p.id + "/pw-verwijzingen")
                                .with(CONSULENT)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"afspraak\": \"MACHTIGING_ONTZORGEN\", \"feiten\": \"Weigert de machtiging te tekenen\"}"))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/inburgeraars/" + p.id + "/handhavingszaken").with(CONSULENT))
                .andExpect(jsonPath("$.pwVerwijzingen[0].afspraak").value("MACHTIGING_ONTZORGEN"));
    }

    @Test
    void another_gemeentes_consulent_gets_404_at_every_step() throws Exception {
        Persoon p = persoonMetVerzuim();
        mvc.perform(post("/api/v1/inburgeraars/" + p.id + "/handhavingszaken")
                        .with(STAPHORST)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(p.nieuweZaak()))
                .andExpect(status().isNotFound());
        String zaak = p.open();
        String pad = "/api/v1/inburgeraars/" + p.id + "/handhavingszaken";
        mvc.perform(get(pad).with(STAPHORST)).andExpect(status().isNotFound());
        mvc.perform(get(pad + "/" + zaak).with(STAPHORST)).andExpect(status().isNotFound());
        stap(p, zaak, "gesprek", STAPHORST, "{\"datum\": \"%s\", \"notities\": \"x\"}".formatted(GESPREK))
                .andExpect(status().isNotFound());
        stap(p, zaak, "gesprek", CONSULENT, "{\"datum\": \"%s\", \"notities\": \"Geen reden\"}".formatted(GESPREK));
        stap(p, zaak, "waarschuwing", STAPHORST, datum(GESPREK)).andExpect(status().isNotFound());
        stap(p, zaak, "waarschuwing", CONSULENT, datum(GESPREK));
        stap(p, zaak, "evenredigheid", STAPHORST, "{\"motivering\": \"x\", \"eerderGeprobeerd\": \"y\"}")
                .andExpect(status().isNotFound());
        stap(
                p,
                zaak,
                "evenredigheid",
                CONSULENT,
                "{\"motivering\": \"Herhaald\", \"eerderGeprobeerd\": \"Gesprekken\"}");
        String voornemen = "{\"datum\": \"%s\", \"verwijtbaarheid\": \"OPZET\"}".formatted(VOORNEMEN);
        stap(p, zaak, "voornemen", STAPHORST, voornemen).andExpect(status().isNotFound());
        stap(p, zaak, "voornemen", CONSULENT, voornemen).andExpect(status().isOk());
        String zienswijze = "{\"datum\": \"%s\", \"vorm\": \"MONDELING\", \"inhoud\": \"Ziek kind\"}"
                .formatted(VOORNEMEN.plusDays(1));
        stap(p, zaak, "zienswijze", STAPHORST, zienswijze).andExpect(status().isNotFound());
        stap(p, zaak, "zienswijze", CONSULENT, zienswijze).andExpect(status().isOk());
        String voorstel = "{\"datum\": \"%s\", \"motivering\": \"Verzuim\"}".formatted(VANDAAG);
        stap(p, zaak, "boetevoorstel", STAPHORST, voorstel).andExpect(status().isNotFound());
        stap(p, zaak, "boetevoorstel", CONSULENT, voorstel).andExpect(status().isOk());
        stap(p, zaak, "boetebeschikking", STAPHORST, datum(VANDAAG)).andExpect(status().isNotFound());
        stap(p, zaak, "besluit-geen-boete", STAPHORST, "{\"datum\": \"%s\", \"reden\": \"x\"}".formatted(VANDAAG))
                .andExpect(status().isNotFound());
        stap(p, zaak, "boetebeschikking", TEAMLEIDER, datum(VANDAAG)).andExpect(status().isOk());
        mvc.perform(put(pad + "/" + zaak + "/betaalstatus")
                        .with(STAPHORST)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"betaalstatus\": \"BETAALD\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get(pad + "/" + zaak + "/brieven/boetebeschikking").with(STAPHORST))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/inburgeraars/" + p.id + "/pw-verwijzingen")
                        .with(STAPHORST)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"afspraak\": \"PARTICIPATIEWET\", \"feiten\": \"x\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void r9_2_d1_the_beheerder_sets_the_ladder_up_to_800_euro_but_not_above() throws Exception {
        RequestPostProcessor beheer =
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic(
                        "beheer.dalfsen", "demo");
        String beleid = """
                {"eersteBoete": %s, "hoogsteTrede": %s, "procentVerminderd": 25, "procentNormaal": 50, "procentGroveSchuld": 75,
                 "procentOpzet": 100, "waarschuwingstermijnDagen": 14, "zienswijzetermijnDagen": 14, "beslistermijnDagen": 56,
                 "verrekenenToegestaan": false}""";
        mvc.perform(put("/api/v1/handhaving/beleid")
                        .with(beheer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(beleid.formatted("50", "800.01")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].code").value("R9.2"));
        mvc.perform(put("/api/v1/handhaving/beleid")
                        .with(beheer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(beleid.formatted("50", "800.00")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hoogsteTrede").value(800.0));
        mvc.perform(get("/api/v1/handhaving/beleid").with(CONSULENT)).andExpect(status().isForbidden());
    }

    ResultActions stap(Persoon p, String zaak, String stap, RequestPostProcessor wie, String body) throws Exception {
        MockHttpServletRequestBuilder verzoek = post("/api/v1/inburgeraars/" + p.id + "/handhavingszaken/" + zaak + "/"
                        + stap)
                .with(wie)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
        return mvc.perform(verzoek);
    }

    static String datum(LocalDate datum) {
        return "{\"datum\": \"" + datum + "\"}";
    }

    String pdfTekst(String id, String zaak, String brief) throws Exception {
        byte[] pdf = mvc.perform(get("/api/v1/inburgeraars/" + id + "/handhavingszaken/" + zaak + "/brieven/" + brief)
                        .with(CONSULENT))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** A person with a vastgesteld PIP and two absent lines: one without leave, one ill. */
    Persoon persoonMetVerzuim() throws Exception {
        Testdossier.Persoon persoon = Testdossier.in(mvc).persoonMetPip(Leerroute.B1_ROUTE, Testdossier.DAGTEKENING);
        Testdossier.Deelname deelname = persoon.deelname(Testdossier.Aanbieder.TAALSCHOOL, "LEERROUTE");
        mvc.perform(post("/api/v1/aanbieder/urenregistraties")
                        .with(Testdossier.Aanbieder.TAALSCHOOL.account())
                        .header("Idempotency-Key", UUID.randomUUID())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"regels": [
                                 {"deelnameId": "%s", "datum": "%s", "soort": "TAALLES_KNM", "uren": 3, "aanwezig": false, "verzuimreden": "ONGEOORLOOFD"},
                                 {"deelnameId": "%s", "datum": "%s", "soort": "TAALLES_KNM", "uren": 3, "aanwezig": false, "verzuimreden": "ZIEK"}]}""".formatted(deelname.id(), VERZUIM, deelname.id(), VERZUIM.plusDays(1))))
                .andExpect(status().isCreated());
        String dossier = mvc.perform(get("/api/v1/inburgeraars/" + persoon.id() + "/handhavingszaken")
                        .with(CONSULENT))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> ongeoorloofd =
                JsonPath.read(dossier, "$.beschikbaarBewijs[?(@.verschoonbaar == false)].verwijzing");
        List<String> ziek = JsonPath.read(dossier, "$.beschikbaarBewijs[?(@.verschoonbaar == true)].verwijzing");
        return new Persoon(persoon.id(), ongeoorloofd.getFirst(), ziek.getFirst());
    }

    final class Persoon {
        final String id;
        final String ongeoorloofd;
        final String ziek;

        Persoon(String id, String ongeoorloofd, String ziek) {
            this.id = id;
            this.ongeoorloofd = ongeoorloofd;
            this.ziek = ziek;
        }

        String nieuweZaak() {
            return "{\"grond\": \"PIP\", \"afspraak\": \"LEERROUTE\", \"overtredingsdatums\": [\"%s\"], \"urenregels\": [%s, %s]}"
                    .formatted(VERZUIM, ongeoorloofd, ziek);
        }

        String open() throws Exception {
            String antwoord = mvc.perform(post("/api/v1/inburgeraars/" + id + "/handhavingszaken")
                            .with(CONSULENT)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(nieuweZaak()))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.stap").value("GESPREK"))
                    .andExpect(jsonPath("$.bewijs.length()").value(2))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            return JsonPath.read(antwoord, "$.id");
        }
    }
}
