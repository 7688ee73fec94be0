package nl.openinburgering.inburgeraar.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/**
 * Raw form input of the file's screens turned into the domain's types; an empty field stays null, so the domain
 * gives its own message for it, and unreadable input is refused on its field.
 */
final class Formulierinvoer {

    private Formulierinvoer() {}

    static @Nullable LocalDate datum(String veld, @Nullable String waarde) {
        try {
            return waarde == null || waarde.isBlank() ? null : LocalDate.parse(waarde.strip());
        } catch (DateTimeParseException onleesbaar) {
            throw new OngeldigeInvoer(new Veldfout(veld, "datum.ongeldig", "Vul een geldige datum in."));
        }
    }

    static <E extends Enum<E>> @Nullable E keuze(Class<E> soort, String veld, @Nullable String waarde) {
        if (waarde == null || waarde.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(soort, waarde.strip());
        } catch (IllegalArgumentException onbekend) {
            throw new OngeldigeInvoer(new Veldfout(veld, "keuze.ongeldig", "Kies een van de mogelijkheden."));
        }
    }

    static String datumtekst(LocalDate datum) {
        return datum.format(java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy"));
    }
}
