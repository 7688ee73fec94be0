package nl.openinburgering.portaal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18 point 4: every text of the portal exists in Dutch, English and Arabic. The portal's keys
 * ({@code portaal.*}) and the shell keys its pages and the login use must be in all three bundles, non-empty;
 * a key added in one language only fails this test. And one key holds one sentence, so a translator sees each
 * sentence on its own and a page puts sentences together from keys ({@code x}, {@code x.2}, {@code x.3}).
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

    /**
     * The end of a sentence: a full stop, question mark or exclamation mark (also the Arabic one) followed by
     * a space and the start of a new sentence (a capital, an Arabic letter or a placeholder). A full stop inside
     * a word ({@code inburgeraar1.dalfsen}) or before a small letter is not an end.
     */
    static final Pattern ZINSEINDE = Pattern.compile("[.?!\u061F]\\s+(?=[\\p{Lu}\\p{IsArabic}{])");

    /** Abbreviations whose full stop is no sentence end; none are needed today, so the list is empty. */
    static final Set<String> AFKORTINGEN = Set.of();

    static int zinnen(String tekst) {
        String zonder = tekst;
        for (String afkorting : AFKORTINGEN) {
            zonder = zonder.replace(afkorting, afkorting.replace(".", ""));
        }
        return (int) ZINSEINDE.matcher(zonder).results().count() + 1;
    }

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
    void everyPortalKeyHoldsExactlyOneSentenceInEveryLanguage() throws IOException {
        for (String naam : new String[] {"messages.properties", "messages_en.properties", "messages_ar.properties"}) {
            Properties bundel = bundel(naam);
            for (String sleutel : portaalsleutels(bundel)) {
                assertThat(zinnen(bundel.getProperty(sleutel)))
                        .as(naam + ": " + sleutel + " = " + bundel.getProperty(sleutel))
                        .isEqualTo(1);
            }
        }
    }

    @Test
    void theSentenceCounterSeesTwoSentencesButNotAnAccountNameOrAPlaceholder() {
        assertThat(zinnen("Dit is een demo. Log in als inburgeraar1.dalfsen.")).isEqualTo(2);
        assertThat(zinnen("Bent u het niet eens? Dan kunt u bezwaar maken.")).isEqualTo(2);
        assertThat(zinnen("Van {0} tot {1}. {2} is de plaats.")).isEqualTo(2);
        assertThat(zinnen("هل لديك سؤال؟ أرسل رسالة.")).isEqualTo(2);
        assertThat(zinnen("Log in als inburgeraar1.dalfsen met wachtwoord demo."))
                .isEqualTo(1);
        assertThat(zinnen("Het bestand is te groot: het mag niet groter zijn dan 5 MB."))
                .isEqualTo(1);
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
