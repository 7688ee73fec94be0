package nl.openinburgering.ontzorging.web;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import nl.openinburgering.Testdossier;
import nl.openinburgering.shared.Vandaag;

import static nl.openinburgering.Testdossier.CONSULENT;
import static nl.openinburgering.UiTestGebruikers.consulentDalfsen;
import static nl.openinburgering.UiTestGebruikers.consulentStaphorst;
import static nl.openinburgering.UiTestGebruikers.teamleiderDalfsen;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The consulent changes a cost item on its own form (R7.2): Dutch messages beside the fields through the shared
 * error adapter, optimistic locking (a stale version is refused with 409 and the input stays in the form), and the
 * page says that a change after a recorded payment run is a correction in the next run.
 */
@SpringBootTest
@AutoConfigureMockMvc
class KostenpostControllerTests {

    static final YearMonth START = YearMonth.from(Vandaag.datum()).minusMonths(1);

    @Autowired
    MockMvc mvc;

    /** A person in ontzorging with one rent item of € 650 from the month the bijstand started. */
    String[] persoonMetHuur() throws Exception {
        String id = Testdossier.in(mvc).persoon().id();
        mvc.perform(post("/api/v1/inburgeraars/" + id + "/ontzorging")
                        .with(CONSULENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"vergunning\": \"ASIEL\", \"startBijstand\": \"%s\"}".formatted(START.atDay(1))))
                .andExpect(status().isCreated());
        String post = JsonPath.read(
                mvc.perform(post("/api/v1/inburgeraars/" + id + "/ontzorging/kostenposten")
                                .with(CONSULENT)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("""
                                        {"soort": "HUUR", "crediteurNaam": "Woonstichting De Vechthorst",
                                         "iban": "NL91ABNA0417164300", "kenmerk": "Contract 118", "bedrag": "650",
                                         "startmaand": "%s"}""".formatted(START)))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        return new String[] {id, post};
    }

    static MockHttpServletRequestBuilder wijziging(String adres, String versie, String iban, String bedrag) {
        return post(adres)
                .param("versie", versie)
                .param("ozCrediteurNaam", "Woonstichting Vecht en Regge")
                .param("ozIban", iban)
                .param("ozKenmerk", "Contract 118")
                .param("ozBedrag", bedrag)
                .param("ozStartmaand", START.toString())
                .param("ozEindmaand", "")
                .with(consulentDalfsen())
                .with(csrf());
    }

    @Test
    void r7_2_the_consulent_adds_an_item_on_the_ontzorging_page_and_a_bad_amount_stays_on_its_field() throws Exception {
        String id = persoonMetHuur()[0];
        String pagina = "/inburgeraars/" + id + "/ontzorging";

        mvc.perform(post(pagina + "/kostenposten")
                        .param("ozSoort", "ENERGIE")
                        .param("ozCrediteurNaam", "Energieleverancier Oost")
                        .param("ozIban", "NL91 ABNA 0417 1643 00")
                        .param("ozKenmerk", "Klant 42")
                        .param("ozBedrag", "veel")
                        .param("ozStartmaand", START.toString())
                        .param("ozEindmaand", "")
                        .with(consulentDalfsen())
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("value=\"Energieleverancier Oost\"")));

        mvc.perform(post(pagina + "/kostenposten")
                        .param("ozSoort", "ENERGIE")
                        .param("ozCrediteurNaam", "Energieleverancier Oost")
                        .param("ozIban", "NL91 ABNA 0417 1643 00")
                        .param("ozKenmerk", "Klant 42")
                        .param("ozBedrag", "120,25")
                        .param("ozStartmaand", START.toString())
                        .param("ozEindmaand", "")
                        .with(consulentDalfsen())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/inburgeraars/" + id + "/ontzorging").with(CONSULENT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kostenposten[?(@.crediteurNaam == 'Energieleverancier Oost')].bedrag")
                        .value("120.25"));
    }

    @Test
    void r7_2_the_consulent_changes_an_item_on_its_form_and_the_page_tells_a_later_change_is_a_correction()
            throws Exception {
        String[] p = persoonMetHuur();
        String pagina = "/inburgeraars/" + p[0] + "/ontzorging";
        String adres = pagina + "/kostenposten/" + p[1];

        mvc.perform(get(pagina).with(consulentDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"" + adres + "\"")))
                .andExpect(content().string(containsString("als correctie in de volgende betaalronde (R7.2)")));
        mvc.perform(get(adres).with(consulentDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Huur wijzigen"),
                                containsString("name=\"versie\" value=\"0\""),
                                containsString("value=\"NL91 ABNA 0417 1643 00\""),
                                containsString("value=\"650,00\""),
                                containsString("value=\"" + START + "\""),
                                containsString("nog niet betaald in een betaalronde"),
                                not(containsString("??")))));

        mvc.perform(wijziging(adres, "0", "NL91 ABNA 0417 1643 00", "675,50"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(pagina))
                .andExpect(flash().attribute("melding", "ontzorging.melding.kostenpostGewijzigd"));
        mvc.perform(get("/api/v1/inburgeraars/" + p[0] + "/ontzorging").with(CONSULENT))
                .andExpect(jsonPath("$.kostenposten[0].bedrag").value("675.50"))
                .andExpect(jsonPath("$.kostenposten[0].crediteurNaam").value("Woonstichting Vecht en Regge"))
                .andExpect(jsonPath("$.kostenposten[0].kenmerk").value("Contract 118"))
                .andExpect(jsonPath("$.historie[2].stap").value("KOSTENPOST_GEWIJZIGD"));
        mvc.perform(get(adres).with(consulentDalfsen()))
                .andExpect(content().string(containsString("name=\"versie\" value=\"1\"")));
    }

    @Test
    void r7_2_an_iban_that_fails_the_mod_97_check_is_refused_beside_its_field_and_nothing_changes() throws Exception {
        String[] p = persoonMetHuur();
        String adres = "/inburgeraars/" + p[0] + "/ontzorging/kostenposten/" + p[1];

        mvc.perform(wijziging(adres, "0", "NL91 ABNA 0417 1643 01", "675"))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"fout-ozIban\""),
                                containsString("Dit IBAN klopt niet (de controle met 97 faalt)"),
                                containsString("href=\"#veld-ozIban\""),
                                containsString("value=\"Woonstichting Vecht en Regge\""),
                                containsString("value=\"NL91 ABNA 0417 1643 01\""),
                                containsString("name=\"versie\" value=\"0\""))));
        mvc.perform(get("/api/v1/inburgeraars/" + p[0] + "/ontzorging").with(CONSULENT))
                .andExpect(jsonPath("$.kostenposten[0].bedrag").value("650.00"))
                .andExpect(jsonPath("$.kostenposten[0].iban").value("NL91ABNA0417164300"));
    }

    @Test
    void a_change_on_a_stale_version_is_refused_with_409_and_the_consulents_input_stays_in_the_form() throws Exception {
        String[] p = persoonMetHuur();
        String adres = "/inburgeraars/" + p[0] + "/ontzorging/kostenposten/" + p[1];
        mvc.perform(wijziging(adres, "0", "NL91ABNA0417164300", "700")).andExpect(status().is3xxRedirection());

        mvc.perform(wijziging(adres, "0", "NL20INGB0001234567", "725"))
                .andExpect(status().isConflict())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"conflict\""),
                                containsString("Iemand anders heeft deze vaste last intussen gewijzigd"),
                                containsString("€ 700,00 per maand"),
                                containsString("value=\"NL20INGB0001234567\""),
                                containsString("value=\"725\""),
                                containsString("name=\"versie\" value=\"0\""),
                                containsString("id=\"opnieuw-laden\""))));
        mvc.perform(get("/api/v1/inburgeraars/" + p[0] + "/ontzorging").with(CONSULENT))
                .andExpect(jsonPath("$.kostenposten[0].bedrag").value("700.00"))
                .andExpect(jsonPath("$.kostenposten[0].iban").value("NL91ABNA0417164300"));
    }

    @Test
    void only_the_consulent_of_the_gemeente_opens_the_form() throws Exception {
        String[] p = persoonMetHuur();
        String adres = "/inburgeraars/" + p[0] + "/ontzorging/kostenposten/" + p[1];
        mvc.perform(get(adres).with(teamleiderDalfsen())).andExpect(status().isForbidden());
        mvc.perform(get(adres).with(consulentStaphorst())).andExpect(status().isNotFound());
        mvc.perform(get("/inburgeraars/" + p[0] + "/ontzorging").with(teamleiderDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("href=\"" + adres + "\""))));
    }
}
