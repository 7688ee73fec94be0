package nl.openinburgering.ontzorging.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/** Reads the months ({@code 2026-12}) and dates of forms and query parameters, with a Dutch message per field. */
final class Maanden {

    private Maanden() {}

    static @Nullable YearMonth maand(@Nullable String waarde, String veld) {
        try {
            return waarde == null || waarde.isBlank() ? null : YearMonth.parse(waarde.strip());
        } catch (DateTimeParseException onleesbaar) {
            throw new OngeldigeInvoer(
                    new Veldfout(veld, "maand.ongeldig", "Vul een maand in als jjjj-mm, zoals 2026-07."));
        }
    }

    static @Nullable LocalDate datum(@Nullable String waarde, String veld) {
        try {
            return waarde == null || waarde.isBlank() ? null : LocalDate.parse(waarde.strip());
        } catch (DateTimeParseException onleesbaar) {
            throw new OngeldigeInvoer(new Veldfout(veld, "datum.ongeldig", "Vul een geldige datum in."));
        }
    }
}
