package nl.openinburgering.duo.simulator;

import java.time.Duration;

import org.springframework.stereotype.Component;

/**
 * How the simulated DUO misbehaves, for the fault tests: answering normally, unavailable (503, as DUO's gateway
 * during maintenance), failing (500) or slow (answering after a delay longer than the client's read timeout).
 */
@Component
public class SimulatorStoring {

    public enum Stand {
        NORMAAL,
        ONBEREIKBAAR,
        FOUT,
        TRAAG
    }

    private volatile Stand stand = Stand.NORMAAL;
    private volatile Duration vertraging = Duration.ofSeconds(8);

    public Stand stand() {
        return stand;
    }

    public void zet(Stand stand) {
        this.stand = stand;
    }

    public void vertraging(Duration vertraging) {
        this.vertraging = vertraging;
    }

    Duration vertraging() {
        return vertraging;
    }
}
