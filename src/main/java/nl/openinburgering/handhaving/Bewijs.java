package nl.openinburgering.handhaving;

import java.time.LocalDate;

/**
 * Evidence linked to a case by the id of its source: a provider's absent hour line ({@code URENREGEL}, the line's
 * id) or a missed intake appointment ({@code NIET_VERSCHENEN}, its volgnummer). The description is copied from
 * the source when linked, never typed by the consulent. Excused evidence (ill, with notice, a valid reason)
 * never carries a case on its own.
 */
public record Bewijs(Soort soort, String verwijzing, LocalDate datum, String omschrijving, boolean verschoonbaar) {

    public enum Soort {
        URENREGEL,
        NIET_VERSCHENEN
    }
}
