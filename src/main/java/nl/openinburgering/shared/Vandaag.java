package nl.openinburgering.shared;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Today as a Dutch date. Deadlines and "not in the future" checks are about days in the Netherlands, also on
 * a server that runs in UTC: between midnight and 01:00 or 02:00 Dutch time the UTC date is still yesterday.
 */
public final class Vandaag {

    public static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private Vandaag() {
    }

    public static LocalDate datum() {
        return LocalDate.now(NEDERLAND);
    }
}
