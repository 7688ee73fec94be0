package nl.openinburgering.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class BerichtenbundelsTests {

    @Test
    void englishDutchAndDefaultBundlesHaveTheSameKeys() throws IOException {
        Properties standaard = lees("/messages.properties");
        assertThat(lees("/messages_nl.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(standaard.stringPropertyNames());
        assertThat(lees("/messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(standaard.stringPropertyNames());
    }

    @Test
    void eachBundleNamesItsOwnLanguageForTheLangAttribute() throws IOException {
        assertThat(lees("/messages.properties").getProperty("taal")).isEqualTo("nl");
        assertThat(lees("/messages_nl.properties").getProperty("taal")).isEqualTo("nl");
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
