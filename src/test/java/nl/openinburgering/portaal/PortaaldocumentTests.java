package nl.openinburgering.portaal;

import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.openinburgering.shared.Gemeentecode;
import nl.openinburgering.shared.OngeldigeInvoer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The upload check of the portal: PDF, JPEG or PNG by name and first bytes, not empty, at most 5 MB. */
class PortaaldocumentTests {

    static final Gemeentecode DALFSEN = new Gemeentecode("0148");
    static final byte[] PDF = "%PDF-1.7\n".getBytes();
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0};
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    static Portaaldocument ontvang(String naam, byte[] inhoud) {
        return Portaaldocument.ontvang(DALFSEN, UUID.randomUUID(), naam, inhoud, "Diploma", Instant.EPOCH);
    }

    static String code(Runnable actie) {
        try {
            actie.run();
            return "geaccepteerd";
        } catch (OngeldigeInvoer fout) {
            return fout.fouten().getFirst().code();
        }
    }

    @Test
    void acceptsAPdfAJpegAndAPngByNameAndFirstBytes() {
        assertThat(ontvang("a.pdf", PDF).soort()).isEqualTo(Documentsoort.PDF);
        assertThat(ontvang("a.JPG", JPEG).soort()).isEqualTo(Documentsoort.JPEG);
        assertThat(ontvang("a.jpeg", JPEG).soort()).isEqualTo(Documentsoort.JPEG);
        assertThat(ontvang("a.png", PNG).soort()).isEqualTo(Documentsoort.PNG);
    }

    @Test
    void refusesARenamedFileAMismatchedExtensionAnEmptyFileAndOneOverFiveMegabytes() {
        assertThat(code(() -> ontvang("virus.pdf", "MZ....".getBytes()))).isEqualTo("document.soort");
        assertThat(code(() -> ontvang("foto.png", JPEG))).isEqualTo("document.soort");
        assertThat(code(() -> ontvang("brief.docx", PDF))).isEqualTo("document.soort");
        assertThat(code(() -> ontvang("leeg.pdf", new byte[0]))).isEqualTo("document.leeg");
        byte[] precies = Arrays.copyOf(PDF, Portaaldocument.MAXIMUM_BYTES);
        assertThat(ontvang("precies.pdf", precies).grootte()).isEqualTo(Portaaldocument.MAXIMUM_BYTES);
        byte[] teGroot = Arrays.copyOf(PDF, Portaaldocument.MAXIMUM_BYTES + 1);
        assertThat(code(() -> ontvang("groot.pdf", teGroot))).isEqualTo("document.grootte");
    }

    /** A seeded loop over random content: only content that starts with a known header is ever accepted. */
    @Test
    void randomBytesAreNeverAcceptedUnlessTheyStartWithTheHeaderOfTheirKind() {
        Random toeval = new Random(18);
        for (int i = 0; i < 2000; i++) {
            byte[] inhoud = new byte[1 + toeval.nextInt(32)];
            toeval.nextBytes(inhoud);
            String naam = new String[] {"x.pdf", "x.jpg", "x.png", "x.gif"}[toeval.nextInt(4)];
            String uitkomst = code(() -> ontvang(naam, inhoud));
            boolean herkenbaar = Documentsoort.herken(naam, inhoud).isPresent();
            assertThat(uitkomst).isEqualTo(herkenbaar ? "geaccepteerd" : "document.soort");
        }
    }

    @Test
    void aDescriptionIsRequiredAndTheFileNameLosesItsPath() {
        assertThatThrownBy(() -> Portaaldocument.ontvang(DALFSEN, UUID.randomUUID(), "a.pdf", PDF, " ", Instant.EPOCH))
                .isInstanceOf(OngeldigeInvoer.class);
        assertThat(ontvang("../../etc/a.pdf", PDF).bestandsnaam()).doesNotContain("/");
    }
}
