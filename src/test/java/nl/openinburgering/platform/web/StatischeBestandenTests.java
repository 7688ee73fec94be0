package nl.openinburgering.platform.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The style sheets and scripts were sent uncompressed with {@code no-store} on every click.
 * Now every page links to a fingerprinted URL (its content hash in the name), which the server sends compressed
 * and cacheable for a year; the HTML pages themselves are still never stored. Through the real server (a random
 * port), because compression happens in Tomcat, not in MockMvc. Failed before the fix: the links had no hash and
 * the answer said {@code no-store} without {@code Content-Encoding}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class StatischeBestandenTests {

    private static final Pattern BRON = Pattern.compile("(?:href|src)=\"(/(?:css|js|vendor)/[^\"]+)\"");

    @LocalServerPort
    int poort;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theStaticFilesAreFingerprintedCompressedAndCachedForAYearWhileThePageIsNeverStored() throws Exception {
        HttpResponse<String> pagina = haal("/login", "identity", HttpResponse.BodyHandlers.ofString());
        assertThat(pagina.statusCode()).isEqualTo(200);
        assertThat(pagina.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(waarde -> assertThat(waarde).contains("no-store"));

        List<String> bronnen =
                BRON.matcher(pagina.body()).results().map(m -> m.group(1)).toList();
        assertThat(bronnen)
                .as("the page links its style sheets and scripts")
                .hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(pad -> assertThat(pad)
                        .as("fingerprinted: the content hash is in the name")
                        .matches(".*-[0-9a-f]{32}\\.(css|js)"));

        for (String pad : bronnen) {
            HttpResponse<byte[]> bestand = haal(pad, "gzip", HttpResponse.BodyHandlers.ofByteArray());
            assertThat(bestand.statusCode()).as(pad).isEqualTo(200);
            assertThat(bestand.headers().firstValue("Cache-Control"))
                    .as(pad)
                    .hasValueSatisfying(waarde -> assertThat(waarde)
                            .contains("max-age=31536000")
                            .contains("immutable")
                            .doesNotContain("no-store")
                            .doesNotContain("no-cache"));
            assertThat(bestand.headers().allValues("Pragma")).as(pad).isEmpty();
            if (bestand.body().length > 2048 || groot(pad)) {
                assertThat(bestand.headers().firstValue("Content-Encoding"))
                        .as(pad + " compressed")
                        .hasValue("gzip");
            }
        }
    }

    @Test
    void theBigStyleSheetArrivesCompressed() throws Exception {
        HttpResponse<String> pagina = haal("/login", "identity", HttpResponse.BodyHandlers.ofString());
        Matcher css = Pattern.compile("href=\"(/vendor/utrecht-component-library-css/index-[0-9a-f]{32}\\.css)\"")
                .matcher(pagina.body());
        assertThat(css.find())
                .as("the link to the fingerprinted component library")
                .isTrue();
        HttpResponse<byte[]> ongecomprimeerd = haal(css.group(1), "identity", HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> gecomprimeerd = haal(css.group(1), "gzip", HttpResponse.BodyHandlers.ofByteArray());
        assertThat(gecomprimeerd.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gecomprimeerd.body().length).isLessThan(ongecomprimeerd.body().length / 4);
    }

    private static boolean groot(String pad) {
        return pad.contains("/vendor/");
    }

    private <T> HttpResponse<T> haal(String pad, String codering, HttpResponse.BodyHandler<T> lezer) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad))
                        .header("Accept-Encoding", codering)
                        .GET()
                        .build(),
                lezer);
    }
}
