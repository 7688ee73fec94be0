package nl.openinburgering.begeleiding.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.begeleiding.Onderwerp;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/** Reads the loose text of a form into the domain's types; unreadable text is a finding on its field. */
final class Invoer {

    private Invoer() {}

    static @Nullable LocalDate datum(@Nullable String waarde, String veld) {
        try {
            return waarde == null || waarde.isBlank() ? null : LocalDate.parse(waarde.strip());
        } catch (DateTimeParseException onleesbaar) {
            throw new OngeldigeInvoer(new Veldfout(veld, "datum.ongeldig", "Vul een geldige datum in."));
        }
    }

    static @Nullable BigDecimal getal(@Nullable String waarde, String veld) {
        try {
            return waarde == null || waarde.isBlank()
                    ? null
                    : new BigDecimal(waarde.strip().replace(',', '.'));
        } catch (NumberFormatException onleesbaar) {
            throw new OngeldigeInvoer(new Veldfout(veld, "getal.ongeldig", "Vul een getal in, zoals 1,5."));
        }
    }

    static @Nullable Onderwerp onderwerp(@Nullable String waarde) {
        try {
            return waarde == null || waarde.isBlank() ? null : Onderwerp.valueOf(waarde.strip());
        } catch (IllegalArgumentException onbekend) {
            return null;
        }
    }

    static @Nullable UUID uuid(@Nullable String waarde) {
        try {
            return waarde == null || waarde.isBlank() ? null : UUID.fromString(waarde.strip());
        } catch (IllegalArgumentException onleesbaar) {
            return null;
        }
    }

    static boolean leeg(@Nullable String waarde) {
        return waarde == null || waarde.isBlank();
    }
}
