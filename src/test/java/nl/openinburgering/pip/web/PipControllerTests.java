package nl.openinburgering.pip.web;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import nl.openinburgering.Gebeurtenissen;
import nl.openinburgering.TestBsn;
import nl.openinburgering.Testdossier;
import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.shared.Vandaag;

import static nl.openinburgering.UiTestGebruikers.consulentDalfsen;
import static nl.openinburgering.UiTestGebruikers.consulentStaphorst;
import static nl.openinburgering.UiTestGebruikers.teamleiderDalfsen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class PipControllerTests {

    @Autowired
    MockMvc mvc;

    String inburgeraar(String doelgroep) throws Exception {
        return Testdossier.in(mvc)
                .doelgroep(Doelgroep.valueOf(doelgroep))
                .naam("Amina", "Haddad")
                .geboren(LocalDate.of(1994, 5, 17))
                .plichtVanaf(LocalDate.of(2026, 1, 12))
                .gevestigd(LocalDate.of(2026, 2, 2))
                .persoon()
                .metIntake()
                .id();
    }

    static MockHttpServletRequestBuilder pip(MockHttpServletRequestBuilder verzoek, String leerroute, String niveau) {
        return verzoek.param("leerroute", leerroute)
                .param("niveau", niveau)
                .param("alfabetisering", "NVT")
                .param("begeleiding", "Wekelijks contact")
                .param("afsprakenPvt", "PVT in groep")
                .param("intensiteitPvtUren", "12")
                .param("aantalVoortgangsgesprekken", "4")
                .param("afsprakenMap", leerroute.equals("ONDERWIJSROUTE") ? "" : "MAP bij de gemeente")
                .with(csrf());
    }

    /** Drafts a PIP through the form and returns the address of its page. */
    String concept(String id) throws Exception {
        MockHttpServletResponse antwoord = mvc.perform(pip(post("/inburgeraars/" + id + "/pips/nieuw"), "B1_ROUTE", "")
                        .with(consulentDalfsen()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse();
        assertThat(antwoord.getRedirectedUrl()).matches("/inburgeraars/" + id + "/pips/[0-9a-f-]{36}");
        return antwoord.getRedirectedUrl();
    }

    @Test
    void showsTheVersionsAndTheDeadlineFromThePersonsPage() throws Exception {
        String id = inburgeraar("ASIELSTATUSHOUDER");
        mvc.perform(get("/inburgeraars/" + id).with(consulentDalfsen()))
                .andExpect(content().string(containsString("href=\"/inburgeraars/" + id + "/pips\"")));
        mvc.perform(get("/inburgeraars/" + id + "/pips").with(consulentDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"uiterlijke-datum\"")))
                .andExpect(content().string(containsString("De termijn is niet verlengd.")))
                .andExpect(content().string(containsString("Er is nog geen PIP opgesteld.")))
                .andExpect(content().string(containsString("/inburgeraars/" + id + "/pips/nieuw")))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void draftsAPipAndShowsItWithAMessage() throws Exception {
        String id = inburgeraar("ASIELSTATUSHOUDER");
        mvc.perform(get("/inburgeraars/" + id + "/pips/nieuw").with(consulentDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("hx-post=\"/inburgeraars/" + id + "/pips/controle\"")))
                .andExpect(content().string(not(containsString("??"))));
        MockHttpServletResponse antwoord = mvc.perform(pip(post("/inburgeraars/" + id + "/pips/nieuw"), "B1_ROUTE", "")
                        .with(consulentDalfsen()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse();

        mvc.perform(get(antwoord.getRedirectedUrl()).with(consulentDalfsen()).cookie(antwoord.getCookie("SESSION")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Het concept-PIP is opgeslagen.")))
                .andExpect(content().string(containsString("PVT in groep")))
                .andExpect(content().string(containsString("id=\"bewerken\"")))
                .andExpect(content().string(not(containsString("beschikking.pdf"))))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void r3_13_theLiveCheckShowsTheRuleIdNextToTheField() throws Exception {
        String id = inburgeraar("ASIELSTATUSHOUDER");
        mvc.perform(pip(post("/inburgeraars/" + id + "/pips/controle"), "ONDERWIJSROUTE", "A2")
                        .header("HX-Request", "true")
                        .with(consulentDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("R3.13: De onderwijsroute kent geen niveau A2")))
                .andExpect(content().string(containsString("href=\"#veld-niveau\"")))
                .andExpect(content().string(containsString("<div id=\"fout-niveau\" hx-swap-oob=\"true\">")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(pip(post("/inburgeraars/" + id + "/pips/controle"), "ONDERWIJSROUTE", "B1")
                        .header("HX-Request", "true")
                        .with(consulentDalfsen()))
                .andExpect(content().string(containsString("Geen strijdigheid met de regels gevonden.")))
                .andExpect(content().string(not(containsString("R3.13"))));
    }

    /**
     * R3.11: the editor records afschalen with both findings and the skills it lowers; the PIP page shows them; a
     * finding on a PIP that does not afschalen comes back next to its field.
     */
    @Test
    void r3_11_theEditorRecordsTheFindingsOfAfschalenPerSkillAndThePipPageShowsThem() throws Exception {
        Testdossier.Persoon persoon = Testdossier.in(mvc)
                .persoon()
                .metPip(nl.openinburgering.shared.Leerroute.B1_ROUTE)
                .vastgesteld();
        String id = persoon.id();
        persoon.deelname(Testdossier.Aanbieder.TAALSCHOOL, "LEERROUTE")
                .uren("TAALLES_KNM", "600", LocalDate.of(2025, 3, 1));
        mvc.perform(get("/inburgeraars/" + id + "/pips/nieuw").with(consulentDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"veld-afschalingB1NietHaalbaar\"")))
                .andExpect(content().string(containsString("id=\"veld-afschalingVaardigheden\"")));

        mvc.perform(pip(post("/inburgeraars/" + id + "/pips/nieuw"), "B1_ROUTE", "B1")
                        .param("reden", "Wijziging")
                        .param("afschalingB1NietHaalbaar", "true")
                        .with(consulentDalfsen()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("R3.11: De bevindingen van afschalen horen alleen")));

        MockHttpServletResponse antwoord = mvc.perform(
                        pip(post("/inburgeraars/" + id + "/pips/nieuw"), "B1_ROUTE", "A2")
                                .param("reden", "Afschalen")
                                .param("afschalingB1NietHaalbaar", "true")
                                .param("afschalingVoldoendeInspanning", "true")
                                .param("afschalingVaardigheden", "LE", "SP")
                                .with(consulentDalfsen()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse();
        mvc.perform(get(antwoord.getRedirectedUrl()).with(consulentDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"afschaling-b1\">Ja")))
                .andExpect(content().string(containsString("id=\"afschaling-inspanning\">Ja")))
                .andExpect(content().string(containsString("Lezen</span>, <span>Spreken")));
    }

    @Test
    void r7_1_r2_9_aSubmittedViolationComesBackNextToItsFieldWithTheRuleId() throws Exception {
        String id = inburgeraar("GEZINSMIGRANT_OF_OVERIGE_MIGRANT");
        mvc.perform(pip(post("/inburgeraars/" + id + "/pips/nieuw"), "B1_ROUTE", "")
                        .param("inburgeringsaanbod", "Taalschool")
                        .param("afsprakenOntzorgen", "Vaste lasten")
                        .param("intensiteitMapUren", "veel")
                        .with(consulentDalfsen()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"foutsamenvatting\"")))
                .andExpect(content().string(containsString("R2.9: Het inburgeringsaanbod hoort alleen")))
                .andExpect(content().string(containsString("R7.1: Financieel ontzorgen geldt alleen")))
                .andExpect(content().string(containsString("Vul een heel getal in")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(containsString("Taalschool")));
    }

    @Test
    void editsAConceptAndRefusesAStaleVersion() throws Exception {
        String id = inburgeraar("ASIELSTATUSHOUDER");
        String pagina = concept(id);
        mvc.perform(get(pagina + "/bewerken").with(consulentDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"versie\" value=\"0\"")));

        mvc.perform(pip(post(pagina + "/bewerken"), "Z_ROUTE", "")
                        .param("versie", "0")
                        .with(consulentDalfsen()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(pip(post(pagina + "/bewerken"), "B1_ROUTE", "")
                        .param("versie", "0")
                        .with(consulentDalfsen()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Iemand anders heeft dit PIP intussen gewijzigd")));
        mvc.perform(get(pagina).with(consulentDalfsen())).andExpect(content().string(containsString("Z-route")));
    }

    /**
     * R3.2: a beschikking was fixed and printed for a person without an address, without a
     * word. The editor, the confirmation page and the PIP page now warn that the letter cannot be sent, and the
     * vaststelling's message is a warning; a person with an address sees none of it. Failed before the fix: no
     * warning anywhere.
     */
    @Test
    void r3_2_aPipForAPersonWithoutAnAddressWarnsInTheEditorOnVaststellingAndBesideTheLetter() throws Exception {
        String id = inburgeraar("ASIELSTATUSHOUDER");
        mvc.perform(get("/inburgeraars/" + id + "/pips/nieuw").with(consulentDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"adres-ontbreekt\"")))
                .andExpect(content().string(containsString("Er is geen adres bekend")));
        String pagina = concept(id);
        mvc.perform(get(pagina + "/vaststellen").with(teamleiderDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"adres-ontbreekt\"")));
        mvc.perform(post(pagina + "/vaststellen")
                        .param("dagtekening", "2026-03-01")
                        .param("redenEerdereDagtekening", "Test: dagtekening achteraf")
                        .param("versie", "0")
                        .with(teamleiderDalfsen())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("melding", "pip.melding.vastgesteldZonderAdres"))
                .andExpect(flash().attribute("meldingSoort", "waarschuwing"));
        mvc.perform(get(pagina).with(teamleiderDalfsen()))
                .andExpect(content().string(containsString("id=\"adres-ontbreekt\"")))
                .andExpect(content().string(containsString(pagina + "/beschikking.pdf")));

        String metAdres = JsonPath.read(
                mvc.perform(post("/api/v1/inburgeraars")
                                .with(Testdossier.CONSULENT)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("""
                                        {"bsn": "%s", "voornamen": "Amina", "geslachtsnaam": "Haddad", "geboortedatum": "1994-05-17",
                                         "doelgroep": "ASIELSTATUSHOUDER", "datumStartInburgeringsplicht": "2026-01-12",
                                         "datumVestigingGemeente": "2026-02-02", "straat": "Dorpsstraat", "huisnummer": 12,
                                         "postcode": "7721ab", "woonplaats": "Dalfsen"}""".formatted(TestBsn.nieuw())))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        mvc.perform(get("/inburgeraars/" + metAdres + "/pips/nieuw").with(consulentDalfsen()))
                .andExpect(content().string(not(containsString("id=\"adres-ontbreekt\""))));
        Testdossier.in(mvc).persoon(metAdres).metIntake();
        String paginaMetAdres = concept(metAdres);
        mvc.perform(get(paginaMetAdres + "/vaststellen").with(teamleiderDalfsen()))
                .andExpect(content().string(not(containsString("id=\"adres-ontbreekt\""))));
        mvc.perform(post(paginaMetAdres + "/vaststellen")
                        .param("dagtekening", "2026-03-01")
                        .param("redenEerdereDagtekening", "Test: dagtekening achteraf")
                        .param("versie", "0")
                        .with(teamleiderDalfsen())
                        .with(csrf()))
                .andExpect(flash().attribute("melding", "pip.melding.vastgesteld"));
    }

    /**
     * Fields that do not belong to the chosen route (the B1-route's estimated intensity, the
     * MAP in the onderwijsroute) stayed editable. The editor renders them disabled and hidden for another route
     * and marks each with the routes it belongs to, so the page script hides them when the route changes; the
     * server still refuses a value sent anyway (R3.3, R6.1). Failed before the fix: the fields were editable.
     */
    @Test
    void r3_3_r6_1_fieldsOfAnotherRouteAreDisabledInTheEditorAndRefusedByTheServer() throws Exception {
        String id = inburgeraar("ASIELSTATUSHOUDER");
        String pagina = mvc.perform(pip(post("/inburgeraars/" + id + "/pips/nieuw"), "ONDERWIJSROUTE", "B1")
                        .param("afsprakenPvt", "")
                        .param("intensiteitPvtUren", "")
                        .param("aantalVoortgangsgesprekken", "x")
                        .with(consulentDalfsen()))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(pagina)
                .containsPattern("data-routes=\"B1_ROUTE\"[^>]*hidden")
                .containsPattern("<input[^>]*id=\"veld-geschatteIntensiteitB1Route\"[^>]*disabled")
                .containsPattern("<textarea[^>]*id=\"veld-afsprakenMap\"[^>]*disabled")
                .containsPattern("<input[^>]*id=\"veld-intensiteitMapUren\"[^>]*disabled")
                .doesNotContainPattern("<textarea[^>]*id=\"veld-begeleiding\"[^>]*disabled");
        mvc.perform(pip(post("/inburgeraars/" + id + "/pips/nieuw"), "ONDERWIJSROUTE", "B1")
                        .param("afsprakenMap", "MAP bij de gemeente")
                        .with(consulentDalfsen()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("R6.1")));
    }

    @Test
    void r3_4_aTeamleiderFixesThePipAfterAConfirmation() throws Exception {
        String id = inburgeraar("ASIELSTATUSHOUDER");
        String pagina = concept(id);
        mvc.perform(get(pagina).with(teamleiderDalfsen()))
                .andExpect(content().string(containsString("href=\"" + pagina + "/vaststellen\"")));
        mvc.perform(get(pagina + "/vaststellen").with(teamleiderDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dit is een beschikking")))
                .andExpect(content().string(containsString("value=\"" + Vandaag.datum() + "\"")))
                .andExpect(content().string(not(containsString("??"))));

        MockHttpServletResponse antwoord = mvc.perform(post(pagina + "/vaststellen")
                        .param("dagtekening", "2026-03-01")
                        .param("redenEerdereDagtekening", "Test: dagtekening achteraf")
                        .param("versie", "0")
                        .with(teamleiderDalfsen())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse();
        mvc.perform(get(pagina).with(teamleiderDalfsen()).cookie(antwoord.getCookie("SESSION")))
                .andExpect(content().string(containsString("Het PIP is vastgesteld.")))
                .andExpect(content().string(containsString(pagina + "/beschikking.pdf")))
                .andExpect(content().string(not(containsString("id=\"vaststellen\""))));
        Gebeurtenissen.afgehandeld(mvc); // the term starts once the vaststelling committed (R3.4)
        mvc.perform(get("/inburgeraars/" + id + "/pips").with(consulentDalfsen()))
                .andExpect(content().string(containsString("id=\"inburgeringstermijn\"")))
                .andExpect(content().string(containsString("tot en met 1 maart 2029")));
        mvc.perform(pip(post(pagina + "/bewerken"), "Z_ROUTE", "")
                        .param("versie", "1")
                        .with(consulentDalfsen()))
                .andExpect(status().isConflict());
    }

    @Test
    void r3_13_aDagtekeningBeforeThePlichtComesBackOnTheConfirmationPage() throws Exception {
        String pagina = concept(inburgeraar("ASIELSTATUSHOUDER"));
        mvc.perform(post(pagina + "/vaststellen")
                        .param("dagtekening", "2026-01-01")
                        .param("redenEerdereDagtekening", "Test: dagtekening achteraf")
                        .param("versie", "0")
                        .with(teamleiderDalfsen())
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("R3.13: De dagtekening ligt v")));
    }

    /** R3.2: without a reason, a dagtekening before today comes back with the error next to the reason field. */
    @Test
    void r3_2_aDagtekeningBeforeTodayWithoutAReasonComesBackNextToTheReasonField() throws Exception {
        String pagina = concept(inburgeraar("ASIELSTATUSHOUDER"));
        mvc.perform(post(pagina + "/vaststellen")
                        .param("dagtekening", Vandaag.datum().minusDays(1).toString())
                        .param("versie", "0")
                        .with(teamleiderDalfsen())
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"fout-redenEerdereDagtekening\"")))
                .andExpect(content().string(containsString("R3.2: De dagtekening")));
    }

    @Test
    void aConsulentIsRefusedUnderTheFourEyesPolicyWithAClearMessage() throws Exception {
        String pagina = concept(inburgeraar("ASIELSTATUSHOUDER"));
        mvc.perform(get(pagina).with(consulentDalfsen()))
                .andExpect(content().string(not(containsString("id=\"vaststellen\""))));
        mvc.perform(post(pagina + "/vaststellen")
                        .param("dagtekening", "2026-03-01")
                        .param("redenEerdereDagtekening", "Test: dagtekening achteraf")
                        .param("versie", "0")
                        .with(consulentDalfsen())
                        .with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Het PIP is niet vastgesteld.")))
                .andExpect(content().string(containsString("vier ogen")));
    }

    @Test
    void aTeamleiderCannotDraftOrEdit() throws Exception {
        String id = inburgeraar("ASIELSTATUSHOUDER");
        mvc.perform(get("/inburgeraars/" + id + "/pips/nieuw").with(teamleiderDalfsen()))
                .andExpect(status().isForbidden());
        mvc.perform(pip(post("/inburgeraars/" + id + "/pips/controle"), "B1_ROUTE", "")
                        .with(teamleiderDalfsen()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aTeamleiderFixesOnlyTheVersionShownOnTheConfirmationPage() throws Exception {
        String pagina = concept(inburgeraar("ASIELSTATUSHOUDER"));
        mvc.perform(get(pagina + "/vaststellen").with(teamleiderDalfsen()))
                .andExpect(content().string(containsString("name=\"versie\" value=\"0\"")));
        mvc.perform(pip(post(pagina + "/bewerken"), "Z_ROUTE", "")
                        .param("versie", "0")
                        .with(consulentDalfsen()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(post(pagina + "/vaststellen")
                        .param("dagtekening", "2026-03-01")
                        .param("redenEerdereDagtekening", "Test: dagtekening achteraf")
                        .param("versie", "0")
                        .with(teamleiderDalfsen())
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Iemand anders heeft dit PIP intussen gewijzigd")));
    }

    @Test
    void aPipOfAnotherGemeenteIsNotFound() throws Exception {
        String id = inburgeraar("ASIELSTATUSHOUDER");
        String pagina = concept(id);
        mvc.perform(get(pagina).with(consulentStaphorst())).andExpect(status().isNotFound());
        mvc.perform(get("/inburgeraars/" + id + "/pips").with(consulentStaphorst()))
                .andExpect(status().isNotFound());
        mvc.perform(pip(post("/inburgeraars/" + id + "/pips/controle"), "B1_ROUTE", "")
                        .with(consulentStaphorst()))
                .andExpect(status().isNotFound());
    }

    /**
     * R2.1, R2.4: without a held intake the confirmation page shows the refusal beside the field for the reason to
     * deviate (400); with the teamleider's reason the PIP is fixed and its page shows the deviation.
     */
    @Test
    void r2_1_zonder_intake_weigert_het_formulier_en_de_teamleider_wijkt_af_met_een_reden() throws Exception {
        String id = Testdossier.in(mvc)
                .naam("Amina", "Haddad")
                .plichtVanaf(LocalDate.of(2026, 1, 12))
                .gevestigd(LocalDate.of(2026, 2, 2))
                .persoon()
                .id();
        String pagina = concept(id);
        mvc.perform(post(pagina + "/vaststellen")
                        .param("dagtekening", Vandaag.datum().toString())
                        .param("versie", "0")
                        .with(teamleiderDalfsen())
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"fout-redenAfwijking\"")))
                .andExpect(content().string(containsString("R2.1: Er is geen brede intake gehouden")))
                .andExpect(content().string(containsString("R2.4: De uitslag van de leerbaarheidstoets ontbreekt")))
                .andExpect(content().string(containsString("href=\"#veld-redenAfwijking\"")));

        mvc.perform(post(pagina + "/vaststellen")
                        .param("dagtekening", Vandaag.datum().toString())
                        .param("redenAfwijking", "Intake volgt; spoed op verzoek van de rechter")
                        .param("versie", "0")
                        .with(teamleiderDalfsen())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(pagina).with(teamleiderDalfsen()))
                .andExpect(content().string(containsString("id=\"afwijking\"")))
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "Afgeweken van R2.1, R2.4 door teamleider.dalfsen: Intake volgt; spoed op verzoek van de rechter")));
    }
}
