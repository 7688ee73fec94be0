package nl.openinburgering.portaal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18 point 4: every text of the portal exists in Dutch, English and Arabic. The portal's keys
 * ({@code portaal.*}) and the shell keys its pages and the login use must be in all three bundles, non-empty;
 * a key added in one language only fails this test.
 */
class PortaalSleutelsTests {

    static final Set<String> SCHIL = Set.of(
            "app.naam",
            "taal",
            "richting",
            "layout.naarInhoud",
            "layout.ingelogdAls",
            "layout.uitloggen",
            "layout.hoofdnavigatie",
            "layout.menu",
            "layout.kruimelpad",
            "nav.start",
            "login.titel",
            "login.gebruikersnaam",
            "login.wachtwoord",
            "login.knop",
            "login.onjuist",
            "formulier.foutsamenvatting",
            "formulier.fout",
            "rol.INBURGERAAR");

    static Properties bundel(String naam) throws IOException {
        Properties p = new Properties();
        try (InputStream in = PortaalSleutelsTests.class.getResourceAsStream("/" + naam)) {
            assertThat(in).as(naam).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    static Set<String> portaalsleutels(Properties p) {
        Set<String> sleutels = new TreeSet<>();
        for (String s : p.stringPropertyNames()) {
            if (s.startsWith("portaal.") || s.startsWith("fout.document.") || s.equals("fout.email.ongeldig")) {
                sleutels.add(s);
            }
        }
        return sleutels;
    }

    @Test
    void everyPortalKeyExistsInDutchEnglishAndArabic() throws IOException {
        Properties nl = bundel("messages.properties");
        Properties en = bundel("messages_en.properties");
        Properties ar = bundel("messages_ar.properties");
        Set<String> alle = new TreeSet<>(portaalsleutels(nl));
        alle.addAll(portaalsleutels(en));
        alle.addAll(portaalsleutels(ar));
        alle.addAll(SCHIL);
        assertThat(alle).hasSizeGreaterThan(100);
        for (Properties bundel : new Properties[] {nl, en, ar}) {
            String taal = bundel.getProperty("taal");
            for (String sleutel : alle) {
                assertThat(bundel.getProperty(sleutel))
                        .as(taal + ": " + sleutel)
                        .isNotBlank();
            }
        }
    }

    @Test
    void arabicIsRightToLeftAndTheOthersLeftToRight() throws IOException {
        assertThat(bundel("messages_ar.properties").getProperty("richting")).isEqualTo("rtl");
        assertThat(bundel("messages.properties").getProperty("richting")).isEqualTo("ltr");
        assertThat(bundel("messages_en.properties").getProperty("richting")).isEqualTo("ltr");
    }

    @Test
    void theArabicTextsAreArabicNotCopiedDutch() throws IOException {
        Properties nl = bundel("messages.properties");
        Properties ar = bundel("messages_ar.properties");
        for (String sleutel : portaalsleutels(ar)) {
            String tekst = ar.getProperty(sleutel);
            boolean arabisch =
                    tekst.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
            assertThat(arabisch || tekst.equals("Open") || tekst.matches("[\\p{Punct}\\s{}0-9A-Z]*"))
                    .as("ar: " + sleutel + " = " + tekst + " (nl: " + nl.getProperty(sleutel) + ")")
                    .isTrue();
        }
    }
}
