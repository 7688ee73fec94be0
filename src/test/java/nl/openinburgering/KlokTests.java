package nl.openinburgering;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Production code takes the time from the injected {@link java.time.Clock} (the bean of
 * {@code platform.internal.KlokConfiguratie}), never from the system clock, so that a test can fix the day and
 * every "today" is the same Dutch day. A plain scan of {@code src/main/java}, as {@link NullMarkedTests}: a call
 * of {@code now()} of a {@code java.time} type whose argument is not the clock, a system clock, or
 * {@code Vandaag.datum()} without a clock fails here.
 */
class KlokTests {

    /** {@code X.now(...)} of every java.time type that has one; the argument is checked separately. */
    private static final Pattern NU = Pattern.compile(
            "\\b(LocalDate|LocalDateTime|LocalTime|Instant|OffsetDateTime|OffsetTime|ZonedDateTime|YearMonth|Year"
                    + "|MonthDay)\\.now\\(");

    /**
     * The clock is the only accepted argument: a field or parameter named {@code klok} (or {@code clock}), also in
     * another zone ({@code klok.withZone(NEDERLAND)}).
     */
    private static final Pattern KLOK = Pattern.compile("\\s*(this\\.)?(klok|clock)(\\.withZone\\([^()]*\\))?\\s*");

    private static final Pattern SYSTEEMKLOK = Pattern.compile(
            "\\bClock\\.(system|systemUTC|systemDefaultZone)\\(|\\bSystem\\.currentTimeMillis\\(|\\bnew Date\\(\\)"
                    + "|\\bVandaag\\.datum\\(\\s*\\)");

    /** Files that may read the system clock, each with its reason. Never add one without a reason. */
    static final Map<String, String> TOEGESTAAN = Map.of(
            "nl/openinburgering/platform/internal/KlokConfiguratie.java",
            "makes the one Clock bean of the application from the system clock",
            "nl/openinburgering/shared/Vandaag.java",
            "Vandaag.datum() without a clock is kept for tests that compute expected dates from the real day; "
                    + "production code may not call it (this test fails on any call in src/main/java)");

    @Test
    void productionCodeTakesTheTimeFromTheInjectedClock() throws IOException {
        List<String> statisch = new ArrayList<>();
        try (Stream<Path> paden = Files.walk(NullMarkedTests.BRONNEN)) {
            for (Path pad : paden.filter(p -> p.toString().endsWith(".java")).toList()) {
                String naam = NullMarkedTests.BRONNEN.relativize(pad).toString().replace('\\', '/');
                if (TOEGESTAAN.containsKey(naam)) {
                    continue;
                }
                List<String> regels = Files.readAllLines(pad);
                for (int i = 0; i < regels.size(); i++) {
                    String regel = regels.get(i);
                    Matcher nu = NU.matcher(regel);
                    while (nu.find()) {
                        if (!KLOK.matcher(argument(regel, nu.end())).matches()) {
                            statisch.add(naam + ":" + (i + 1) + ": " + regel.strip());
                        }
                    }
                    Matcher systeem = SYSTEEMKLOK.matcher(regel);
                    if (systeem.find()) {
                        statisch.add(naam + ":" + (i + 1) + ": " + systeem.group());
                    }
                }
            }
        }
        assertThat(statisch).as("""
                        Read the time from the injected java.time.Clock (constructor parameter "klok"; today as \
                        Vandaag.datum(klok)), not from the system clock. Found: %s""", statisch).isEmpty();
    }

    /** The text between the parenthesis that opens at {@code van} and the one that closes it. */
    private static String argument(String regel, int van) {
        int diepte = 1;
        for (int i = van; i < regel.length(); i++) {
            char teken = regel.charAt(i);
            if (teken == '(') {
                diepte++;
            } else if (teken == ')' && --diepte == 0) {
                return regel.substring(van, i);
            }
        }
        return regel.substring(van);
    }

    private static boolean statisch(String regel) {
        Matcher nu = NU.matcher(regel);
        return nu.find() && !KLOK.matcher(argument(regel, nu.end())).matches();
    }

    @Test
    void theScanRecognisesAStaticReadAndAcceptsTheClock() {
        assertThat(statisch("LocalDate vandaag = LocalDate.now();")).isTrue();
        assertThat(statisch("var t = Instant.now(ZoneId.of(\"UTC\")).plusSeconds(1);"))
                .isTrue();
        assertThat(statisch("YearMonth.now(Vandaag.NEDERLAND)")).isTrue();
        assertThat(statisch("LocalDateTime.now(this.klok)")).isFalse();
        assertThat(statisch("Year.now(klok).getValue()")).isFalse();
        assertThat(SYSTEEMKLOK.matcher("Clock.systemDefaultZone()").find()).isTrue();
        assertThat(SYSTEEMKLOK.matcher("Vandaag.datum()").find()).isTrue();
        assertThat(SYSTEEMKLOK.matcher("Vandaag.datum(klok)").find()).isFalse();
    }
}
