package nl.openinburgering.duo.simulator;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import nl.openinburgering.duo.Oin;

/**
 * DUO answers a melding now and notifies later: after a PIP that starts the term, the simulator sends SS102
 * ("Inburgeringstermijn gestart") to the gemeente that sent it, a moment after its answer.
 */
@Component
class SimulatorMeldingen {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatorMeldingen.class);

    private final ObjectProvider<DuoSimulator> simulator;

    SimulatorMeldingen(ObjectProvider<DuoSimulator> simulator) {
        this.simulator = simulator;
    }

    void later(String gemeenteOin, String bsn, String gebeurtenis) {
        Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(Duration.ofMillis(300));
                simulator.getObject().notificeer(new Oin(gemeenteOin), bsn, gebeurtenis);
            } catch (InterruptedException | RuntimeException fout) {
                LOG.warn("Simulator kon {} niet sturen: {}", gebeurtenis, fout.toString());
            }
        });
    }
}
