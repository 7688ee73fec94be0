package nl.openinburgering.duo;

import java.util.List;

import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/**
 * R10.1: an Organisatie-identificatienummer from Logius' OIN register, 20 digits; the {@code bron} and {@code doel}
 * headers of every Digikoppeling message carry one.
 */
public record Oin(String waarde) {

    public Oin {
        if (waarde == null || !waarde.matches("[0-9]{20}")) {
            throw new OngeldigeInvoer(List.of(new Veldfout(
                    "oin",
                    "oin.ongeldig",
                    "Een OIN bestaat uit precies 20 cijfers (zie het OIN-register van Logius).")));
        }
    }

    @Override
    public String toString() {
        return waarde;
    }
}
