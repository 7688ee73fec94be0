package nl.openinburgering.pip;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import nl.openinburgering.Testdossier;
import nl.openinburgering.Testdossier.Aanbieder;
import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.shared.Leerroute;

import static nl.openinburgering.Testdossier.CONSULENT;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** R3.11 on the hours the providers report (module aanbieder), not on anything the gemeente types in. */
@SpringBootTest
@AutoConfigureMockMvc
class AfschalenUrenIntegrationTests {

    static final LocalDate VANAF = LocalDate.of(2025, 3, 1);

    @Autowired
    MockMvc mvc;

    ResultActions afschalen(String id) throws Exception {
        return mvc.perform(post("/api/v1/inburgeraars/" + id + "/pips")
                .with(CONSULENT)
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                                {"leerroute": "B1_ROUTE", "niveau": "A2", "reden": "Afschalen: B1 niet haalbaar",
                                 "afschalingB1NietHaalbaar": true, "afschalingVoldoendeInspanning": true,
                                 "afschalingVaardigheden": ["LE", "LU", "SC", "SP"]}"""));
    }

    /** R3.11 with R2.10: 599.5 reported lesson hours plus brede-intake hours is not enough; 600 is. */
    @Test
    void r3_11_r2_10_afschalenCountsTheProvidersLessonHoursWithoutTheBredeIntake() throws Exception {
        Testdossier.Persoon persoon = Testdossier.in(mvc)
                .doelgroep(Doelgroep.ASIELSTATUSHOUDER)
                .persoon()
                .metPip(Leerroute.B1_ROUTE)
                .vastgesteld();
        String id = persoon.id();
        Testdossier.Deelname deelname = persoon.deelname(Aanbieder.TAALSCHOOL, "LEERROUTE");
        deelname.uren("TAALLES_KNM", "599.5", VANAF);
        deelname.uren("TAALLES_KNM_BREDE_INTAKE", "40", VANAF);

        afschalen(id)
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.invalidParams[?(@.name == 'niveau')].code").value("R3.11"));

        deelname.uren("TAALLES_KNM", "0.5", VANAF.plusYears(1));
        afschalen(id)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.niveau").value("A2"));
    }

    /**
     * R3.11: afschalen through the API records both findings and the skills, per skill; without them it is
     * refused; the beschikking letter says what was found and which skills go to A2.
     */
    @Test
    void r3_11_afschalenRecordsBothFindingsPerSkillAndTheLetterSaysSo() throws Exception {
        Testdossier.Persoon persoon = Testdossier.in(mvc)
                .doelgroep(Doelgroep.ASIELSTATUSHOUDER)
                .persoon()
                .metPip(Leerroute.B1_ROUTE)
                .vastgesteld();
        String id = persoon.id();
        persoon.deelname(Aanbieder.TAALSCHOOL, "LEERROUTE").uren("TAALLES_KNM", "600", VANAF);

        mvc.perform(post("/api/v1/inburgeraars/" + id + "/pips")
                        .with(CONSULENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"leerroute\": \"B1_ROUTE\", \"niveau\": \"A2\", \"reden\": \"Afschalen\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[?(@.name == 'afschalingB1NietHaalbaar')].code")
                        .value("R3.11"))
                .andExpect(jsonPath("$.invalidParams[?(@.name == 'afschalingVoldoendeInspanning')].code")
                        .value("R3.11"))
                .andExpect(jsonPath("$.invalidParams[?(@.name == 'afschalingVaardigheden')].code")
                        .value("R3.11"));
        String antwoord = mvc.perform(post("/api/v1/inburgeraars/" + id + "/pips")
                        .with(CONSULENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        // R3.1: with the minimum content, so that the vaststelling below is about afschalen only.
                        .content(Testdossier.metMinimuminhoud("""
                                {"leerroute": "B1_ROUTE", "niveau": "A2", "reden": "Afschalen",
                                 "afschalingB1NietHaalbaar": true, "afschalingVoldoendeInspanning": true,
                                 "afschalingVaardigheden": ["SP", "LE"]}""")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.afschalingB1NietHaalbaar").value(true))
                .andExpect(jsonPath("$.afschalingVoldoendeInspanning").value(true))
                .andExpect(jsonPath("$.afschalingVaardigheden[0]").value("LE"))
                .andExpect(jsonPath("$.afschalingVaardigheden[1]").value("SP"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String pipId = com.jayway.jsonpath.JsonPath.read(antwoord, "$.id");
        mvc.perform(post("/api/v1/inburgeraars/" + id + "/pips/" + pipId + "/vaststelling")
                        .with(Testdossier.TEAMLEIDER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"dagtekening\": \"" + nl.openinburgering.shared.Vandaag.datum() + "\"}"))
                .andExpect(status().isOk());

        byte[] brief = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                "/api/v1/inburgeraars/" + id + "/pips/" + pipId + "/beschikking")
                        .with(CONSULENT))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(brief)) {
            org.assertj.core.api.Assertions.assertThat(new org.apache.pdfbox.text.PDFTextStripper()
                            .getText(pdf)
                            .replaceAll("\\s+", " "))
                    .contains(
                            "Wij schalen af naar taalniveau A2 voor: Lezen, Spreken.",
                            "taalniveau B1 niet kunt halen",
                            "voldoende heeft ingespannen",
                            "ten minste 600 uur les");
        }
    }

    /** R3.11: hours reported as absent are no hours followed. */
    @Test
    void r3_11_absentHoursDoNotCountForAfschalen() throws Exception {
        Testdossier.Persoon persoon = Testdossier.in(mvc)
                .doelgroep(Doelgroep.GEZINSMIGRANT_OF_OVERIGE_MIGRANT)
                .persoon()
                .metPip(Leerroute.B1_ROUTE)
                .vastgesteld();
        String id = persoon.id();
        Testdossier.Deelname deelname = persoon.deelname(Aanbieder.TAALSCHOOL, "LEERROUTE_ZELFBETAALD");
        deelname.uren("TAALLES_KNM", "596", VANAF);
        mvc.perform(post("/api/v1/aanbieder/urenregistraties")
                        .with(Aanbieder.TAALSCHOOL.account())
                        .header("Idempotency-Key", java.util.UUID.randomUUID())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"regels": [{"deelnameId": "%s", "datum": "2026-01-05", "soort": "TAALLES_KNM", "uren": 4,
                                     "aanwezig": false, "verzuimreden": "ZIEK"}]}""".formatted(deelname.id())))
                .andExpect(status().isCreated());

        afschalen(id)
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.invalidParams[?(@.name == 'niveau')].code").value("R3.11"));
    }
}
