package nl.openinburgering.duo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import nl.openinburgering.AlsGebruiker;
import nl.openinburgering.TestBsn;
import nl.openinburgering.Testdossier;
import nl.openinburgering.duo.simulator.DuoSimulator;
import nl.openinburgering.duo.simulator.SimulatorOpslag;
import nl.openinburgering.duo.simulator.SimulatorStoring;
import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.shared.Gemeentecode;
import nl.openinburgering.shared.Leerroute;

import static nl.openinburgering.Testdossier.CONSULENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 14, "What it must show": the exchange with the DUO simulator over real HTTP (the app on a random port;
 * the simulator in the same process under {@code /duo-simulator/v1}, validating every request against DUO's
 * OpenAPI files). Consulent and teamleider act through the app's own API (MockMvc).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "openinburgering.duo.simulator.aan=true",
            "openinburgering.duo.interval=300ms",
            "openinburgering.duo.eerste-herhaling=300ms",
            "openinburgering.duo.langste-herhaling=1s",
            "openinburgering.duo.lees-timeout=1s"
        })
@AutoConfigureMockMvc
class DuoUitwisselingEndToEndTests {

    static final Oin DALFSEN = new Oin("00000001001234560148");
    static final Gemeentecode GEMEENTE = new Gemeentecode("0148");

    @Autowired
    MockMvc mvc;

    @Autowired
    DuoSimulator duo;

    @Autowired
    SimulatorOpslag simulator;

    @Autowired
    SimulatorStoring storing;

    @Autowired
    DuoBeheer uitwisseling;

    @Autowired
    InburgeraarBeheer inburgeraars;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactie;

    @AfterEach
    void herstel() {
        storing.zet(SimulatorStoring.Stand.NORMAAL);
    }

    private String nieuweInburgeringsplichtige(LocalDate kennisgeving) {
        String bsn = TestBsn.nieuw();
        simulator.persoon(new SimulatorOpslag.Persoon(
                bsn, "0148", "Asielstatushouder", kennisgeving.minusWeeks(2), kennisgeving, null, null));
        return bsn;
    }

    private Aanmelding aanmelding(String bsn) {
        return await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> AlsGebruiker.consulentVanDalfsen(() -> uitwisseling.aanmeldingen(0, 500)).stream()
                                .filter(a -> a.bsn().equals(bsn))
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
    }

    private long inbox(String bsn) {
        return Tenant.alsGemeente(
                GEMEENTE,
                () -> transactie.execute(s -> jdbc.sql("select count(*) from duo_notificatie where bsn = ?")
                        .param(bsn)
                        .query(Long.class)
                        .single()));
    }

    /** R2.8, R10.3, R3.3: SS139 → worklist with DUO's 10-week term → PIP fixed → DUO gets it → termijn in the file. */
    @Test
    void r2_8_ss139ArrivesThePersonIsRegisteredThePipGoesToDuoAndDuosTermijnComesBack() throws Exception {
        LocalDate kennisgeving = LocalDate.now().minusDays(3);
        String bsn = nieuweInburgeringsplichtige(kennisgeving);

        assertThat(duo.notificeer(DALFSEN, bsn, "SS139")).isEqualTo(201);
        Aanmelding aanmelding = aanmelding(bsn);
        assertThat(aanmelding.kennisgeving()).isEqualTo(kennisgeving);
        assertThat(aanmelding.gebeurtenis()).isEqualTo(Gebeurtenis.SS139);

        UUID id = AlsGebruiker.consulentVanDalfsen(() -> uitwisseling
                .registreer(aanmelding.berichtId(), "Selam", "Tesfay", LocalDate.of(1995, 4, 2))
                .id());
        assertThat(AlsGebruiker.consulentVanDalfsen(
                        () -> inburgeraars.raadpleeg(id).uiterlijkeDatumVaststellingPip()))
                .contains(kennisgeving.plusDays(70));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> mvc.perform(get("/api/v1/werkvoorraad").with(CONSULENT))
                        .andExpect(status().isOk())
                        .andExpect(content().string(org.hamcrest.Matchers.containsString(id.toString()))));

        LocalDate dagtekening = kennisgeving.plusDays(1);
        Testdossier.in(mvc)
                .persoon(id.toString())
                .metPipMetAfspraken(Leerroute.B1_ROUTE)
                .vastgesteld(dagtekening);

        await().atMost(Duration.ofSeconds(20)).until(() -> simulator.aantalPips(bsn) == 1);
        assertThat(simulator.pips(bsn).getFirst())
                .contains("\"dagtekeningPip\":\"" + dagtekening + "\"", "\"leerroute\":\"B\"");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(AlsGebruiker.consulentVanDalfsen(() -> uitwisseling.raadpleeg(id))
                                .gegevens())
                        .containsKey("INBURGERINGSTERMIJN"));
        assertThat(AlsGebruiker.consulentVanDalfsen(() -> uitwisseling.raadpleeg(id))
                        .gegevens()
                        .get("INBURGERINGSTERMIJN"))
                .contains("\"startdatum\":\"" + dagtekening.plusDays(1) + "\"")
                .contains("\"einddatum\":\"" + dagtekening.plusDays(1).plusYears(3) + "\"");
        assertThat(simulator.aantalPips(bsn)).isEqualTo(1);
        mvc.perform(get("/inburgeraars/" + id + "/duo").with(nl.openinburgering.UiTestGebruikers.consulentDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "Inburgeringstermijn (van DUO, niet te wijzigen)")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                dagtekening.plusDays(1).toString())));
    }

    /** R10.3: the inbox is idempotent on the berichtId: ten deliveries of one notification, one processing. */
    @Test
    void r10_3_aNotificationRepeatedTenTimesIsStoredAndProcessedOnce() {
        String bsn = nieuweInburgeringsplichtige(LocalDate.now().minusDays(1));
        UUID berichtId = UUID.randomUUID();
        for (int i = 0; i < 10; i++) {
            assertThat(duo.notificeer(DALFSEN, bsn, "SS139", berichtId)).isEqualTo(201);
        }
        aanmelding(bsn);
        assertThat(inbox(bsn)).isEqualTo(1);
        assertThat(AlsGebruiker.consulentVanDalfsen(() -> uitwisseling.aanmeldingen(0, 500)).stream()
                        .filter(a -> a.bsn().equals(bsn)))
                .hasSize(1);
        assertThat(simulator.aantalVerzoeken("GET", "/personen/" + bsn + "/inburgeringsplicht"))
                .isEqualTo(1);
    }

    /** R10.3: DUO down (503), failing (500) or slow: the PIP waits in the outbox and arrives exactly once. */
    @Test
    void r10_3_aPipFixedWhileDuoIsDownFailingOrSlowArrivesExactlyOnceAfterRecovery() throws Exception {
        for (SimulatorStoring.Stand storingsstand : new SimulatorStoring.Stand[] {
            SimulatorStoring.Stand.ONBEREIKBAAR, SimulatorStoring.Stand.FOUT, SimulatorStoring.Stand.TRAAG
        }) {
            String bsn = TestBsn.nieuw();
            LocalDate start = LocalDate.now().minusMonths(2);
            simulator.persoon(new SimulatorOpslag.Persoon(bsn, "0148", "Asielstatushouder", start, start, null, null));
            storing.vertraging(Duration.ofMillis(1500));
            storing.zet(storingsstand);
            Testdossier.in(mvc)
                    .bsn(bsn)
                    .plichtVanaf(start)
                    .persoon()
                    .metPipMetAfspraken(Leerroute.B1_ROUTE)
                    .vastgesteld(start.plusDays(10));
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> simulator.aantalVerzoeken("POST", "/personen/" + bsn + "/PIP") >= 2);
            if (storingsstand != SimulatorStoring.Stand.TRAAG) {
                assertThat(simulator.aantalPips(bsn)).isZero();
            }
            storing.zet(SimulatorStoring.Stand.NORMAAL);
            await().atMost(Duration.ofSeconds(20))
                    .until(() ->
                            AlsGebruiker.consulentVanDalfsen(() -> uitwisseling.uitgaand("M2M", "VERZONDEN", 0, 500))
                                    .stream()
                                    .anyMatch(b -> b.pad().contains(bsn)));
            Thread.sleep(1000);
            assertThat(simulator.aantalPips(bsn)).as(storingsstand.name()).isEqualTo(1);
        }
    }

    @Autowired
    nl.openinburgering.duo.internal.DuoContract contract;

    @org.springframework.boot.test.web.server.LocalServerPort
    int poort;

    private java.util.Map.Entry<Integer, java.util.Map<String, String>> post(
            java.util.Map<String, String> kop, String inhoud) {
        return org.springframework.web.client.RestClient.create()
                .post()
                .uri("http://localhost:" + poort + "/duo-m2m/v1/notificaties")
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .headers(h -> kop.forEach(h::set))
                .body(inhoud)
                .exchange((v, a) -> {
                    java.util.Map<String, String> koppen = new java.util.HashMap<>();
                    a.getHeaders().forEach((n, w) -> koppen.put(n, String.join(",", w)));
                    org.assertj.core.api.Assertions.assertThat(a.getBody().readAllBytes())
                            .isEmpty();
                    return java.util.Map.entry(a.getStatusCode().value(), koppen);
                });
    }

    /** R10.1, R10.3: every answer of the Notificatie endpoint conforms to DUO's Notificatie API (status, headers, no body). */
    @Test
    void r10_2_theNotificatieEndpointAnswersExactlyAsDuosSpecificationDefines() {
        String bsn = nieuweInburgeringsplichtige(LocalDate.now());
        String geldig = "{\"registratieDatumTijd\":\"2026-03-01T10:00:00Z\",\"bsn\":\"" + bsn
                + "\",\"gebeurtenisId\":\"SS101\"}";
        java.util.Map<String, String> kop = java.util.Map.of(
                "bron",
                "00000099000000000001",
                "doel",
                DALFSEN.waarde(),
                "berichtId",
                UUID.randomUUID().toString());
        var gelukt = post(kop, geldig);
        assertThat(gelukt.getKey()).isEqualTo(201);
        assertThat(contract.antwoord("Notificatie", "POST", "/notificaties", 201, gelukt.getValue(), null))
                .isEmpty();
        assertThat(gelukt.getValue()).containsEntry("api-version", "1.8.0");

        var ongeldig = post(kop, "{\"bsn\":\"12\",\"gebeurtenisId\":\"SS101\"}");
        assertThat(ongeldig.getKey()).isEqualTo(400);
        assertThat(contract.antwoord("Notificatie", "POST", "/notificaties", 400, ongeldig.getValue(), null))
                .isEmpty();

        var zonderKop = post(java.util.Map.of("bron", "00000099000000000001"), geldig);
        assertThat(zonderKop.getKey()).isEqualTo(400);

        var nietVanDuo = post(
                java.util.Map.of(
                        "bron",
                        "00000001001234560180",
                        "doel",
                        DALFSEN.waarde(),
                        "berichtId",
                        UUID.randomUUID().toString()),
                geldig);
        assertThat(nietVanDuo.getKey()).isEqualTo(403);
        assertThat(contract.antwoord("Notificatie", "POST", "/notificaties", 403, nietVanDuo.getValue(), null))
                .isEmpty();

        var onbekendeGemeente = post(
                java.util.Map.of(
                        "bron",
                        "00000099000000000001",
                        "doel",
                        "00000001009999999999",
                        "berichtId",
                        UUID.randomUUID().toString()),
                geldig);
        assertThat(onbekendeGemeente.getKey()).isEqualTo(403);
    }

    /**
     * R10.3, found by the fuzzing of issue 19: a header value the firewall refuses (a control character) and a body
     * that cannot be processed are DUO's 400 (API-Version, no body), never a 500, and nothing is stored.
     */
    @Test
    void r10_3_anUnprocessableNotificationIsDuos400AndStoresNothing() throws Exception {
        String bsn = TestBsn.nieuw();
        String geldig = "{\"registratieDatumTijd\":\"2026-03-01T10:00:00Z\",\"bsn\":\"" + bsn
                + "\",\"gebeurtenisId\":\"SS101\"}";
        java.util.List<java.util.Map.Entry<String, String>> gevallen = java.util.List.of(
                java.util.Map.entry("\u0007\u0008", geldig),
                java.util.Map.entry("\uFFFF\uFFFE", geldig),
                java.util.Map.entry(
                        "00000099000000000001",
                        "{\"registratieDatumTijd\":\"2026-03-01T10:00:00\",\"bsn\":\"" + bsn
                                + "\",\"gebeurtenisId\":\"SS101\"}"),
                java.util.Map.entry("00000099000000000001", "{\"bsn\":\"" + bsn + "\"}"),
                java.util.Map.entry("00000099000000000001", "[".repeat(20_000) + "]".repeat(20_000)));
        for (var geval : gevallen) {
            var antwoord = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                    "/duo-m2m/v1/notificaties")
                            .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                            .header("bron", geval.getKey())
                            .header("doel", DALFSEN.waarde())
                            .header("berichtId", UUID.randomUUID().toString())
                            .content(geval.getValue()))
                    .andReturn()
                    .getResponse();
            assertThat(antwoord.getStatus())
                    .as(geval.getValue()
                            .substring(0, Math.min(40, geval.getValue().length())))
                    .isEqualTo(400);
            assertThat(antwoord.getHeader("API-Version")).isEqualTo("1.8.0");
            assertThat(antwoord.getContentAsByteArray()).isEmpty();
        }
        assertThat(inbox(bsn)).isZero();
    }
}
