package nl.openinburgering.werkvoorraad;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import nl.openinburgering.AlsGebruiker;
import nl.openinburgering.Gebeurtenissen;
import nl.openinburgering.TestBsn;
import nl.openinburgering.Testdossier;
import nl.openinburgering.shared.Leerroute;
import nl.openinburgering.shared.Vandaag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code GET /api/v1/werkvoorraad} and the assignment endpoints against the real database. */
@SpringBootTest
@AutoConfigureMockMvc
class WerkvoorraadApiIntegrationTests {

    static final RequestPostProcessor CONSULENT = httpBasic("consulent.dalfsen", "demo");
    static final RequestPostProcessor CONSULENT2 = httpBasic("consulent2.dalfsen", "demo");
    static final RequestPostProcessor TEAMLEIDER = httpBasic("teamleider.dalfsen", "demo");
    static final RequestPostProcessor STAPHORST = httpBasic("consulent.staphorst", "demo");

    @Autowired
    MockMvc mvc;

    /** A source of another module: one bean, nothing else changes. */
    @TestConfiguration
    static class ExtraBron {

        static final Set<UUID> VERZUIMD = ConcurrentHashMap.newKeySet();

        @Bean
        Signaalbron verzuim() {
            return new Signaalbron() {
                @Override
                public Set<Signaalsoort> soorten() {
                    return Set.of(Signaalsoort.VERZUIM);
                }

                @Override
                public List<Signaal> signalen(Zaakfeiten zaken, LocalDate peildatum) {
                    return VERZUIMD.stream()
                            .filter(zaken.zaken()::bevat)
                            .map(id -> new Signaal(
                                    id,
                                    Signaalsoort.VERZUIM,
                                    peildatum.plusDays(3),
                                    "R9.2",
                                    "Bespreek het verzuim met de inburgeraar."))
                            .toList();
                }
            };
        }
    }

    String registreer(RequestPostProcessor wie, String startTermijn) throws Exception {
        String antwoord = mvc.perform(post("/api/v1/inburgeraars")
                        .with(wie)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"bsn": "%s", "voornamen": "Amina", "geslachtsnaam": "Haddad", "geboortedatum": "1994-05-17",
                                 "doelgroep": "ASIELSTATUSHOUDER", "datumStartInburgeringsplicht": "2026-01-12",
                                 "datumVestigingGemeente": "2026-02-02", "datumStartTermijnVaststellingLeerroute": "%s"}""".formatted(TestBsn.nieuw(), startTermijn)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(antwoord, "$.id");
    }

    /** R2.8: a registration is assigned to its consulent, and the 10-week term is on their worklist. */
    @Test
    void r2_8_aNewRegistrationIsOnTheRegisteringConsulentsWorklistWithItsPipTerm() throws Exception {
        String id = registreer(CONSULENT2, "2026-02-02");
        mvc.perform(get("/api/v1/werkvoorraad")
                        .with(CONSULENT2)
                        .param("signaal", "PIP_TERMIJN")
                        .param("peildatum", "2026-04-13")
                        .param("paginaGrootte", "100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.resultaten[?(@.inburgeraarId == '" + id + "')].uiterlijkeDatum")
                        .value("2026-04-13"))
                .andExpect(jsonPath("$.resultaten[?(@.inburgeraarId == '" + id + "')].dagenResterend")
                        .value(0))
                .andExpect(jsonPath("$.resultaten[?(@.inburgeraarId == '" + id + "')].regel")
                        .value("R2.8"))
                .andExpect(jsonPath("$.resultaten[?(@.inburgeraarId == '" + id + "')].urgentie")
                        .value("BINNEN_7_DAGEN"))
                .andExpect(jsonPath("$.resultaten[*].consulent", everyItem(is("consulent2.dalfsen"))));
        mvc.perform(get("/api/v1/werkvoorraad")
                        .with(CONSULENT2)
                        .param("signaal", "PIP_TERMIJN")
                        .param("urgentie", "TE_LAAT")
                        .param("peildatum", "2026-04-14")
                        .param("paginaGrootte", "100"))
                .andExpect(jsonPath("$.resultaten[*].inburgeraarId", hasItem(id)));
        // Another consulent's worklist never shows it.
        mvc.perform(get("/api/v1/werkvoorraad")
                        .with(CONSULENT)
                        .param("signaal", "PIP_TERMIJN")
                        .param("urgentie", "TE_LAAT")
                        .param("peildatum", "2026-04-14")
                        .param("paginaGrootte", "100"))
                .andExpect(jsonPath("$.resultaten[*].inburgeraarId", not(hasItem(id))));
        mvc.perform(get("/api/v1/inburgeraars/" + id + "/toewijzing").with(CONSULENT2))
                .andExpect(jsonPath("$.consulent").value("consulent2.dalfsen"))
                .andExpect(jsonPath("$.historie", hasSize(1)))
                .andExpect(jsonPath("$.historie[0].door").value("consulent2.dalfsen"));
    }

    @Test
    void theListIsOrderedByTheLastDayAndPaged() throws Exception {
        String antwoord = mvc.perform(
                        get("/api/v1/werkvoorraad").with(TEAMLEIDER).param("paginaGrootte", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.resultaten", hasSize(5)))
                .andExpect(jsonPath("$.paginaGrootte").value(5))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> data = JsonPath.read(antwoord, "$.resultaten[*].uiterlijkeDatum");
        assertSorted(data);
        mvc.perform(get("/api/v1/werkvoorraad")
                        .with(TEAMLEIDER)
                        .param("signaal", "ONZIN")
                        .param("paginaGrootte", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name", hasItem("signaal")))
                .andExpect(jsonPath("$.invalidParams[*].name", hasItem("paginaGrootte")));
    }

    @Autowired
    WerkvoorraadBeheer werkvoorraad;

    void pip(String id, String leerroute, String dagtekening) throws Exception {
        String pip = JsonPath.read(
                mvc.perform(post("/api/v1/inburgeraars/" + id + "/pips")
                                .with(CONSULENT)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(Testdossier.metMinimuminhoud("{\"leerroute\": \"" + leerroute + "\"}")))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        Testdossier.in(mvc).persoon(id).metIntake();
        mvc.perform(post("/api/v1/inburgeraars/" + id + "/pips/" + pip + "/vaststelling")
                        .with(TEAMLEIDER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"dagtekening\": \"" + dagtekening
                                + "\", \"redenEerdereDagtekening\": \"Test: dagtekening achteraf\"}"))
                .andExpect(status().isOk());
        Gebeurtenissen.afgehandeld(mvc);
    }

    /**
     * R2.8, R3.2 and D5 on the team dashboard: a first PIP fixed on the term's last day (day 70) counts as in
     * time; one fixed a day later does not, even when its dagtekening (set earlier, with a reason) is that last
     * day: the statistic counts the real day of vaststelling. Each current PIP counts once for its leerroute.
     */
    @Test
    void r2_8_r3_2_d5_theDashboardCountsPipsFixedInTimeByTheDayOfVaststellingAndPerLeerroute() throws Exception {
        LocalDate vandaag = Vandaag.datum();
        LocalDate peildatum = vandaag;
        Teamoverzicht voor =
                AlsGebruiker.als("teamleider.dalfsen", "TEAMLEIDER", () -> werkvoorraad.teamoverzicht(peildatum));
        pip(registreer(CONSULENT, vandaag.minusDays(70).toString()), "B1_ROUTE", vandaag.toString());
        pip(
                registreer(CONSULENT, vandaag.minusDays(71).toString()),
                "Z_ROUTE",
                vandaag.minusDays(1).toString());

        Teamoverzicht na =
                AlsGebruiker.als("teamleider.dalfsen", "TEAMLEIDER", () -> werkvoorraad.teamoverzicht(peildatum));
        assertThat(na.pipsVastgesteld() - voor.pipsVastgesteld()).isEqualTo(2);
        assertThat(na.pipsBinnenTienWeken() - voor.pipsBinnenTienWeken()).isEqualTo(1);
        // R3.2: only the PIP dated before its day of vaststelling is listed, with its reason
        assertThat(na.eerdereDagtekeningen().size()
                        - voor.eerdereDagtekeningen().size())
                .isEqualTo(1);
        assertThat(na.eerdereDagtekeningen())
                .contains(new Teamoverzicht.EerdereDagtekening(vandaag.minusDays(1), "Test: dagtekening achteraf"));
        assertThat(na.routes().getOrDefault(Leerroute.B1_ROUTE, 0L)
                        - voor.routes().getOrDefault(Leerroute.B1_ROUTE, 0L))
                .isEqualTo(1);
        assertThat(na.routes().getOrDefault(Leerroute.Z_ROUTE, 0L)
                        - voor.routes().getOrDefault(Leerroute.Z_ROUTE, 0L))
                .isEqualTo(1);
        assertThat(new Teamoverzicht(
                        Map.of(), Map.of(), 4, 3, 0, Map.of(Leerroute.B1_ROUTE, 3L, Leerroute.Z_ROUTE, 1L)))
                .satisfies(t -> assertThat(t.percentageBinnenTienWeken()).isEqualTo(75))
                .satisfies(t -> assertThat(t.percentageRoute(Leerroute.Z_ROUTE)).isEqualTo(25));
    }

    /** Sorting by signal (in the order of the kinds) and by consulent, and page 2 continuing page 1. */
    @Test
    void sortsBySignalOrConsulentAndThePagesDoNotOverlap() throws Exception {
        registreer(CONSULENT, "2026-02-02");
        String naSignaal = mvc.perform(get("/api/v1/werkvoorraad")
                        .with(TEAMLEIDER)
                        .param("sorteer", "signaal")
                        .param("paginaGrootte", "100"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Integer> soorten = JsonPath.<List<String>>read(naSignaal, "$.resultaten[*].signaal").stream()
                .map(soort -> Signaalsoort.valueOf(soort).ordinal())
                .toList();
        assertThat(soorten).isSorted();

        String naConsulent = mvc.perform(get("/api/v1/werkvoorraad")
                        .with(TEAMLEIDER)
                        .param("sorteer", "consulent")
                        .param("paginaGrootte", "100"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> consulenten = JsonPath.<List<String>>read(naConsulent, "$.resultaten[*].consulent").stream()
                .map(naam -> naam == null ? "~" : naam)
                .toList();
        assertThat(consulenten).isSorted();

        String eerste = mvc.perform(get("/api/v1/werkvoorraad").with(TEAMLEIDER).param("paginaGrootte", "2"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String tweede = mvc.perform(get("/api/v1/werkvoorraad")
                        .with(TEAMLEIDER)
                        .param("paginaGrootte", "2")
                        .param("pagina", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pagina").value(2))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat((Integer) JsonPath.read(tweede, "$.totaal"))
                .isEqualTo((Integer) JsonPath.read(eerste, "$.totaal"))
                .isGreaterThan(3);
        List<String> opEen = sleutels(eerste);
        List<String> opTwee = sleutels(tweede);
        assertThat(opEen).hasSize(2);
        assertThat(opTwee).hasSize(2).doesNotContainAnyElementsOf(opEen);
        List<String> dataEen = JsonPath.read(eerste, "$.resultaten[*].uiterlijkeDatum");
        List<String> dataTwee = JsonPath.read(tweede, "$.resultaten[*].uiterlijkeDatum");
        assertThat(dataTwee.getFirst()).isGreaterThanOrEqualTo(dataEen.getLast());
        mvc.perform(get("/api/v1/werkvoorraad").with(TEAMLEIDER).param("sorteer", "naam"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("sorteer"));
    }

    /** One signal: its kind and person (a person can have several signals). */
    private static List<String> sleutels(String antwoord) {
        List<String> soorten = JsonPath.read(antwoord, "$.resultaten[*].signaal");
        List<String> ids = JsonPath.read(antwoord, "$.resultaten[*].inburgeraarId");
        return java.util.stream.IntStream.range(0, ids.size())
                .mapToObj(i -> soorten.get(i) + "/" + ids.get(i))
                .toList();
    }

    /** The bulk reassignment: both persons move, each gets a history line with who, when and why. */
    @Test
    void aTeamleiderReassignsTwoPersonsAtOnceWithAHistoryLineEach() throws Exception {
        String eerste = registreer(CONSULENT, "2026-02-02");
        String tweede = registreer(CONSULENT, "2026-02-09");
        mvc.perform(post("/api/v1/toewijzingen")
                        .with(TEAMLEIDER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"inburgeraarIds": ["%s", "%s"], "consulent": "consulent2.dalfsen", "reden": "Verlof consulent"}""".formatted(eerste, tweede)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.aantal").value(2));
        for (String id : List.of(eerste, tweede)) {
            mvc.perform(get("/api/v1/inburgeraars/" + id + "/toewijzing").with(TEAMLEIDER))
                    .andExpect(jsonPath("$.consulent").value("consulent2.dalfsen"))
                    .andExpect(jsonPath("$.historie", hasSize(2)))
                    .andExpect(jsonPath("$.historie[0].van").value("consulent.dalfsen"))
                    .andExpect(jsonPath("$.historie[0].naar").value("consulent2.dalfsen"))
                    .andExpect(jsonPath("$.historie[0].door").value("teamleider.dalfsen"))
                    .andExpect(jsonPath("$.historie[0].reden").value("Verlof consulent"))
                    .andExpect(jsonPath("$.historie[0].tijdstip").isNotEmpty());
        }
        mvc.perform(get("/api/v1/werkvoorraad").with(CONSULENT2).param("paginaGrootte", "100"))
                .andExpect(jsonPath("$.resultaten[*].inburgeraarId", hasItem(eerste)))
                .andExpect(jsonPath("$.resultaten[*].inburgeraarId", hasItem(tweede)));
        mvc.perform(get("/api/v1/werkvoorraad")
                        .with(TEAMLEIDER)
                        .param("consulent", "consulent.dalfsen")
                        .param("paginaGrootte", "100"))
                .andExpect(jsonPath("$.resultaten[*].inburgeraarId", not(hasItem(eerste))));
    }

    /** All or nothing: one unknown person refuses the whole request, and nobody moves. */
    @Test
    void oneBadLineRefusesTheWholeReassignment() throws Exception {
        String eigen = registreer(CONSULENT, "2026-02-02");
        String vanStaphorst = registreer(STAPHORST, "2026-02-02");
        mvc.perform(post("/api/v1/toewijzingen")
                        .with(TEAMLEIDER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"inburgeraarIds": ["%s", "%s"], "consulent": "consulent.staphorst", "reden": ""}""".formatted(eigen, vanStaphorst)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name", hasItem("inburgeraarIds[1]")))
                .andExpect(jsonPath("$.invalidParams[*].name", hasItem("consulent")))
                .andExpect(jsonPath("$.invalidParams[*].name", hasItem("reden")));
        mvc.perform(get("/api/v1/inburgeraars/" + eigen + "/toewijzing").with(TEAMLEIDER))
                .andExpect(jsonPath("$.consulent").value("consulent.dalfsen"))
                .andExpect(jsonPath("$.historie", hasSize(1)));
        mvc.perform(post("/api/v1/toewijzingen")
                        .with(CONSULENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"inburgeraarIds\": [\"" + eigen
                                + "\"], \"consulent\": \"consulent2.dalfsen\", \"reden\": \"x\"}"))
                .andExpect(status().isForbidden());
    }

    /** Tenancy: another gemeente's cases never appear, and their assignment is not found. */
    @Test
    void anotherGemeentesCasesNeverAppear() throws Exception {
        String vanStaphorst = registreer(STAPHORST, "2026-02-02");
        mvc.perform(get("/api/v1/werkvoorraad").with(TEAMLEIDER).param("paginaGrootte", "100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.resultaten[*].inburgeraarId", not(hasItem(vanStaphorst))));
        mvc.perform(get("/api/v1/werkvoorraad").with(TEAMLEIDER).param("consulent", "consulent.staphorst"))
                .andExpect(jsonPath("$.resultaten", hasSize(0)));
        mvc.perform(get("/api/v1/inburgeraars/" + vanStaphorst + "/toewijzing").with(TEAMLEIDER))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/werkvoorraad").with(STAPHORST).param("paginaGrootte", "100"))
                .andExpect(jsonPath("$.resultaten[*].inburgeraarId", hasItem(vanStaphorst)));
    }

    /** D9: the PIP's voortgangsgesprekken become signals; a recorded conversation moves on to the next. */
    @Test
    void d9_aRecordedVoortgangsgesprekMovesTheSignalToTheNextOne() throws Exception {
        String id = registreer(CONSULENT, "2026-02-02");
        String pip = JsonPath.read(
                mvc.perform(post("/api/v1/inburgeraars/" + id + "/pips")
                                .with(CONSULENT)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(Testdossier.metMinimuminhoud("""
                                {"leerroute": "B1_ROUTE", "geschatteIntensiteitB1Route": 600, "alfabetisering": "NVT",
                                 "aantalVoortgangsgesprekken": 4}""")))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        Testdossier.in(mvc).persoon(id).metIntake();
        mvc.perform(
                        post("/api/v1/inburgeraars/" + id + "/pips/" + pip + "/vaststelling")
                                .with(TEAMLEIDER)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"dagtekening\": \"2026-03-01\", \"redenEerdereDagtekening\": \"Test: dagtekening achteraf\"}"))
                .andExpect(status().isOk());
        Gebeurtenissen.afgehandeld(mvc);
        mvc.perform(get("/api/v1/werkvoorraad")
                        .with(CONSULENT)
                        .param("signaal", "VOORTGANGSGESPREK")
                        .param("peildatum", "2026-09-07")
                        .param("paginaGrootte", "100"))
                .andExpect(jsonPath("$.resultaten[?(@.inburgeraarId == '" + id + "')].uiterlijkeDatum")
                        .value("2026-10-07"))
                .andExpect(jsonPath("$.resultaten[?(@.inburgeraarId == '" + id + "')].regel")
                        .value("D9"));
        // The PIP is vastgesteld: no PIP_TERMIJN signal any more.
        mvc.perform(get("/api/v1/werkvoorraad")
                        .with(CONSULENT)
                        .param("signaal", "PIP_TERMIJN")
                        .param("paginaGrootte", "100"))
                .andExpect(jsonPath("$.resultaten[*].inburgeraarId", not(hasItem(id))));

        mvc.perform(post("/api/v1/inburgeraars/" + id + "/voortgangsgesprekken")
                        .with(CONSULENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"datum\": \"2026-09-10\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.voortgangsgesprekken[0]").value("2026-09-10"));
        mvc.perform(get("/api/v1/werkvoorraad")
                        .with(CONSULENT)
                        .param("signaal", "VOORTGANGSGESPREK")
                        .param("peildatum", "2026-09-20")
                        .param("paginaGrootte", "100"))
                .andExpect(jsonPath("$.resultaten[*].inburgeraarId", not(hasItem(id))));
        mvc.perform(get("/api/v1/werkvoorraad")
                        .with(CONSULENT)
                        .param("signaal", "VOORTGANGSGESPREK")
                        .param("peildatum", "2027-04-14")
                        .param("paginaGrootte", "100"))
                .andExpect(jsonPath("$.resultaten[?(@.inburgeraarId == '" + id + "')].uiterlijkeDatum")
                        .value("2027-05-14"));
    }

    @Test
    void aSignalSourceOfAnotherModuleIsOneBeanAndItsSignalsAreFilteredLikeAnyOther() throws Exception {
        String id = registreer(CONSULENT, "2026-02-02");
        ExtraBron.VERZUIMD.add(UUID.fromString(id));
        mvc.perform(get("/api/v1/werkvoorraad")
                        .with(CONSULENT)
                        .param("signaal", "VERZUIM")
                        .param("peildatum", "2026-05-01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.resultaten[?(@.inburgeraarId == '" + id + "')]", hasSize(1)))
                .andExpect(jsonPath("$.resultaten[?(@.inburgeraarId == '" + id + "')].uiterlijkeDatum")
                        .value("2026-05-04"))
                .andExpect(jsonPath("$.resultaten[?(@.inburgeraarId == '" + id + "')].urgentie")
                        .value("BINNEN_7_DAGEN"));
        mvc.perform(get("/api/v1/werkvoorraad")
                        .with(CONSULENT2)
                        .param("signaal", "VERZUIM")
                        .param("paginaGrootte", "100"))
                .andExpect(jsonPath("$.resultaten[*].inburgeraarId", not(hasItem(id))));
    }

    static final String TAALSCHOOL = "6a0c1b6e-2f4d-4c36-9a77-1f0e5b1d0a01";
    static final RequestPostProcessor AANBIEDER_TAAL = httpBasic("aanbieder.taalschool", "demo");

    /** Ten lessons of 3 hours in the four weeks before today at the taalschool, {@code afwezig} of them missed. */
    void lessenMetAfwezigheid(String persoon, int afwezig) throws Exception {
        String deelname = JsonPath.read(
                mvc.perform(post("/api/v1/inburgeraars/" + persoon + "/deelnames")
                                .with(CONSULENT2)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("""
                                {"aanbiederId": "%s", "soort": "LEERROUTE", "startdatum": "2026-02-01"}""".formatted(TAALSCHOOL)))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        LocalDate vandaag = Vandaag.datum();
        List<String> regels = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            regels.add("""
                    {"deelnameId": "%s", "datum": "%s", "soort": "TAALLES_KNM", "uren": 3, "aanwezig": %s%s}""".formatted(
                            deelname,
                            vandaag.minusDays(i + 1),
                            i >= afwezig,
                            i < afwezig ? ", \"verzuimreden\": \"ONGEOORLOOFD\"" : ""));
        }
        mvc.perform(post("/api/v1/aanbieder/urenregistraties")
                        .with(AANBIEDER_TAAL)
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"regels\": [" + String.join(", ", regels) + "]}"))
                .andExpect(status().isCreated());
    }

    /** VERZUIM from the providers' reports: 70% attendance is below the default threshold of 80%, 80% is not. */
    @Test
    void r9_2_attendanceBelowTheThresholdPutsVerzuimOnTheResponsibleConsulentsWorklist() throws Exception {
        String zeventig = registreer(CONSULENT2, "2026-02-02");
        String tachtig = registreer(CONSULENT2, "2026-02-02");
        lessenMetAfwezigheid(zeventig, 3);
        lessenMetAfwezigheid(tachtig, 2);

        mvc.perform(get("/api/v1/werkvoorraad")
                        .with(CONSULENT2)
                        .param("signaal", "VERZUIM")
                        .param("paginaGrootte", "100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.resultaten[?(@.inburgeraarId == '" + zeventig + "')].regel")
                        .value("R9.2"))
                .andExpect(jsonPath("$.resultaten[?(@.inburgeraarId == '" + zeventig + "')].uiterlijkeDatum")
                        .value(Vandaag.datum().plusDays(7).toString()))
                .andExpect(jsonPath("$.resultaten[*].inburgeraarId", not(hasItem(tachtig))));
        mvc.perform(get("/api/v1/werkvoorraad")
                        .with(CONSULENT)
                        .param("signaal", "VERZUIM")
                        .param("paginaGrootte", "100"))
                .andExpect(jsonPath("$.resultaten[*].inburgeraarId", not(hasItem(zeventig))));
        mvc.perform(get("/api/v1/werkvoorraad")
                        .with(STAPHORST)
                        .param("signaal", "VERZUIM")
                        .param("paginaGrootte", "100"))
                .andExpect(jsonPath("$.resultaten[*].inburgeraarId", not(hasItem(zeventig))));
    }

    private static void assertSorted(List<String> data) {
        for (int i = 1; i < data.size(); i++) {
            if (data.get(i - 1).compareTo(data.get(i)) > 0) {
                throw new AssertionError("Niet op uiterlijke datum gesorteerd: " + data);
            }
        }
    }
}
