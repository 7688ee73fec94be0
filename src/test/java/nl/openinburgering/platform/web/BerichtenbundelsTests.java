package nl.openinburgering.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default bundle is the Dutch one; with {@code fallback-to-system-locale: false} a Dutch request finds
 * no {@code messages_nl} and falls back to it, so there is no second copy of the Dutch text to keep in step.
 */
class BerichtenbundelsTests {

    @Test
    void englishAndTheDutchDefaultBundleHaveTheSameKeys() throws IOException {
        assertThat(lees("/messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(
                        lees("/messages.properties").stringPropertyNames());
    }

    @Test
    void theDutchTextIsInTheDefaultBundleOnly() {
        assertThat(BerichtenbundelsTests.class.getResource("/messages_nl.properties"))
                .isNull();
    }

    @Test
    void eachBundleNamesItsOwnLanguageForTheLangAttribute() throws IOException {
        assertThat(lees("/messages.properties").getProperty("taal")).isEqualTo("nl");
        assertThat(lees("/messages_en.properties").getProperty("taal")).isEqualTo("en");
    }

    private static Properties lees(String bundel) throws IOException {
        try (InputStream in = BerichtenbundelsTests.class.getResourceAsStream(bundel)) {
            assertThat(in).as(bundel).isNotNull();
            Properties berichten = new Properties();
            berichten.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return berichten;
        }
    }
}
