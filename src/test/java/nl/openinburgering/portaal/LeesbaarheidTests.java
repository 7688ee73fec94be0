package nl.openinburgering.portaal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: the Dutch portal texts are plain language (taalniveau B1). A small measure, not a full B1 check:
 * the average sentence length in words, the longest sentence, and the share of long words (more than 12
 * letters: long Dutch compounds are the main B1 obstacle). Thresholds after the common B1 guidance (sentences
 * of at most 15 words on average, few long words). The numbers are printed for the closing note.
 */
class LeesbaarheidTests {

    static final double MAXIMUM_GEMIDDELDE_ZINSLENGTE = 10.0;
    static final int MAXIMUM_ZINSLENGTE = 20;
    static final double MAXIMUM_AANDEEL_LANGE_WOORDEN = 0.06;

    record Meting(int zinnen, int woorden, int langeWoorden, int langsteZin) {
        double gemiddeldeZinslengte() {
            return (double) woorden / zinnen;
        }

        double aandeelLangeWoorden() {
            return (double) langeWoorden / woorden;
        }
    }

    /** The texts the inburgeraar reads: the portal's keys of the person's own pages, without the staff pages. */
    static List<String> teksten() throws IOException {
        Properties nl = PortaalSleutelsTests.bundel("messages.properties");
        List<String> teksten = new ArrayList<>();
        for (String sleutel : PortaalSleutelsTests.portaalsleutels(nl)) {
            if (!sleutel.startsWith("portaal.dossier.") && !sleutel.startsWith("portaal.meldingen.")) {
                teksten.add(nl.getProperty(sleutel).replaceAll("\\{\\d}", "X"));
            }
        }
        return teksten;
    }

    static Meting meet(List<String> teksten) {
        int zinnen = 0;
        int woorden = 0;
        int lang = 0;
        int langste = 0;
        for (String tekst : teksten) {
            for (String zin : tekst.split("[.?!:]+\\s*")) {
                String[] w = zin.strip().split("[\\s,()]+");
                int aantal = (int)
                        java.util.Arrays.stream(w).filter(x -> !x.isBlank()).count();
                if (aantal == 0) {
                    continue;
                }
                zinnen++;
                woorden += aantal;
                langste = Math.max(langste, aantal);
                lang += (int) java.util.Arrays.stream(w)
                        .filter(x -> x.replaceAll("[^\\p{L}]", "").length() > 12)
                        .count();
            }
        }
        return new Meting(zinnen, woorden, lang, langste);
    }

    @Test
    void theDutchPortalTextsHaveShortSentencesAndFewLongWords() throws IOException {
        Meting meting = meet(teksten());
        System.out.printf(
                "Leesbaarheid portaal (nl): %d zinnen, %d woorden, gemiddeld %.1f woorden per zin, langste zin %d woorden, %.1f%% lange woorden (>12 letters)%n",
                meting.zinnen(),
                meting.woorden(),
                meting.gemiddeldeZinslengte(),
                meting.langsteZin(),
                100 * meting.aandeelLangeWoorden());
        assertThat(meting.zinnen()).isGreaterThan(100);
        assertThat(meting.gemiddeldeZinslengte()).isLessThanOrEqualTo(MAXIMUM_GEMIDDELDE_ZINSLENGTE);
        assertThat(meting.langsteZin()).isLessThanOrEqualTo(MAXIMUM_ZINSLENGTE);
        assertThat(meting.aandeelLangeWoorden()).isLessThanOrEqualTo(MAXIMUM_AANDEEL_LANGE_WOORDEN);
    }

    @Test
    void theMeasureCatchesALongSentenceWithLongWords() {
        Meting meting = meet(
                List.of(
                        "Indien de inburgeringsplichtige de verplichtingen uit het Plan Inburgering en Participatie niet nakomt,"
                                + " kan het college een bestuurlijke boete opleggen overeenkomstig de beleidsregels handhaving."));
        assertThat(meting.gemiddeldeZinslengte()).isGreaterThan(MAXIMUM_GEMIDDELDE_ZINSLENGTE);
        assertThat(meting.aandeelLangeWoorden()).isGreaterThan(MAXIMUM_AANDEEL_LANGE_WOORDEN);
    }
}
