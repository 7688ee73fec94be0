package nl.openinburgering.duo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

import nl.openinburgering.OpenInburgeringApplication;
import nl.openinburgering.TestBsn;
import nl.openinburgering.Testdossier;
import nl.openinburgering.duo.simulator.SimulatorOpslag;
import nl.openinburgering.duo.simulator.SimulatorStoring;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.shared.Gemeentecode;
import nl.openinburgering.shared.Leerroute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * R10.3, the outbox across a restart: a PIP is fixed while DUO answers 503, so its melding is committed in the
 * outbox ({@code WACHT}) but not delivered; the application stops with it undelivered (its memory, scheduler and
 * the simulator's fault mode are gone); a fresh application on the same database directory, with DUO up, delivers
 * it, and DUO registers it exactly once. Not a SIGKILL of a separate JVM: the first context is closed, not
 * killed (see the report of branch duo3 for what that does and does not prove).
 */
class DuoOutboxHerstartTests {

    private static ConfigurableApplicationContext start(String map, boolean schoon) {
        // the embedded PostgreSQL keeps its data directory only when it is not "schoon" (a clean one is deleted on
        // stop)
        return new SpringApplicationBuilder(OpenInburgeringApplication.class)
                .run(
                        "--openinburgering.database.map=" + map,
                        "--openinburgering.database.schoon=" + schoon,
                        "--server.port=0",
                        "--openinburgering.duo.simulator.aan=true",
                        "--openinburgering.duo.interval=300ms",
                        "--openinburgering.duo.eerste-herhaling=300ms",
                        "--openinburgering.duo.langste-herhaling=1s",
                        "--openinburgering.duo.lees-timeout=1s");
    }

    private static long status(ConfigurableApplicationContext app, String bsn, String status) {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        TransactionTemplate transactie = app.getBean(TransactionTemplate.class);
        return Tenant.alsGemeente(
                new Gemeentecode("0148"),
                () -> transactie.execute(
                        s -> jdbc.sql("select count(*) from duo_uitgaand where pad like ? and status = ?")
                                .params("%" + bsn + "%", status)
                                .query(Long.class)
                                .single()));
    }

    @Test
    void r10_3_aMeldingCommittedButUndeliveredWhenTheAppStopsArrivesExactlyOnceAfterARestart() throws Exception {
        String map = "target/testdb/herstart-" + UUID.randomUUID();
        String bsn = TestBsn.nieuw();
        LocalDate start = LocalDate.now().minusMonths(2);

        // not "schoon" even the first time: the directory is new, and a clean one is deleted again when it stops
        try (ConfigurableApplicationContext eerste = start(map, false)) {
            SimulatorOpslag simulator = eerste.getBean(SimulatorOpslag.class);
            simulator.persoon(new SimulatorOpslag.Persoon(bsn, "0148", "Asielstatushouder", start, start, null, null));
            eerste.getBean(SimulatorStoring.class).zet(SimulatorStoring.Stand.ONBEREIKBAAR);
            MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) eerste)
                    .apply(springSecurity())
                    .build();
            Testdossier.in(mvc)
                    .bsn(bsn)
                    .plichtVanaf(start)
                    .persoon()
                    .metPipMetAfspraken(Leerroute.B1_ROUTE)
                    .vastgesteld(start.plusDays(10));
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> simulator.aantalVerzoeken("POST", "/personen/" + bsn + "/PIP") >= 1);

            assertThat(status(eerste, bsn, "WACHT")).isEqualTo(1);
            assertThat(simulator.aantalPips(bsn)).isZero();
        }

        try (ConfigurableApplicationContext tweede = start(map, false)) {
            SimulatorOpslag simulator = tweede.getBean(SimulatorOpslag.class);
            assertThat(simulator.aantalPips(bsn)).isZero();

            await().atMost(Duration.ofSeconds(30)).until(() -> status(tweede, bsn, "VERZONDEN") == 1);
            Thread.sleep(1500);

            assertThat(simulator.aantalPips(bsn)).isEqualTo(1);
            assertThat(status(tweede, bsn, "WACHT")).isZero();
            assertThat(status(tweede, bsn, "VERZONDEN")).isEqualTo(1);
        }
    }
}
