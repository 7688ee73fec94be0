package nl.openinburgering.ontzorging;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;

import nl.openinburgering.Gebeurtenissen;
import nl.openinburgering.Testdossier;
import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.shared.Gemeentecode;
import nl.openinburgering.shared.Vandaag;

import static nl.openinburgering.Testdossier.CONSULENT;
import static nl.openinburgering.Testdossier.STAPHORST;
import static nl.openinburgering.Testdossier.TEAMLEIDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Financieel ontzorgen through the API against the real database: the consulent's side per person, the
 * financiële administratie's monthly run with its SEPA file, the worklist signals, the roles and the tenant wall.
 * Only {@link #r7_2_a_month_is_paid_once_and_a_change_after_the_run_is_a_correction_in_the_next_run} records runs
 * (one run per gemeente and month, and the test classes share the database).
 */
@SpringBootTest
@AutoConfigureMockMvc
class OntzorgingApiIntegrationTests {

    static final RequestPostProcessor FINANCIEEL = httpBasic("financieel.dalfsen", "demo");
    static final RequestPostProcessor FINANCIEEL_STAPHORST = user("financieel.staphorst")
            .authorities(
                    new SimpleGrantedAuthority("ROLE_FINANCIELE_ADMINISTRATIE"),
                    new SimpleGrantedAuthority("GEMEENTE_0180"));

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transacties;

    ResultActions start(String id, String vergunning, LocalDate startBijstand) throws Exception {
        return mvc.perform(post("/api/v1/inburgeraars/" + id + "/ontzorging")
                .with(CONSULENT)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"vergunning\": \"%s\", \"startBijstand\": \"%s\"}".formatted(vergunning, startBijstand)));
    }

    ResultActions json(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder verzoek, String json)
            throws Exception {
        return mvc.perform(
                verzoek.with(CONSULENT).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    String kostenpost(String id, String soort, String bedrag, String iban, YearMonth start) throws Exception {
        return JsonPath.read(
                json(post("/api/v1/inburgeraars/" + id + "/ontzorging/kostenposten"), """
                                {"soort": "%s", "crediteurNaam": "Schuldeiser %s", "iban": "%s", "kenmerk": "Klant 42",
                                 "bedrag": "%s", "startmaand": "%s"}""".formatted(
                                        soort, soort, iban, bedrag, start))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
    }

    @Test
    void r7_1_a_gezinsmigrant_and_family_with_a_regular_permit_are_refused_an_asylum_permit_holder_starts()
            throws Exception {
        String gezinsmigrant = Testdossier.in(mvc)
                .doelgroep(Doelgroep.GEZINSMIGRANT_OF_OVERIGE_MIGRANT)
                .persoon()
                .id();
        start(gezinsmigrant, "ASIEL", LocalDate.of(2026, 1, 1))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].code").value("R7.1"))
                .andExpect(jsonPath("$.invalidParams[0].name").value("doelgroep"));

        String id = Testdossier.in(mvc).persoon().id();
        start(id, "REGULIER_BIJ_ASIELSTATUSHOUDER", LocalDate.of(2026, 1, 1))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].code").value("R7.1"))
                .andExpect(jsonPath("$.invalidParams[0].name").value("vergunning"));
        start(id, "ASIEL", LocalDate.of(2026, 1, 1))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.minimumEinde").value("2026-06-30"))
                .andExpect(jsonPath("$.machtiging").value("ONBEKEND"))
                .andExpect(jsonPath("$.historie[0].stap").value("GESTART"));
        start(id, "ASIEL", LocalDate.of(2026, 1, 1)).andExpect(status().isConflict());
    }

    @Test
    void r7_3_ending_before_six_months_is_refused_unless_the_bijstand_ends_and_the_worklist_signals_the_sixth_month()
            throws Exception {
        String id = Testdossier.in(mvc).persoon().id();
        start(id, "ASIEL", LocalDate.of(2026, 1, 15)).andExpect(status().isCreated());

        werkvoorraad("ONTZORGING_ZES_MAANDEN", LocalDate.of(2026, 6, 14))
                .andExpect(jsonPath("$.resultaten[*].inburgeraarId", not(hasItem(id))));
        werkvoorraad("ONTZORGING_ZES_MAANDEN", LocalDate.of(2026, 6, 15))
                .andExpect(jsonPath("$.resultaten[?(@.inburgeraarId == '" + id + "')].regel")
                        .value("R7.3"))
                .andExpect(jsonPath("$.resultaten[?(@.inburgeraarId == '" + id + "')].uiterlijkeDatum")
                        .value("2026-07-14"));

        json(post("/api/v1/inburgeraars/" + id + "/ontzorging/beeindiging"), "{\"datum\": \"2026-07-13\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].code").value("R7.3"));
        json(
                        post("/api/v1/inburgeraars/" + id + "/ontzorging/verlenging"),
                        "{\"tot\": \"2026-10-31\", \"reden\": \"\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].code").value("R7.3"));
        json(
                        post("/api/v1/inburgeraars/" + id + "/ontzorging/verlenging"),
                        "{\"tot\": \"2026-10-31\", \"reden\": \"Schulden; eerst schuldhulpverlening.\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.geplandEinde").value("2026-10-31"));
        werkvoorraad("ONTZORGING_ZES_MAANDEN", LocalDate.of(2026, 6, 15))
                .andExpect(jsonPath("$.resultaten[*].inburgeraarId", not(hasItem(id))));

        String ander = Testdossier.in(mvc).persoon().id();
        start(ander, "ASIEL", LocalDate.of(2026, 1, 15)).andExpect(status().isCreated());
        json(
                        post("/api/v1/inburgeraars/" + ander + "/ontzorging/beeindiging"),
                        "{\"datum\": \"2026-03-31\", \"bijstandBeeindigd\": true}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.einddatum").value("2026-03-31"))
                .andExpect(jsonPath("$.bijstandBeeindigd").value(true));
        werkvoorraad("ONTZORGING_ZES_MAANDEN", LocalDate.of(2026, 6, 15))
                .andExpect(jsonPath("$.resultaten[*].inburgeraarId", not(hasItem(ander))));
    }

    @Test
    void r7_4_a_refused_machtiging_shows_on_the_worklist_once_as_the_pw_referral() throws Exception {
        String id = Testdossier.in(mvc).persoon().id();
        start(id, "ASIEL", Vandaag.datum().minusMonths(1)).andExpect(status().isCreated());
        json(
                        put("/api/v1/inburgeraars/" + id + "/ontzorging/machtiging"),
                        "{\"status\": \"GEWEIGERD\", \"datum\": \"" + Vandaag.datum() + "\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.machtiging").value("GEWEIGERD"));
        // Handhaving refers the refusal to the inkomensconsulent (R7.4, R9.4); its referral replaces the signal.
        Gebeurtenissen.afgehandeld(mvc);
        werkvoorraad("PW_VERWIJZING", Vandaag.datum())
                .andExpect(jsonPath("$.resultaten[?(@.inburgeraarId == '" + id + "')].regel")
                        .value("R9.4"));
        werkvoorraad("MACHTIGING_GEWEIGERD", Vandaag.datum())
                .andExpect(jsonPath("$.resultaten[*].inburgeraarId", not(hasItem(id))));
        json(
                        put("/api/v1/inburgeraars/" + id + "/ontzorging/machtiging"),
                        "{\"status\": \"GETEKEND\", \"datum\": \"" + Vandaag.datum() + "\"}")
                .andExpect(status().isOk());
        werkvoorraad("MACHTIGING_GEWEIGERD", Vandaag.datum())
                .andExpect(jsonPath("$.resultaten[*].inburgeraarId", not(hasItem(id))));
    }

    @Test
    void r7_2_a_month_is_paid_once_and_a_change_after_the_run_is_a_correction_in_the_next_run() throws Exception {
        YearMonth deze = YearMonth.from(Vandaag.datum());
        YearMonth vorige = deze.minusMonths(1);
        String id = Testdossier.in(mvc).persoon().id();
        start(id, "ASIEL", deze.minusMonths(2).atDay(1)).andExpect(status().isCreated());
        String huur = kostenpost(id, "HUUR", "650", "NL91 ABNA 0417 1643 00", deze.minusMonths(2));
        kostenpost(id, "ZORGVERZEKERING", "140.50", "NL20INGB0001234567", deze.minusMonths(2));

        concept(vorige)
                .andExpect(
                        jsonPath("$.regels[?(@.inburgeraarId == '" + id + "')]").isEmpty());
        json(
                        put("/api/v1/inburgeraars/" + id + "/ontzorging/machtiging"),
                        "{\"status\": \"GETEKEND\", \"datum\": \"" + Vandaag.datum() + "\"}")
                .andExpect(status().isOk());
        concept(vorige)
                .andExpect(jsonPath("$.vastgesteld").value(false))
                .andExpect(jsonPath(
                        "$.regels[?(@.inburgeraarId == '" + id + "')].bedrag",
                        org.hamcrest.Matchers.containsInAnyOrder("650.00", "140.50")));

        vaststellen(vorige, false)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].code").value("betaalronde.controle"));
        String ronde = JsonPath.read(
                vaststellen(vorige, true)
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        vaststellen(vorige, true)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(ronde))
                .andExpect(jsonPath("$.regels[?(@.inburgeraarId == '" + id + "')]", org.hamcrest.Matchers.hasSize(2)));

        String rondeJson = mvc.perform(get("/api/v1/betaalrondes/" + ronde).with(FINANCIEEL))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String xml = mvc.perform(
                        get("/api/v1/betaalrondes/" + ronde + "/pain001").with(FINANCIEEL))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        Pain001BestandTests.valideer(xml);
        assertThat(Pain001BestandTests.waarde(xml, "//*[local-name()='GrpHdr']/*[local-name()='NbOfTxs']"))
                .isEqualTo(String.valueOf((Integer) JsonPath.read(rondeJson, "$.aantalTransacties")));
        assertThat(new java.math.BigDecimal(
                        Pain001BestandTests.waarde(xml, "//*[local-name()='GrpHdr']/*[local-name()='CtrlSum']")))
                .isEqualByComparingTo((String) JsonPath.read(rondeJson, "$.controlesom"));
        List<String> bedragen = JsonPath.read(rondeJson, "$.regels[?(@.overboeking == true)].bedrag");
        assertThat(bedragen.stream()
                        .map(java.math.BigDecimal::new)
                        .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add))
                .isEqualByComparingTo((String) JsonPath.read(rondeJson, "$.controlesom"));
        assertThat(mvc.perform(get("/api/v1/betaalrondes/" + ronde + "/pain001").with(FINANCIEEL))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .as("the same file again")
                .isEqualTo(xml);
        mvc.perform(get("/api/v1/betaalrondes/" + ronde + "/csv").with(FINANCIEEL))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString(";650.00;ja")));

        json(put("/api/v1/inburgeraars/" + id + "/ontzorging/kostenposten/" + huur), """
                        {"soort": "HUUR", "crediteurNaam": "Schuldeiser HUUR", "iban": "NL91ABNA0417164300", "kenmerk": "Klant 42",
                         "bedrag": "675", "startmaand": "%s"}""".formatted(deze.minusMonths(2)))
                .andExpect(status().isOk());
        concept(deze)
                .andExpect(jsonPath("$.regels[?(@.inburgeraarId == '" + id + "' && @.soort == 'CORRECTIE')].bedrag")
                        .value("25.00"))
                .andExpect(jsonPath("$.regels[?(@.inburgeraarId == '" + id + "' && @.soort == 'CORRECTIE')].maand")
                        .value(vorige.toString()))
                .andExpect(jsonPath(
                        "$.regels[?(@.inburgeraarId == '" + id + "' && @.soort == 'REGULIER')].bedrag",
                        org.hamcrest.Matchers.containsInAnyOrder("675.00", "140.50")));

        nietTweemaalBetaald(vorige, huur, id);

        mvc.perform(get("/api/v1/betaalrondes/" + ronde).with(FINANCIEEL_STAPHORST))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/betaalrondes").with(CONSULENT)).andExpect(status().isForbidden());
    }

    @Test
    void theFinancieelMedewerkerSeesThePaymentDataButNotTheFileAndAnotherGemeenteGets404() throws Exception {
        String id = Testdossier.in(mvc).persoon().id();
        start(id, "ASIEL", Vandaag.datum().minusMonths(1)).andExpect(status().isCreated());
        mvc.perform(get("/api/v1/inburgeraars/" + id).with(FINANCIEEL)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/inburgeraars/" + id + "/ontzorging").with(FINANCIEEL))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/inburgeraars/" + id + "/pips").with(FINANCIEEL))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/werkvoorraad").with(FINANCIEEL)).andExpect(status().isForbidden());
        mvc.perform(get("/inburgeraars/" + id)
                        .with(user("financieel.dalfsen")
                                .authorities(
                                        new SimpleGrantedAuthority("ROLE_FINANCIELE_ADMINISTRATIE"),
                                        new SimpleGrantedAuthority("GEMEENTE_0148"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/betaalrondes").with(FINANCIEEL)).andExpect(status().isOk());

        mvc.perform(get("/api/v1/inburgeraars/" + id + "/ontzorging").with(STAPHORST))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/inburgeraars/" + id + "/ontzorging/machtiging")
                        .with(STAPHORST)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"GETEKEND\", \"datum\": \"" + Vandaag.datum() + "\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/inburgeraars/" + id + "/ontzorging").with(TEAMLEIDER))
                .andExpect(status().isOk());
        json(post("/api/v1/inburgeraars/" + id + "/ontzorging/kostenposten"), """
                {"soort": "HUUR", "crediteurNaam": "X", "iban": "NL91ABNA0417164301", "bedrag": "650", "startmaand": "%s"}""".formatted(
                                YearMonth.from(Vandaag.datum())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].code").value("iban.controle"));
    }

    /**
     * The second wall behind the facade's guard: the database itself refuses a second run of a month and a second
     * regular payment of an item for a month, even from a new run of another month.
     */
    void nietTweemaalBetaald(YearMonth betaald, String kostenpost, String persoon) {
        TransactionTemplate transactie = new TransactionTemplate(transacties);
        Gemeentecode dalfsen = new Gemeentecode("0148");
        assertThatThrownBy(() -> Tenant.alsGemeente(
                        dalfsen,
                        () -> transactie.execute(s -> jdbc.update(
                                "insert into betaalronde (id, gemeentecode, maand, vastgesteld_door) values (?, '0148', ?, 'test')",
                                UUID.randomUUID(),
                                betaald.atDay(1)))))
                .isInstanceOf(DuplicateKeyException.class);
        assertThatThrownBy(() -> Tenant.alsGemeente(
                        dalfsen,
                        () -> transactie.execute(s -> {
                            UUID ronde = UUID.randomUUID();
                            jdbc.update(
                                    "insert into betaalronde (id, gemeentecode, maand, vastgesteld_door) values (?, '0148', ?, 'test')",
                                    ronde,
                                    betaald.minusYears(5).atDay(1));
                            return jdbc.update(
                                    """
                            insert into betaalronde_regel (id, betaalronde_id, gemeentecode, kostenpost_id, inburgeraar_id,
                                maand, soort, bedrag_centen, crediteur_naam, iban)
                            values (?, ?, '0148', ?, ?, ?, 'REGULIER', 65000, 'X', 'NL91ABNA0417164300')""",
                                    UUID.randomUUID(),
                                    ronde,
                                    UUID.fromString(kostenpost),
                                    UUID.fromString(persoon),
                                    betaald.atDay(1));
                        })))
                .isInstanceOf(DuplicateKeyException.class);
    }

    ResultActions concept(YearMonth maand) throws Exception {
        return mvc.perform(get("/api/v1/betaalrondes/concept").with(FINANCIEEL).param("maand", maand.toString()))
                .andExpect(status().isOk());
    }

    ResultActions vaststellen(YearMonth maand, boolean gecontroleerd) throws Exception {
        return mvc.perform(post("/api/v1/betaalrondes")
                .with(FINANCIEEL)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"maand\": \"%s\", \"gecontroleerd\": %s}".formatted(maand, gecontroleerd)));
    }

    ResultActions werkvoorraad(String signaal, LocalDate peildatum) throws Exception {
        return mvc.perform(get("/api/v1/werkvoorraad")
                        .with(TEAMLEIDER)
                        .param("signaal", signaal)
                        .param("peildatum", peildatum.toString())
                        .param("paginaGrootte", "100"))
                .andExpect(status().isOk());
    }
}
