package nl.openinburgering.inburgeraar;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import nl.openinburgering.TestBsn;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
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
class InburgeraarApiIntegrationTests {

    static final RequestPostProcessor CONSULENT_DALFSEN = httpBasic("consulent.dalfsen", "demo");
    static final RequestPostProcessor CONSULENT_STAPHORST = httpBasic("consulent.staphorst", "demo");

    @Autowired
    MockMvc mvc;

    static String invoer(String bsn) {
        return """
                {"bsn": "%s", "voornamen": "Amina", "geslachtsnaam": "Haddad", "geboortedatum": "1994-05-17",
                 "doelgroep": "ASIELSTATUSHOUDER", "datumStartInburgeringsplicht": "2026-01-12",
                 "datumVestigingGemeente": "2026-02-02"}""".formatted(bsn);
    }

    String registreer(String bsn) throws Exception {
        String antwoord = mvc.perform(post("/api/v1/inburgeraars")
                        .with(CONSULENT_DALFSEN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(invoer(bsn)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(antwoord, "$.id");
    }

    @Test
    void r2_8_registersAnInburgeraarWithTheDerivedPipDeadline() throws Exception {
        String bsn = TestBsn.nieuw();
        mvc.perform(post("/api/v1/inburgeraars")
                        .with(CONSULENT_DALFSEN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(invoer(bsn)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/inburgeraars/")))
                .andExpect(jsonPath("$.gemeentecode").value("0148"))
                .andExpect(jsonPath("$.bsn").value(bsn))
                .andExpect(jsonPath("$.datumStartTermijnVaststellingLeerroute").value("2026-02-02"))
                .andExpect(jsonPath("$.uiterlijkeDatumVaststellingPip").value("2026-04-13"))
                .andExpect(jsonPath("$.inburgeringstermijn", nullValue()));
    }

    @Test
    void refusesABsnThatFailsTheElfproefWithProblemJson() throws Exception {
        mvc.perform(post("/api/v1/inburgeraars")
                        .with(CONSULENT_DALFSEN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(invoer("123456789")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.invalidParams[0].name").value("bsn"))
                .andExpect(jsonPath("$.invalidParams[0].code").value("bsn.elfproef"))
                .andExpect(jsonPath("$.invalidParams[0].reason", containsString("elfproef")));
    }

    /** R1.1 and R1.3: the API refuses people outside the law with problem+json naming the rule and the field. */
    @Test
    void r1_1_andR1_3_refusesAPlichtBefore2022AndAnAgeOutside18ToAowWithProblemJson() throws Exception {
        mvc.perform(post("/api/v1/inburgeraars")
                        .with(CONSULENT_DALFSEN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(invoer(TestBsn.nieuw()).replace("2026-01-12", "2021-12-31")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.invalidParams[0].name").value("datumStartInburgeringsplicht"))
                .andExpect(jsonPath("$.invalidParams[0].code").value("R1.1"))
                .andExpect(jsonPath("$.invalidParams[0].reason", containsString("1 januari 2022")));
        mvc.perform(post("/api/v1/inburgeraars")
                        .with(CONSULENT_DALFSEN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(invoer(TestBsn.nieuw()).replace("1994-05-17", "2008-01-13")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("geboortedatum"))
                .andExpect(jsonPath("$.invalidParams[0].code").value("R1.3"))
                .andExpect(jsonPath("$.invalidParams[0].reason", containsString("jonger dan 18 jaar")));
        mvc.perform(post("/api/v1/inburgeraars")
                        .with(CONSULENT_DALFSEN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(invoer(TestBsn.nieuw()).replace("1994-05-17", "2008-01-12")))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/inburgeraars")
                        .with(CONSULENT_DALFSEN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(invoer(TestBsn.nieuw()).replace("1994-05-17", "1959-01-12")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("geboortedatum"))
                .andExpect(jsonPath("$.invalidParams[0].code").value("R1.3"))
                .andExpect(jsonPath("$.invalidParams[0].reason", containsString("AOW-leeftijd")));
        mvc.perform(post("/api/v1/inburgeraars")
                        .with(CONSULENT_DALFSEN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(invoer(TestBsn.nieuw()).replace("1994-05-17", "1959-01-13")))
                .andExpect(status().isCreated());
    }

    @Test
    void refusesASecondActiveFileForTheSameBsnWithConflict() throws Exception {
        String bsn = TestBsn.nieuw();
        registreer(bsn);
        mvc.perform(post("/api/v1/inburgeraars")
                        .with(CONSULENT_DALFSEN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(invoer(bsn)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("bsn.bestaat"));
    }

    @Test
    void refusesMalformedJsonWithADutchProblem() throws Exception {
        mvc.perform(post("/api/v1/inburgeraars")
                        .with(CONSULENT_DALFSEN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"geboortedatum\": \"17-05-1994\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].code").value("body.onleesbaar"));
    }

    /** R1.5: the law knows two target groups; a finer DUO monitoring group is no doelgroep. */
    @Test
    void r1_5_refusesADoelgroepOtherThanTheTwoLegalGroups() throws Exception {
        mvc.perform(post("/api/v1/inburgeraars")
                        .with(CONSULENT_DALFSEN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(invoer(TestBsn.nieuw()).replace("ASIELSTATUSHOUDER", "GEZINSHERENIGER")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/inburgeraars")
                        .with(CONSULENT_DALFSEN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(invoer(TestBsn.nieuw())
                                .replace("ASIELSTATUSHOUDER", "GEZINSMIGRANT_OF_OVERIGE_MIGRANT")))
                .andExpect(status().isCreated());
    }

    @Test
    void findsAPersonByBsnInTheBodyOfASearch() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = registreer(bsn);
        mvc.perform(post("/api/v1/inburgeraars/_zoek")
                        .with(CONSULENT_DALFSEN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"bsn\": \"" + bsn + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.resultaten", hasSize(1)))
                .andExpect(jsonPath("$.resultaten[0].id").value(id));
    }

    @Test
    void aStaphorstConsulentGets404ForADalfsenRecord() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = registreer(bsn);

        mvc.perform(get("/api/v1/inburgeraars/" + id).with(CONSULENT_STAPHORST))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(put("/api/v1/inburgeraars/" + id)
                        .with(CONSULENT_STAPHORST)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(wijziging(bsn, 0, "Staphorst")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/inburgeraars/_zoek")
                        .with(CONSULENT_STAPHORST)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"bsn\": \"" + bsn + "\"}"))
                .andExpect(jsonPath("$.resultaten", hasSize(0)));
    }

    @Test
    void listsOnlyTheOwnGemeentePagedAndSorted() throws Exception {
        mvc.perform(get("/api/v1/inburgeraars?pagina=2&paginaGrootte=5&sorteer=-geboortedatum")
                        .with(CONSULENT_STAPHORST))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.resultaten", hasSize(5)))
                .andExpect(jsonPath("$.resultaten[*].gemeentecode", everyItem(is("0180"))))
                .andExpect(jsonPath("$.paginering.pagina").value(2));
        mvc.perform(get("/api/v1/inburgeraars?sorteer=bsn").with(CONSULENT_STAPHORST))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].code").value("sorteer.onbekend"));
        mvc.perform(get("/api/v1/inburgeraars?paginaGrootte=1000").with(CONSULENT_STAPHORST))
                .andExpect(status().isBadRequest());
    }

    static String wijziging(String bsn, long versie, String geslachtsnaam) {
        return """
                {"versie": %d, "bsn": "%s", "voornamen": "Amina", "geslachtsnaam": "%s", "geboortedatum": "1994-05-17",
                 "doelgroep": "ASIELSTATUSHOUDER", "datumStartInburgeringsplicht": "2026-01-12",
                 "datumVestigingGemeente": "2026-02-02"}""".formatted(versie, bsn, geslachtsnaam);
    }

    @Test
    void refusesAStaleEditAndKeepsTheOtherEdit() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = registreer(bsn);

        mvc.perform(put("/api/v1/inburgeraars/" + id)
                        .with(CONSULENT_DALFSEN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(wijziging(bsn, 0, "Eerste")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.versie").value(1));
        mvc.perform(put("/api/v1/inburgeraars/" + id)
                        .with(CONSULENT_DALFSEN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(wijziging(bsn, 0, "Tweede")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("versie.verouderd"));

        mvc.perform(get("/api/v1/inburgeraars/" + id).with(CONSULENT_DALFSEN))
                .andExpect(jsonPath("$.geslachtsnaam").value("Eerste"))
                .andExpect(jsonPath("$.versie").value(1));
    }

    /** R2.8: over the API, a changed start of the 10-week term needs a reason and shows up in the history. */
    @Test
    void r2_8_aChangedStartOfTheTenWeekTermNeedsAReasonAndIsKeptInTheHistory() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = registreer(bsn);
        String later = wijziging(bsn, 0, "Haddad")
                .replace(
                        "\"datumVestigingGemeente\": \"2026-02-02\"",
                        "\"datumVestigingGemeente\": \"2026-02-02\", \"datumStartTermijnVaststellingLeerroute\": \"2026-02-09\"");
        mvc.perform(put("/api/v1/inburgeraars/" + id)
                        .with(CONSULENT_DALFSEN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(later))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("redenWijzigingStartTermijn"))
                .andExpect(jsonPath("$.invalidParams[0].code").value("R2.8"));
        mvc.perform(put("/api/v1/inburgeraars/" + id)
                        .with(CONSULENT_DALFSEN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(later.replace(
                                "{\"versie\": 0,",
                                "{\"versie\": 0, \"redenWijzigingStartTermijn\": \"SS139 kwam later\",")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.uiterlijkeDatumVaststellingPip").value("2026-04-20"))
                .andExpect(jsonPath("$.wijzigingenStartTermijn[0].oudeStart").value("2026-02-02"))
                .andExpect(jsonPath("$.wijzigingenStartTermijn[0].nieuweStart").value("2026-02-09"))
                .andExpect(jsonPath("$.wijzigingenStartTermijn[0].reden").value("SS139 kwam later"))
                .andExpect(
                        jsonPath("$.wijzigingenStartTermijn[0].gewijzigdDoor").value("consulent.dalfsen"));
    }

    @Test
    void anEditWithoutVersionIsRefused() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = registreer(bsn);
        mvc.perform(put("/api/v1/inburgeraars/" + id)
                        .with(CONSULENT_DALFSEN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(wijziging(bsn, 0, "X").replace("\"versie\": 0,", "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("versie"));
    }
}
