package nl.openinburgering.inburgeraar;

import java.time.LocalDate;
import java.util.UUID;

/** One file found by the quick search: enough to recognise the person, no BSN. */
public record Zoekresultaat(UUID id, String voornamen, String geslachtsnaam, LocalDate geboortedatum) {

    public String volledigeNaam() {
        return voornamen + " " + geslachtsnaam;
    }

    @Override
    public String toString() {
        return "Zoekresultaat[id=" + id + ", ***]";
    }
}
