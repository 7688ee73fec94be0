package nl.openinburgering.begeleiding;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import nl.openinburgering.inburgeraar.Adres;

/**
 * What a begeleider sees of one person in guidance, and nothing more: the name, the address to visit, the BSN
 * masked, the traject and its contact moments. No exam results, fines, PIP or leerroute.
 */
public record Begeleiding(
        Begeleidingstraject traject,
        String naam,
        String bsnGemaskeerd,
        Optional<Adres> adres,
        List<Contactmoment> contactmomenten) {

    /** R8.3: the hours of all contact moments, which count as participation hours in the Z-route. */
    public BigDecimal uren() {
        return contactmomenten.stream().map(Contactmoment::uren).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Override
    public String toString() {
        return "Begeleiding[traject=" + traject.id() + ", ***]";
    }
}
