package nl.openinburgering.leerroute;

import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
import nl.openinburgering.shared.Vandaag;

import static nl.openinburgering.Testdossier.CONSULENT;
import static nl.openinburgering.Testdossier.TEAMLEIDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** R4.4 and R4.5 through the API, on hours the providers reported; and the certificate (R4.4). */
@SpringBootTest
@AutoConfigureMockMvc
class ZrouteApiIntegrationTests {

    static final LocalDate VANAF = LocalDate.of(2025, 3, 1);

    @Autowired
    MockMvc mvc;

    ResultActions afronden(String id, String datum) throws Exception {
        return mvc.perform(post("/api/v1/inburgeraars/" + id + "/z-route/afronding")
                .with(CONSULENT)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"datumEindgesprek\": \"" + datum + "\"}"));
    }

    /**
     * R4.5 with R2.10: an asielstatushouder needs 800 lesson hours (brede intake not counted) and 800
     * participation hours (every brede-intake hour counted); both sides of 800 on each.
     */
    @Test
    void r4_5_anAsielstatushouderCompletesTheZrouteAfter800LessonAnd800ParticipationHours() throws Exception {
        Testdossier.Persoon persoon = Testdossier.in(mvc)
                .doelgroep(Doelgroep.ASIELSTATUSHOUDER)
                .persoon()
                .metPip(Leerroute.Z_ROUTE)
                .vastgesteld();
        String id = persoon.id();
        Testdossier.Deelname les = persoon.deelname(Aanbieder.TAALSCHOOL, "LEERROUTE");
        Testdossier.Deelname participatie = persoon.deelname(Aanbieder.PARTICIPATIEBEDRIJF, "PARTICIPATIE");
        les.uren("TAALLES_KNM", "799.5", VANAF);
        les.uren("TAALLES_KNM_BREDE_INTAKE", "30", VANAF);
        participatie.uren("PARTICIPATIE", "740", VANAF);
        participatie.uren("PARTICIPATIE_BREDE_INTAKE", "29.5", VANAF);

        afronden(id, "2026-06-01")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[?(@.name == 'taallesKnm')].code")
                        .value("R4.5"))
                .andExpect(jsonPath("$.invalidParams[?(@.name == 'participatie')].code")
                        .value("R4.5"));

        les.uren("TAALLES_KNM", "0.5", VANAF.plusYears(1));
        participatie.uren("PARTICIPATIE_BREDE_INTAKE", "0.5", VANAF.plusYears(1));
        afronden(id, "2026-06-01")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.datumAfrondingZroute").value("2026-06-01"))
                .andExpect(jsonPath("$.cursusuren").value(800.0))
                .andExpect(jsonPath("$.participatieuren").value(800.0));

        afronden(id, "2026-06-02").andExpect(status().isConflict());
        mvc.perform(get("/api/v1/inburgeraars/" + id + "/z-route/afronding").with(TEAMLEIDER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.datumEindgesprek").value("2026-06-01"));
    }

    /**
     * R4.5 over time: a Z-route behind a linear pace is on the consulent's worklist (Z_ROUTE_TEMPO) until the
     * hours catch up. The PIP of 2025-02-01 starts the termijn on 2025-02-02; halfway is about 400 hours.
     */
    @Test
    void r4_5_aZrouteBehindItsPaceIsOnTheWorklistUntilTheHoursCatchUp() throws Exception {
        Testdossier.Persoon persoon = Testdossier.in(mvc)
                .doelgroep(Doelgroep.GEZINSMIGRANT_OF_OVERIGE_MIGRANT)
                .persoon()
                .metPip(Leerroute.Z_ROUTE)
                .vastgesteld();
        String id = persoon.id();
        Testdossier.Deelname les = persoon.deelname(Aanbieder.TAALSCHOOL, "LEERROUTE_ZELFBETAALD");
        les.uren("TAALLES_KNM", "300", VANAF);

        mvc.perform(get("/api/v1/werkvoorraad")
                        .with(CONSULENT)
                        .param("signaal", "Z_ROUTE_TEMPO")
                        .param("peildatum", "2026-08-03")
                        .param("paginaGrootte", "100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.resultaten[?(@.inburgeraarId == '" + id + "')].regel")
                        .value("R4.5"))
                .andExpect(jsonPath("$.resultaten[?(@.inburgeraarId == '" + id + "')].uiterlijkeDatum")
                        .value("2028-02-01"));

        les.uren("TAALLES_KNM", "100", VANAF.plusYears(1));
        mvc.perform(get("/api/v1/werkvoorraad")
                        .with(CONSULENT)
                        .param("signaal", "Z_ROUTE_TEMPO")
                        .param("peildatum", "2026-08-03")
                        .param("paginaGrootte", "100"))
                .andExpect(jsonPath("$.resultaten[*].inburgeraarId", not(hasItem(id))));
    }

    /**
     * R4.5 (hours after a result do not count toward it): lesson hours dated on the day of the eindgesprek count
     * toward the 800; the same hours dated the day after do not.
     */
    @Test
    void r4_5_lessonHoursOfTheDayOfTheEindgesprekCountButNotThoseOfTheDayAfter() throws Exception {
        Testdossier.Persoon persoon = Testdossier.in(mvc)
                .doelgroep(Doelgroep.GEZINSMIGRANT_OF_OVERIGE_MIGRANT)
                .persoon()
                .metPip(Leerroute.Z_ROUTE)
                .vastgesteld();
        String id = persoon.id();
        Testdossier.Deelname les = persoon.deelname(Aanbieder.TAALSCHOOL, "LEERROUTE_ZELFBETAALD");
        les.uren("TAALLES_KNM", "792", VANAF);
        les.uren("TAALLES_KNM", "8", LocalDate.of(2026, 3, 2));

        afronden(id, "2026-03-01")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].code").value("R4.5"))
                .andExpect(jsonPath("$.invalidParams[0].reason").value(containsString("gevolgd: 792 uur")));
        afronden(id, "2026-03-02").andExpect(status().isOk());
    }

    /** R4.5: a gezinsmigrant or overige migrant needs the 800 lesson hours only. */
    @Test
    void r4_5_aGezinsmigrantCompletesTheZrouteAfter800LessonHoursWithoutParticipation() throws Exception {
        Testdossier.Persoon persoon = Testdossier.in(mvc)
                .doelgroep(Doelgroep.GEZINSMIGRANT_OF_OVERIGE_MIGRANT)
                .persoon()
                .metPip(Leerroute.Z_ROUTE)
                .vastgesteld();
        String id = persoon.id();
        Testdossier.Deelname les = persoon.deelname(Aanbieder.TAALSCHOOL, "LEERROUTE_ZELFBETAALD");
        les.uren("TAALLES_KNM", "799", VANAF);

        afronden(id, "2026-06-01")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams.length()").value(1))
                .andExpect(jsonPath("$.invalidParams[0].code").value("R4.5"));

        les.uren("TAALLES_KNM", "1", VANAF.plusYears(1));
        afronden(id, "2026-06-01")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.participatieuren").doesNotExist());
    }

    /**
     * R4.5 as DUO validates it: after the Z-route was completed on 1 June 2026, a PVT signing or a MAP eindgesprek
     * dated 2 June is refused on its date with the rule ID; the certificate promises no report to DUO.
     */
    @Test
    void r4_5_aPvtOrMapResultDatedAfterTheZrouteCompletionIsRefused() throws Exception {
        Testdossier.Persoon persoon = Testdossier.in(mvc)
                .doelgroep(Doelgroep.GEZINSMIGRANT_OF_OVERIGE_MIGRANT)
                .persoon()
                .metPip(Leerroute.Z_ROUTE)
                .vastgesteld();
        String id = persoon.id();
        persoon.deelname(Aanbieder.TAALSCHOOL, "LEERROUTE_ZELFBETAALD").uren("TAALLES_KNM", "800", VANAF);
        afronden(id, "2026-06-01").andExpect(status().isOk());

        mvc.perform(post("/api/v1/inburgeraars/" + id + "/pvt/ondertekening")
                        .with(CONSULENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"datum\": \"2026-06-02\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].code").value("R4.5"));
        mvc.perform(post("/api/v1/inburgeraars/" + id + "/map/eindgesprek")
                        .with(CONSULENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"datum\": \"2026-06-02\", \"voldoende\": true}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].code").value("R4.5"));
        // on the day itself the order is right: any refusal now is about the PVT's own rules, not R4.5
        mvc.perform(post("/api/v1/inburgeraars/" + id + "/pvt/ondertekening")
                        .with(CONSULENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"datum\": \"2026-06-01\"}"))
                .andExpect(jsonPath(
                        "$.invalidParams[*].code", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("R4.5"))));
    }

    /** R4.4: only the current PIP's Z-route, an eindgesprek not in the future and not before the termijn. */
    @Test
    void r4_4_refusesWithoutAZroutePipAndWithAnImpossibleDate() throws Exception {
        Testdossier.Persoon b1Dossier = Testdossier.in(mvc)
                .doelgroep(Doelgroep.GEZINSMIGRANT_OF_OVERIGE_MIGRANT)
                .persoon();
        String b1 = b1Dossier.id();
        afronden(b1, "2026-06-01").andExpect(status().isConflict());
        b1Dossier.metPip(Leerroute.B1_ROUTE).vastgesteld();
        afronden(b1, "2026-06-01")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Het huidige PIP van deze persoon is geen Z-route."));

        String z = Testdossier.in(mvc)
                .doelgroep(Doelgroep.GEZINSMIGRANT_OF_OVERIGE_MIGRANT)
                .persoon()
                .metPip(Leerroute.Z_ROUTE)
                .vastgesteld()
                .id();
        afronden(z, Vandaag.datum().plusDays(1).toString())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[?(@.name == 'datumEindgesprek')].code")
                        .value("datum.toekomst"));
        afronden(z, "2025-02-01")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[?(@.name == 'datumEindgesprek')].code")
                        .value("R4.4"));
    }

    /** R4.4: the certificate names the person, the date and the hours; before the completion there is none. */
    @Test
    void r4_4_theCertificateOfACompletedZrouteSaysWhoCompletedItWhenAndWithWhichHours() throws Exception {
        Testdossier.Persoon persoon = Testdossier.in(mvc)
                .doelgroep(Doelgroep.ASIELSTATUSHOUDER)
                .persoon()
                .metPip(Leerroute.Z_ROUTE)
                .vastgesteld();
        String id = persoon.id();
        mvc.perform(get("/api/v1/inburgeraars/" + id + "/z-route/certificaat").with(CONSULENT))
                .andExpect(status().isConflict());
        Testdossier.Deelname les = persoon.deelname(Aanbieder.TAALSCHOOL, "LEERROUTE");
        Testdossier.Deelname participatie = persoon.deelname(Aanbieder.PARTICIPATIEBEDRIJF, "PARTICIPATIE");
        les.uren("TAALLES_KNM", "812.5", VANAF);
        participatie.uren("PARTICIPATIE", "804", VANAF);
        afronden(id, "2026-05-20").andExpect(status().isOk());

        byte[] pdf = mvc.perform(get("/api/v1/inburgeraars/" + id + "/z-route/certificaat")
                        .with(CONSULENT))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String tekst = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(tekst)
                    .contains("Certificaat zelfredzaamheidsroute")
                    .contains("Hiwet Gebremedhin")
                    .contains("de zelfredzaamheidsroute (Z-route) heeft afgerond op 20 mei 2026")
                    .contains("U volgde 812.5 uur les in Nederlands")
                    .contains("U deed 804 uur mee")
                    .contains("Dalfsen")
                    .doesNotContain("Wij geven dit door aan DUO")
                    .doesNotContain("999");
        }
        mvc.perform(get("/api/v1/inburgeraars/" + id + "/z-route/certificaat")
                        .with(httpBasic("consulent.staphorst", "demo")))
                .andExpect(status().isNotFound());
    }
}
