package nl.openinburgering.werkvoorraad;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import nl.openinburgering.Gebeurtenissen;
import nl.openinburgering.Testdossier;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.portaal.PortaalBeheer;
import nl.openinburgering.shared.Gemeentecode;
import nl.openinburgering.shared.Leerroute;

import static nl.openinburgering.Testdossier.Aanbieder.TAALSCHOOL;
import static nl.openinburgering.UiTestGebruikers.consulentDalfsen;
import static nl.openinburgering.UiTestGebruikers.consulentStaphorst;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The file's overview against the real database: the timeline holds the letters with their PDFs, the hours uploads
 * with only this person's lines, the portal messages and the closing and reopening; each new kind can be filtered;
 * a closed file shows the stage "closed" with its reason; a failed exam does not make the file done; the tabs of
 * the file mark the current part. Another gemeente's person is not found.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DossieroverzichtIntegrationTests {

    static final Gemeentecode DALFSEN = new Gemeentecode("0148");

    @Autowired
    MockMvc mvc;

    @Autowired
    PortaalBeheer portaal;

    @Test
    void theTimelineHoldsLettersHoursUploadsOfThisPersonOnlyAndPortalMessagesEachWithItsFilter() throws Exception {
        Testdossier.Persoon amina = Testdossier.in(mvc)
                .naam("Amina", "Tijdlijn")
                .persoon()
                .metPip(Leerroute.B1_ROUTE)
                .vastgesteld();
        Testdossier.Persoon buur = Testdossier.in(mvc)
                .naam("Buur", "Tijdlijn")
                .persoon()
                .metPip(Leerroute.B1_ROUTE)
                .vastgesteld();
        Testdossier.Deelname deelname = amina.deelname(TAALSCHOOL, "LEERROUTE");
        Testdossier.Deelname andere = buur.deelname(TAALSCHOOL, "LEERROUTE");
        // One upload with two lines of Amina and three of her neighbour: Amina's file counts only her two.
        mvc.perform(post("/api/v1/aanbieder/urenregistraties")
                        .with(TAALSCHOOL.account())
                        .header("Idempotency-Key", UUID.randomUUID())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"regels": [
                                  {"deelnameId": "%1$s", "datum": "2025-03-03", "soort": "TAALLES_KNM", "uren": 3, "aanwezig": true},
                                  {"deelnameId": "%1$s", "datum": "2025-03-04", "soort": "TAALLES_KNM", "uren": 2.5, "aanwezig": false, "verzuimreden": "ZIEK"},
                                  {"deelnameId": "%2$s", "datum": "2025-03-03", "soort": "TAALLES_KNM", "uren": 7, "aanwezig": true},
                                  {"deelnameId": "%2$s", "datum": "2025-03-04", "soort": "TAALLES_KNM", "uren": 7, "aanwezig": true},
                                  {"deelnameId": "%2$s", "datum": "2025-03-05", "soort": "TAALLES_KNM", "uren": 7, "aanwezig": true}
                                ]}""".formatted(deelname.id(), andere.id())))
                .andExpect(status().isCreated());
        RequestPostProcessor zelf = inburgeraar(amina.id());
        mvc.perform(post("/mijn/berichten")
                        .with(zelf)
                        .with(csrf())
                        .param("onderwerp", "Vraag over het rooster")
                        .param("tekst", "Kan ik op donderdag komen?"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/inburgeraars/" + amina.id() + "/berichten/antwoord")
                        .with(consulentDalfsen())
                        .with(csrf())
                        .param("onderwerp", "Re: rooster")
                        .param("tekst", "Ja, dat kan."))
                .andExpect(status().is3xxRedirection());
        Gebeurtenissen.afgehandeld(mvc);
        String overzicht = "/werkvoorraad/inburgeraars/" + amina.id() + "/overzicht";

        mvc.perform(get(overzicht).with(consulentDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString(
                                        "/inburgeraars/" + amina.id() + "/pips/" + amina.pip() + "/beschikking.pdf"),
                                containsString("Beschikking PIP (PDF)"),
                                containsString("Uren van Taalschool"),
                                containsString("2 regels, 3 uur aanwezig van 5.5 uur gemeld"),
                                containsString("Bericht van "),
                                containsString("Vraag over het rooster"),
                                containsString("Antwoord van consulent.dalfsen: Re: rooster"))))
                .andExpect(content().string(not(containsString("5 regels"))));

        mvc.perform(get(overzicht).with(consulentDalfsen()).param("soort", "UREN"))
                .andExpect(content().string(containsString("Uren van Taalschool")))
                .andExpect(content().string(not(containsString("Beschikking PIP (PDF)"))))
                .andExpect(content().string(not(containsString("Vraag over het rooster"))));
        mvc.perform(get(overzicht).with(consulentDalfsen()).param("soort", "BRIEF"))
                .andExpect(content().string(containsString("Beschikking PIP (PDF)")))
                .andExpect(content().string(not(containsString("Uren van Taalschool"))));
        mvc.perform(get(overzicht).with(consulentDalfsen()).param("soort", "BERICHT"))
                .andExpect(content().string(containsString("Vraag over het rooster")))
                .andExpect(content().string(not(containsString("Beschikking PIP (PDF)"))))
                .andExpect(content()
                        .string(containsString("<option value=\"BERICHT\" selected=\"selected\">Berichten</option>")));
        mvc.perform(get(overzicht).with(consulentStaphorst())).andExpect(status().isNotFound());
    }

    @Test
    void r1_11_aClosedFileShowsTheStageClosedWithItsReasonAndTheTimelineTheClosingAndReopening() throws Exception {
        Testdossier.Persoon persoon = Testdossier.in(mvc)
                .naam("Karim", "Afgesloten")
                .persoon()
                .metPip(Leerroute.B1_ROUTE)
                .vastgesteld();
        Gebeurtenissen.afgehandeld(mvc);
        mvc.perform(post("/api/v1/inburgeraars/" + persoon.id() + "/afsluiting")
                        .with(Testdossier.CONSULENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"reden": "VERHUISD", "datum": "2026-03-01", "toelichting": "Verhuisd naar Zwolle", "versie": %d}""".formatted(versie(persoon.id()))))
                .andExpect(status().isOk());
        String overzicht = "/werkvoorraad/inburgeraars/" + persoon.id() + "/overzicht";

        mvc.perform(get(overzicht).with(consulentDalfsen()))
                .andExpect(status().isOk())
                .andExpect(
                        content()
                                .string(
                                        allOf(
                                                containsString("aria-current=\"step\""),
                                                containsString("Afgesloten"),
                                                containsString("(Verhuisd naar een andere gemeente)"),
                                                containsString("id=\"dossier-afsluiting\""),
                                                containsString(
                                                        "Afgesloten per 1 maart 2026: Verhuisd naar een andere gemeente"),
                                                containsString(
                                                        "Dossier afgesloten (verhuisd naar een andere gemeente) door consulent.dalfsen: Verhuisd naar Zwolle"))))
                .andExpect(content().string(not(containsString("id=\"stap-knop\""))));

        mvc.perform(post("/api/v1/inburgeraars/" + persoon.id() + "/heropening")
                        .with(Testdossier.CONSULENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"toelichting\": \"Toch gebleven\", \"versie\": %d}".formatted(versie(persoon.id()))))
                .andExpect(status().isOk());
        mvc.perform(get(overzicht).with(consulentDalfsen()).param("soort", "AFSLUITING"))
                .andExpect(content()
                        .string(allOf(
                                containsString("Dossier heropend door consulent.dalfsen: Toch gebleven"),
                                containsString("Dossier afgesloten (verhuisd naar een andere gemeente)"))))
                .andExpect(content().string(not(containsString("id=\"dossier-afsluiting\""))))
                .andExpect(content().string(not(containsString("PIP vastgesteld door"))));
    }

    @Test
    void r4_1_aFailedExamDoesNotMakeTheFileDoneAndTheLeerrouteStaysTheStage() throws Exception {
        Testdossier.Persoon persoon = Testdossier.in(mvc)
                .naam("Hiwet", "Gezakt")
                .persoon()
                .metPip(Leerroute.B1_ROUTE)
                .vastgesteld();
        persoon.deelname(TAALSCHOOL, "LEERROUTE").examen("LE", "B1", "GEZAKT", LocalDate.of(2025, 6, 2));
        Gebeurtenissen.afgehandeld(mvc);

        mvc.perform(get("/werkvoorraad/inburgeraars/" + persoon.id() + "/overzicht")
                        .with(consulentDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Examen LE: niet geslaagd")))
                .andExpect(content().string(containsString("De leerroute volgen")))
                .andExpect(content().string(not(containsString("PVT, MAP en leerroute zijn afgerond."))));
    }

    @Test
    void theFileHasTabsForItsPartsAndTheTimelineTabIsAPageOfTheFile() throws Exception {
        Testdossier.Persoon persoon = Testdossier.in(mvc)
                .naam("Yonas", "Tabbladen")
                .persoon()
                .metPip(Leerroute.B1_ROUTE)
                .vastgesteld();
        Gebeurtenissen.afgehandeld(mvc);
        String basis = "/inburgeraars/" + persoon.id();

        mvc.perform(get(basis).with(consulentDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"dossiertabs\""),
                                containsString("href=\"" + basis + "\" aria-current=\"page\">Overzicht</a>"),
                                containsString("href=\"" + basis + "/intake\">Intake</a>"),
                                containsString("href=\"" + basis + "/pips\">PIP</a>"),
                                containsString("href=\"" + basis + "/leerroute\">Leerroute</a>"),
                                containsString("href=\"" + basis + "/pvt\">PVT</a>"),
                                containsString("href=\"" + basis + "/map\">MAP</a>"),
                                containsString("href=\"" + basis + "/tijdlijn\">Tijdlijn</a>"))));
        mvc.perform(get(basis + "/leerroute").with(consulentDalfsen()))
                .andExpect(content()
                        .string(containsString(
                                "href=\"" + basis + "/leerroute\" aria-current=\"page\">Leerroute</a>")));
        mvc.perform(get(basis + "/tijdlijn").with(consulentDalfsen()).param("soort", "PIP"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("href=\"" + basis + "/tijdlijn\" aria-current=\"page\">Tijdlijn</a>"),
                                containsString("action=\"" + basis + "/tijdlijn\""),
                                containsString("PIP vastgesteld door"))));
        mvc.perform(get(basis + "/tijdlijn").with(consulentStaphorst())).andExpect(status().isNotFound());
    }

    private long versie(String id) throws Exception {
        String json = mvc.perform(get("/api/v1/inburgeraars/" + id).with(Testdossier.CONSULENT))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(json, "$.versie")).longValue();
    }

    /** A fresh portal account of Dalfsen linked to the person (as the demo and DigiD login do). */
    private RequestPostProcessor inburgeraar(String inburgeraarId) {
        String naam = "test.inburgeraar." + UUID.randomUUID();
        Tenant.alsGemeente(DALFSEN, () -> {
            portaal.koppelAccount(naam, UUID.fromString(inburgeraarId), Optional.of(naam + "@demo.example"));
            return null;
        });
        return user(naam)
                .authorities(
                        new SimpleGrantedAuthority("ROLE_INBURGERAAR"),
                        new SimpleGrantedAuthority("GEMEENTE_" + DALFSEN.waarde()));
    }
}
