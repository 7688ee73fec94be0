package nl.openinburgering.handhaving;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import nl.openinburgering.Testdossier;
import nl.openinburgering.shared.Leerroute;
import nl.openinburgering.shared.Vandaag;

import static nl.openinburgering.Testdossier.CONSULENT;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Handhaving with what it uses (registry, PIP, provider hours, intake): an absence the provider reported is linked
 * by its id, and a conversation that finds the reason excused closes the case without any measure.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@AutoConfigureMockMvc
class HandhavingModuleTests {

    static final LocalDate VERZUIM = Vandaag.datum().minusDays(20);

    @Autowired
    MockMvc mvc;

    @Test
    void r9_2_an_absence_linked_by_id_and_found_excused_in_the_conversation_closes_the_case() throws Exception {
        Testdossier.Persoon persoon = Testdossier.in(mvc).persoonMetPip(Leerroute.B1_ROUTE, Testdossier.DAGTEKENING);
        Testdossier.Deelname deelname = persoon.deelname(Testdossier.Aanbieder.TAALSCHOOL, "LEERROUTE");
        mvc.perform(post("/api/v1/aanbieder/urenregistraties")
                        .with(Testdossier.Aanbieder.TAALSCHOOL.account())
                        .header("Idempotency-Key", UUID.randomUUID())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"regels": [{"deelnameId": "%s", "datum": "%s", "soort": "TAALLES_KNM", "uren": 3,
                                 "aanwezig": false, "verzuimreden": "OVERIG"}]}""".formatted(deelname.id(), VERZUIM)))
                .andExpect(status().isCreated());
        String dossier = mvc.perform(get("/api/v1/inburgeraars/" + persoon.id() + "/handhavingszaken")
                        .with(CONSULENT))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> regels = JsonPath.read(dossier, "$.beschikbaarBewijs[*].verwijzing");
        String zaak = JsonPath.read(
                mvc.perform(post("/api/v1/inburgeraars/" + persoon.id() + "/handhavingszaken")
                                .with(CONSULENT)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("""
                                        {"grond": "PIP", "afspraak": "LEERROUTE", "overtredingsdatums": ["%s"], "urenregels": [%s]}""".formatted(VERZUIM, regels.getFirst())))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.bewijs[0].omschrijving")
                                .value(org.hamcrest.Matchers.containsString("OVERIG")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        mvc.perform(post("/api/v1/inburgeraars/" + persoon.id() + "/handhavingszaken/" + zaak + "/gesprek")
                        .with(CONSULENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"datum\": \"%s\", \"notities\": \"Was bij de IND\", \"verschoonbaar\": true}"
                                .formatted(VERZUIM)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stap").value("VERSCHOOND"));
        mvc.perform(post("/api/v1/inburgeraars/" + persoon.id() + "/handhavingszaken/" + zaak + "/waarschuwing")
                        .with(CONSULENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"datum\": \"%s\"}".formatted(VERZUIM)))
                .andExpect(status().isConflict());
    }
}
