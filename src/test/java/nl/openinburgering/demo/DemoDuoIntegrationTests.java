package nl.openinburgering.demo;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import nl.openinburgering.AlsGebruiker;
import nl.openinburgering.duo.simulator.SimulatorOpslag;
import nl.openinburgering.duo.simulator.SimulatorRegister;
import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.pip.PipBeheer;
import nl.openinburgering.pip.PipStand;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.shared.Gemeentecode;
import nl.openinburgering.shared.Vandaag;
import nl.openinburgering.werkvoorraad.Signaalsoort;
import nl.openinburgering.werkvoorraad.WerkvoorraadBeheer;
import nl.openinburgering.werkvoorraad.Werkvoorraadfilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo as a normal day at DUO (R10.3): the demo files' PIPs go over real HTTP to the DUO simulator, which
 * knows the demo people (the demo registers them first, as real DUO knows every inburgeringsplichtige), so every
 * PIP is accepted and the Dalfsen worklists show no refusal by DUO.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "openinburgering.demo.dossiers=true",
            "openinburgering.duo.simulator.aan=true",
            "openinburgering.duo.interval=300ms",
            "openinburgering.duo.eerste-herhaling=300ms",
            "openinburgering.duo.langste-herhaling=1s"
        })
class DemoDuoIntegrationTests {

    static final Gemeentecode DALFSEN = new Gemeentecode("0148");

    @Autowired
    PipBeheer pips;

    @Autowired
    InburgeraarBeheer inburgeraars;

    @Autowired
    SimulatorOpslag simulator;

    @Autowired
    SimulatorRegister register;

    @Autowired
    WerkvoorraadBeheer werkvoorraad;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactie;

    private long meldingen(Gemeentecode gemeente, String status) {
        return Tenant.alsGemeente(
                gemeente,
                () -> transactie.execute(
                        s -> jdbc.sql("select count(*) from duo_uitgaand where kanaal = 'M2M' and status = ?")
                                .param(status)
                                .query(Long.class)
                                .single()));
    }

    @Test
    void r10_3_theDemoPipsOfDalfsenAreAcceptedByTheSimulatedDuoAndNoRefusalSignalShows() {
        List<PipStand> stand = AlsGebruiker.consulentVanDalfsen(pips::stand);
        assertThat(stand).hasSize(12);

        await().atMost(Duration.ofSeconds(60))
                .until(() -> meldingen(DALFSEN, "WACHT") == 0 && meldingen(DALFSEN, "VERZONDEN") >= 12);

        assertThat(meldingen(DALFSEN, "GEWEIGERD")).isZero();
        for (PipStand pip : stand) {
            String bsn = AlsGebruiker.consulentVanDalfsen(() -> inburgeraars.feiten(pip.inburgeraarId()))
                    .bsn()
                    .waarde();
            assertThat(simulator.persoon(bsn)).isPresent();
            assertThat(simulator.aantalPips(bsn)).as("PIP's bij DUO").isEqualTo(1);
        }
        assertThat(AlsGebruiker.consulentVanDalfsen(() -> werkvoorraad.werkvoorraad(
                                new Werkvoorraadfilter(
                                        Optional.of(Signaalsoort.DUO_WEIGERING),
                                        Optional.empty(),
                                        Optional.empty(),
                                        null,
                                        1,
                                        100),
                                Vandaag.datum()))
                        .regels())
                .isEmpty();
    }

    @Test
    void r10_3_zwartewaterlandWithM2mHasNoRefusedDemoMeldingEither() {
        Gemeentecode zwartewaterland = new Gemeentecode("1896");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> meldingen(zwartewaterland, "WACHT") == 0 && meldingen(zwartewaterland, "VERZONDEN") > 0);

        assertThat(meldingen(zwartewaterland, "GEWEIGERD")).isZero();
    }

    @Test
    void r10_3_aPersonDuoKnowsAlreadyKeepsDuosOwnStateAndAnUnknownBsnStaysUnknown() {
        UUID id = AlsGebruiker.consulentVanDalfsen(pips::stand).getFirst().inburgeraarId();
        var feiten = AlsGebruiker.consulentVanDalfsen(() -> inburgeraars.feiten(id));

        assertThat(register.kent(DALFSEN, feiten)).isFalse();
        assertThat(simulator.persoon(nl.openinburgering.TestBsn.nieuw())).isEmpty();
    }
}
