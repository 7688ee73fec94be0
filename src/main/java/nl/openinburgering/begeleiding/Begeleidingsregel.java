package nl.openinburgering.begeleiding;

import java.time.LocalDate;
import java.util.UUID;

/** One line of the begeleider's list "Mijn begeleidingen": the person's name and the traject's period. */
public record Begeleidingsregel(
        UUID trajectId, String naam, LocalDate startdatum, LocalDate einddatum, boolean afgesloten) {

    @Override
    public String toString() {
        return "Begeleidingsregel[traject=" + trajectId + ", ***]";
    }
}
