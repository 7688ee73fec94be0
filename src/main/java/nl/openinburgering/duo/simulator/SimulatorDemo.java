package nl.openinburgering.duo.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.openinburgering.duo.Oin;
import nl.openinburgering.duo.internal.DuoInstellingen;
import nl.openinburgering.shared.Gemeentecode;
import nl.openinburgering.shared.Vandaag;

/**
 * The demo's DUO: a little after start, DUO announces three new inburgeringsplichtigen (SS139) to the gemeente of
 * {@code openinburgering.duo.simulator.demo-gemeente} (Dalfsen in the demo), once: on a restart DUO knows them
 * already and sends nothing again. These persons live in DUO's (simulated) administration, not in the app.
 */
@Component
@ConditionalOnProperty(name = "openinburgering.duo.simulator.demo-gemeente")
class SimulatorDemo {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatorDemo.class);
    static final List<String> BSNS = List.of("999997002", "999997014", "999997026");

    private final SimulatorOpslag opslag;
    private final DuoSimulator simulator;
    private final DuoInstellingen instellingen;
    private final String gemeente;
    private final Clock klok;

    SimulatorDemo(
            SimulatorOpslag opslag,
            DuoSimulator simulator,
            DuoInstellingen instellingen,
            @Value("${openinburgering.duo.simulator.demo-gemeente}") String gemeente,
            Clock klok) {
        this.klok = klok;
        this.opslag = opslag;
        this.simulator = simulator;
        this.instellingen = instellingen;
        this.gemeente = new Gemeentecode(gemeente).waarde();
    }

    @EventListener(ApplicationReadyEvent.class)
    void kondigAan() {
        Oin oin = instellingen.van(gemeente).map(i -> i.oin()).orElse(null);
        if (oin == null || opslag.persoon(BSNS.getFirst()).isPresent()) {
            return;
        }
        LocalDate vandaag = Vandaag.datum(klok);
        String[] doelgroepen = {"Asielstatushouder", "Gezinsmigrant en overige migrant", "Asielstatushouder"};
        for (int i = 0; i < BSNS.size(); i++) {
            opslag.persoon(new SimulatorOpslag.Persoon(
                    BSNS.get(i),
                    gemeente,
                    doelgroepen[i],
                    vandaag.minusWeeks(3 + i),
                    vandaag.minusDays(i),
                    null,
                    null));
        }
        Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(Duration.ofSeconds(10));
                for (String bsn : BSNS) {
                    simulator.notificeer(oin, bsn, "SS139");
                }
            } catch (InterruptedException | RuntimeException fout) {
                LOG.warn("De demo-notificaties van DUO zijn niet verstuurd: {}", fout.toString());
            }
        });
    }
}
