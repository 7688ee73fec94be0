package nl.openinburgering.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Today as a Dutch date. Deadlines and "not in the future" checks are about days in the Netherlands, also on
 * a server that runs in UTC: between midnight and 01:00 or 02:00 Dutch time the UTC date is still yesterday.
 * The clock is the application's {@link Clock} bean, injected where today is needed.
 */
public final class Vandaag {

    public static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private Vandaag() {}

    /** Today in the Netherlands by the given clock, whatever zone the clock itself is in. */
    public static LocalDate datum(Clock klok) {
        return LocalDate.ofInstant(klok.instant(), NEDERLAND);
    }

    /**
     * Today by the system clock, only for tests that compute expected dates from the real day. Production code
     * takes {@link #datum(Clock)} with the injected clock; {@code KlokTests} fails on a call from
     * {@code src/main/java}.
     */
    public static LocalDate datum() {
        return LocalDate.now(NEDERLAND);
    }
}
