package nl.openinburgering.aanbieder;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import nl.openinburgering.TestBsn;

import static nl.openinburgering.aanbieder.AanbiederTestdata.AANBIEDER_PARTICIPATIE;
import static nl.openinburgering.aanbieder.AanbiederTestdata.AANBIEDER_TAAL;
import static nl.openinburgering.aanbieder.AanbiederTestdata.CONSULENT;
import static nl.openinburgering.aanbieder.AanbiederTestdata.PARTICIPATIEWERK;
import static nl.openinburgering.aanbieder.AanbiederTestdata.STAPHORST;
import static nl.openinburgering.aanbieder.AanbiederTestdata.TAALSCHOOL;
import static nl.openinburgering.aanbieder.AanbiederTestdata.TEAMLEIDER;
import static nl.openinburgering.aanbieder.AanbiederTestdata.regel;
import static nl.openinburgering.aanbieder.AanbiederTestdata.regels;
import static nl.openinburgering.aanbieder.AanbiederTestdata.sleutel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Hours from providers: all or nothing, idempotent, each provider only its own deelnames (R4.7, R2.10). */
@SpringBootTest
@AutoConfigureMockMvc
class UrenApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    AanbiederTestdata data;

    @BeforeEach
    void testdata() {
        data = new AanbiederTestdata(mvc);
    }

    /** R4.7, R2.10: attended hours count per kind, brede-intake hours apart, absences not at all. */
    @Test
    void r4_7_r2_10_totalsCountAttendedHoursPerKindWithBredeIntakeApart() throws Exception {
        String persoon = data.persoon();
        String taal = data.deelname(persoon, TAALSCHOOL, "LEERROUTE");
        String participatie = data.deelname(persoon, PARTICIPATIEWERK, "PARTICIPATIE");
        data.meld(
                        AANBIEDER_TAAL,
                        sleutel(),
                        regels(
                                regel(taal, "2026-04-07", "TAALLES_KNM", "3.0", true, null),
                                regel(taal, "2026-04-08", "TAALLES_KNM", "3.5", true, null),
                                regel(taal, "2026-04-09", "TAALLES_KNM", "3", false, "ZIEK"),
                                regel(taal, "2026-04-10", "TAALLES_KNM_BREDE_INTAKE", "2", true, null)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.aantalRegels").value(4));
        data.meldCsv(AANBIEDER_PARTICIPATIE, sleutel(), """
                deelnameId,datum,soort,uren,aanwezig,verzuimreden
                %1$s,2026-04-07,PARTICIPATIE,4,true,
                %1$s,2026-04-08,PARTICIPATIE_BREDE_INTAKE,1.25,true,
                """.formatted(participatie))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/v1/inburgeraars/" + persoon + "/uren").with(TEAMLEIDER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.taallesKnm").value(6.5))
                .andExpect(jsonPath("$.taallesKnmBredeIntake").value(2.0))
                .andExpect(jsonPath("$.participatie").value(4.0))
                .andExpect(jsonPath("$.participatieBredeIntake").value(1.25))
                .andExpect(jsonPath("$.mapPraktijk").value(0))
                .andExpect(jsonPath("$.pvt").value(0));
        mvc.perform(get("/api/v1/inburgeraars/" + persoon + "/uren").with(STAPHORST))
                .andExpect(status().isNotFound());
    }

    /**
     * R4.7: the running totals (V75) add every later upload to what was there, per kind; absences add nothing,
     * and another person's lines stay with that person.
     */
    @Test
    void r4_7_totalsAddEveryLaterUploadToTheSameKind() throws Exception {
        String persoon = data.persoon();
        String ander = data.persoon();
        String taal = data.deelname(persoon, TAALSCHOOL, "LEERROUTE");
        String andereTaal = data.deelname(ander, TAALSCHOOL, "LEERROUTE");
        data.meld(
                        AANBIEDER_TAAL,
                        sleutel(),
                        regels(
                                regel(taal, "2026-04-07", "TAALLES_KNM", "3.0", true, null),
                                regel(andereTaal, "2026-04-07", "TAALLES_KNM", "2.0", true, null)))
                .andExpect(status().isCreated());
        data.meld(
                        AANBIEDER_TAAL,
                        sleutel(),
                        regels(
                                regel(taal, "2026-04-14", "TAALLES_KNM", "2.5", true, null),
                                regel(taal, "2026-04-15", "TAALLES_KNM", "3.0", false, "AFGEMELD"),
                                regel(taal, "2026-04-16", "TAALLES_KNM", "1.25", true, null)))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/v1/inburgeraars/" + persoon + "/uren").with(CONSULENT))
                .andExpect(jsonPath("$.taallesKnm").value(6.75));
        mvc.perform(get("/api/v1/inburgeraars/" + ander + "/uren").with(CONSULENT))
                .andExpect(jsonPath("$.taallesKnm").value(2.0));
    }

    @Test
    void sameKeyAndLinesGiveTheSameAnswerAndStoreNothingTwice() throws Exception {
        String persoon = data.persoon();
        String taal = data.deelname(persoon, TAALSCHOOL, "LEERROUTE");
        String sleutel = sleutel();
        String body = regels(regel(taal, "2026-04-07", "TAALLES_KNM", "3.0", true, null));
        String eerste = data.meld(AANBIEDER_TAAL, sleutel, body)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String tweede = data.meld(AANBIEDER_TAAL, sleutel, body)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(tweede).isEqualTo(eerste);
        mvc.perform(get("/api/v1/inburgeraars/" + persoon + "/uren").with(CONSULENT))
                .andExpect(jsonPath("$.taallesKnm").value(3.0));

        data.meld(AANBIEDER_TAAL, sleutel, regels(regel(taal, "2026-04-07", "TAALLES_KNM", "4.0", true, null)))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/inburgeraars/" + persoon + "/uren").with(CONSULENT))
                .andExpect(jsonPath("$.taallesKnm").value(3.0));
    }

    @Test
    void aBatchWithOneBadLineStoresNothingAndNamesEachBadLine() throws Exception {
        String persoon = data.persoon();
        String taal = data.deelname(persoon, TAALSCHOOL, "LEERROUTE");
        data.meldCsv(AANBIEDER_TAAL, sleutel(), """
                deelnameId,datum,soort,uren,aanwezig,verzuimreden
                %1$s,2026-04-07,TAALLES_KNM,3,true,
                %1$s,2026-04-08,TAALLES_KNM,25,true,
                %1$s,2026-04-09,TAALLES_KNM,3,false,
                %1$s,2999-01-01,TAALLES_KNM,3,true,
                %1$s,2026-04-10,ZWEMLES,3,true,
                """.formatted(taal))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams.length()").value(4))
                .andExpect(jsonPath("$.invalidParams[0].name").value("regels[1].uren"))
                .andExpect(jsonPath("$.invalidParams[1].name").value("regels[2].verzuimreden"))
                .andExpect(jsonPath("$.invalidParams[2].name").value("regels[3].datum"))
                .andExpect(jsonPath("$.invalidParams[3].name").value("regels[4].soort"));
        mvc.perform(get("/api/v1/inburgeraars/" + persoon + "/uren").with(CONSULENT))
                .andExpect(jsonPath("$.taallesKnm").value(0));
    }

    @Test
    void aDeelnameOfAnotherProviderIsABadLineAndIsNeitherListedNorReadable() throws Exception {
        String persoon = data.persoon();
        String participatie = data.deelname(persoon, PARTICIPATIEWERK, "PARTICIPATIE");
        data.meld(AANBIEDER_TAAL, sleutel(), regels(regel(participatie, "2026-04-07", "PARTICIPATIE", "2", true, null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("regels[0].deelnameId"))
                .andExpect(jsonPath("$.invalidParams[0].code").value("deelname.onbekend"));
        mvc.perform(get("/api/v1/aanbieder/deelnames?paginaGrootte=100").with(AANBIEDER_TAAL))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(participatie))));
        mvc.perform(get("/api/v1/aanbieder/deelnames?paginaGrootte=100").with(AANBIEDER_PARTICIPATIE))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(participatie)));
        mvc.perform(get("/api/v1/aanbieder/deelnames/" + participatie).with(AANBIEDER_TAAL))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/aanbieder/deelnames/" + participatie).with(AANBIEDER_PARTICIPATIE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inburgeraar.voornamen").value("Hiwet"));
    }

    @Test
    void aProviderSeesNameAndBirthDateOfItsParticipantsButNeverTheBsn() throws Exception {
        String bsn = TestBsn.nieuw();
        String persoon = data.persoon(CONSULENT, bsn);
        String taal = data.deelname(persoon, TAALSCHOOL, "LEERROUTE");
        mvc.perform(get("/api/v1/aanbieder/deelnames?paginaGrootte=100").with(AANBIEDER_TAAL))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.resultaten[?(@.id == '" + taal + "')].inburgeraar.geslachtsnaam")
                        .value("Gebremedhin"))
                .andExpect(content().string(not(containsString(bsn))))
                .andExpect(content().string(not(containsString("bsn"))));
    }

    @Test
    void refusesABatchWithoutOrWithAMalformedIdempotencyKey() throws Exception {
        String taal = data.deelname(data.persoon(), TAALSCHOOL, "LEERROUTE");
        String body = regels(regel(taal, "2026-04-07", "TAALLES_KNM", "3.0", true, null));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                "/api/v1/aanbieder/urenregistraties")
                        .with(AANBIEDER_TAAL)
                        .contentType("application/json")
                        .content(body))
                .andExpect(status().isBadRequest());
        data.meld(AANBIEDER_TAAL, "niet-een-uuid", body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("Idempotency-Key"));
    }
}
