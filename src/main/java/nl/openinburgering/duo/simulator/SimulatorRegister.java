package nl.openinburgering.duo.simulator;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.inburgeraar.InburgeraarFeiten;
import nl.openinburgering.inburgeraar.Inburgeringstermijn;
import nl.openinburgering.shared.Gemeentecode;

/**
 * The simulated DUO's register of inburgeringsplichtigen, the only piece of the simulator another module may use
 * (named interface {@code duo :: simulator}, for the demo module): real DUO knows every inburgeringsplichtige, so
 * the demo registers its fictitious people here before it fixes their PIPs (R10.3), and DUO accepts those PIPs
 * instead of refusing them as unknown (404). A person DUO already knows keeps DUO's own state: DUO's register is
 * the source (a registration never overwrites it). Exists only with {@code openinburgering.duo.simulator.aan}.
 */
@Component
@NamedInterface("simulator")
@ConditionalOnProperty(name = "openinburgering.duo.simulator.aan", havingValue = "true")
public class SimulatorRegister {

    private final SimulatorOpslag opslag;

    SimulatorRegister(SimulatorOpslag opslag) {
        this.opslag = opslag;
    }

    /**
     * DUO knows this person as an inburgeringsplichtige living in {@code gemeente}: plicht and kennisgeving from
     * the start of the plicht, the term when the file has one (otherwise DUO starts it at the first PIP, SS102).
     *
     * @return false when DUO knew the person already (nothing changed)
     */
    public boolean kent(Gemeentecode gemeente, InburgeraarFeiten persoon) {
        String bsn = persoon.bsn().waarde();
        if (opslag.persoon(bsn).isPresent()) {
            return false;
        }
        opslag.persoon(new SimulatorOpslag.Persoon(
                bsn,
                gemeente.waarde(),
                persoon.doelgroep() == Doelgroep.ASIELSTATUSHOUDER
                        ? "Asielstatushouder"
                        : "Gezinsmigrant en overige migrant",
                persoon.datumStartInburgeringsplicht(),
                persoon.datumStartInburgeringsplicht(),
                persoon.inburgeringstermijn()
                        .map(Inburgeringstermijn::startdatum)
                        .orElse(null),
                persoon.inburgeringstermijn()
                        .map(Inburgeringstermijn::einddatum)
                        .orElse(null)));
        return true;
    }
}
