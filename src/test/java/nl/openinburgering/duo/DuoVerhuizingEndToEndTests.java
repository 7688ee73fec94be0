package nl.openinburgering.duo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

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
import nl.openinburgering.pip.Herkomst;
import nl.openinburgering.pip.Niveau;
import nl.openinburgering.pip.VerhuizingBeheer;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.shared.Gemeentecode;
import nl.openinburgering.shared.Leerroute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * R3.12 through DUO (issue 14): a person moves from Zwartewaterland (which sent DUO its PIP) to Dalfsen; DUO
 * notifies Dalfsen with SS121, and the previous gemeente's PIP (leerroute, niveau, dagtekening) and the start of
 * the term come from DUO's PIP and Inburgeringstermijn APIs over real HTTP into the file, marked as DUO's.
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
class DuoVerhuizingEndToEndTests {

    static final Oin DALFSEN = new Oin("00000001001234560148");
    static final String ZWARTEWATERLAND_OIN = "00000001001234561896";

    @Autowired
    MockMvc mvc;

    @Autowired
    DuoSimulator duo;

    @Autowired
    SimulatorOpslag simulator;

    @Autowired
    DuoBeheer uitwisseling;

    @Autowired
    VerhuizingBeheer verhuizingen;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactie;

    /** DUO's state after the move: lives in Dalfsen, plicht and term running, last PIP sent by Zwartewaterland. */
    private String verhuisdMetPip(LocalDate start, LocalDate dagtekening, String pip) {
        String bsn = TestBsn.nieuw();
        LocalDate termijnStart = dagtekening.plusDays(1);
        simulator.persoon(new SimulatorOpslag.Persoon(
                bsn, "0148", "Asielstatushouder", start, start, termijnStart, termijnStart.plusYears(3)));
        simulator.pip(UUID.randomUUID().toString(), bsn, ZWARTEWATERLAND_OIN, pip);
        return bsn;
    }

    private long verwerkt(String bsn) {
        return Tenant.alsGemeente(
                new Gemeentecode("0148"),
                () -> transactie.execute(
                        s -> jdbc.sql("select count(*) from duo_notificatie where bsn = ? and status = 'VERWERKT'")
                                .param(bsn)
                                .query(Long.class)
                                .single()));
    }

    private Optional<Herkomst> herkomst(UUID id) {
        return AlsGebruiker.consulentVanDalfsen(() -> verhuizingen.raadpleeg(id));
    }

    /** R3.12, R10.3: SS121 for a person without a file: registered by the consulent, the herkomst comes from DUO. */
    @Test
    void r3_12_ss121ForANewPersonTakesThePreviousGemeentesPipAndTermOverFromDuoOnRegistration() {
        LocalDate start = LocalDate.now().minusMonths(8);
        LocalDate dagtekening = start.plusMonths(2);
        String bsn =
                verhuisdMetPip(start, dagtekening, "{\"dagtekeningPip\":\"" + dagtekening + "\",\"leerroute\":\"Z\"}");

        assertThat(duo.notificeer(DALFSEN, bsn, "SS121")).isEqualTo(201);
        Aanmelding aanmelding = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> AlsGebruiker.consulentVanDalfsen(() -> uitwisseling.aanmeldingen(0, 500)).stream()
                                .filter(a -> a.bsn().equals(bsn))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
        assertThat(aanmelding.gebeurtenis()).isEqualTo(Gebeurtenis.SS121);
        UUID id = AlsGebruiker.consulentVanDalfsen(() -> uitwisseling
                .registreer(aanmelding.berichtId(), "Amal", "Haddad", LocalDate.of(1990, 6, 1))
                .id());

        assertThat(herkomst(id)).hasValueSatisfying(h -> {
            assertThat(h.vorigeGemeentecode()).isEqualTo("1896");
            assertThat(h.leerroute()).isEqualTo(Leerroute.Z_ROUTE);
            assertThat(h.niveau()).isNull();
            assertThat(h.dagtekeningEerstePip()).isEqualTo(dagtekening);
            assertThat(h.dagtekeningHuidigePip()).isEqualTo(dagtekening);
        });
        assertThat(AlsGebruiker.consulentVanDalfsen(() -> verhuizingen.vanDuo(id)))
                .isTrue();
        assertThat(AlsGebruiker.consulentVanDalfsen(() -> uitwisseling.raadpleeg(id))
                        .gegevens()
                        .get("PIP"))
                .contains("\"gemeentecode\":\"1896\"");
    }

    /**
     * R3.12, R10.3: SS121 for a person who has a file here: the notification itself takes the herkomst over (the
     * term from the first PIP's dagtekening, the day before DUO's startdatum); a second SS121 changes nothing.
     */
    @Test
    void r3_12_ss121ForAFileTakesTheHerkomstOverAndARepeatChangesNothingTwice() throws Exception {
        LocalDate start = LocalDate.now().minusMonths(10);
        LocalDate eerste = start.plusMonths(1);
        LocalDate huidige = start.plusMonths(5);
        String bsn = verhuisdMetPip(
                start, eerste, "{\"dagtekeningPip\":\"" + huidige + "\",\"leerroute\":\"B\",\"niveau\":\"A2\"}");
        UUID id = UUID.fromString(
                Testdossier.in(mvc).bsn(bsn).plichtVanaf(start).persoon().id());

        assertThat(duo.notificeer(DALFSEN, bsn, "SS121")).isEqualTo(201);
        await().atMost(Duration.ofSeconds(20)).until(() -> herkomst(id).isPresent());
        Herkomst eerder = herkomst(id).orElseThrow();
        assertThat(eerder.vorigeGemeentecode()).isEqualTo("1896");
        assertThat(eerder.leerroute()).isEqualTo(Leerroute.B1_ROUTE);
        assertThat(eerder.niveau()).isEqualTo(Niveau.A2);
        assertThat(eerder.dagtekeningEerstePip()).isEqualTo(eerste);
        assertThat(eerder.dagtekeningHuidigePip()).isEqualTo(huidige);

        int pipVragen = simulator.aantalVerzoeken("GET", "/personen/" + bsn + "/PIP");
        assertThat(duo.notificeer(DALFSEN, bsn, "SS121")).isEqualTo(201);
        await().atMost(Duration.ofSeconds(20)).until(() -> verwerkt(bsn) == 2);

        assertThat(herkomst(id)).contains(eerder);
        assertThat(simulator.aantalVerzoeken("GET", "/personen/" + bsn + "/PIP"))
                .isEqualTo(pipVragen + 1);
        assertThat(jdbcHerkomsten(id)).isEqualTo(1);
    }

    /** R3.12: SS120 (moved in without a PIP): DUO has no PIP, so there is no herkomst to take over. */
    @Test
    void r3_12_ss120WithoutAPipAtDuoLeavesTheFileWithoutHerkomst() throws Exception {
        LocalDate start = LocalDate.now().minusMonths(3);
        String bsn = TestBsn.nieuw();
        simulator.persoon(new SimulatorOpslag.Persoon(bsn, "0148", "Asielstatushouder", start, start, null, null));
        UUID id = UUID.fromString(
                Testdossier.in(mvc).bsn(bsn).plichtVanaf(start).persoon().id());

        assertThat(duo.notificeer(DALFSEN, bsn, "SS120")).isEqualTo(201);
        await().atMost(Duration.ofSeconds(20)).until(() -> verwerkt(bsn) == 1);

        assertThat(herkomst(id)).isEmpty();
    }

    private long jdbcHerkomsten(UUID id) {
        return Tenant.alsGemeente(
                new Gemeentecode("0148"),
                () -> transactie.execute(
                        s -> jdbc.sql("select count(*) from pip_herkomst where inburgeraar_id = ? and bron = 'DUO'")
                                .param(id)
                                .query(Long.class)
                                .single()));
    }
}
