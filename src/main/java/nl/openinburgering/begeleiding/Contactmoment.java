package nl.openinburgering.begeleiding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** A contact moment of the begeleider with the person: when, about what, how long, and the help given. */
public record Contactmoment(
        UUID id,
        UUID trajectId,
        LocalDate datum,
        Onderwerp onderwerp,
        BigDecimal uren,
        String notitie,
        Optional<String> praktischeHulp,
        String vastgelegdDoor) {

    @Override
    public String toString() {
        return "Contactmoment[id=" + id + ", " + datum + ", " + onderwerp + ", ***]";
    }
}
