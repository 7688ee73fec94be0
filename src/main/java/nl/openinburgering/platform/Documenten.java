package nl.openinburgering.platform;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.stereotype.Component;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;

/**
 * Turns a well-formed (X)HTML document into an archivable PDF: PDF/A-2u, tagged for screen readers (PDF/UA),
 * with DejaVu Sans embedded (PDF/A allows no font that is not in the file) and an sRGB output intent. The
 * colour profile is the JDK's own sRGB profile, so no ICC file needs to be shipped. PDF/A-2 rather than -3:
 * a letter never needs embedded files, and archives prefer -2.
 */
@Component
public class Documenten {

    static final PdfAConformance CONFORMITEIT = PdfAConformance.PDFA_2_U;
    static final String LETTERTYPE = "DejaVu Sans";

    private final byte[] kleurprofiel =
            ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    /**
     * @param xhtml a complete document with {@code <html lang>} and a {@code <title>} (PDF/UA needs both);
     *              every element closed, images as {@code data:} URIs (nothing is fetched)
     */
    public byte[] pdfA(String xhtml) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder bouwer = new PdfRendererBuilder();
            bouwer.useFastMode();
            bouwer.usePdfAConformance(CONFORMITEIT);
            bouwer.usePdfUaAccessibility(true);
            bouwer.useColorProfile(kleurprofiel);
            bouwer.useFont(() -> lettertype("DejaVuSans.ttf"), LETTERTYPE, 400, FontStyle.NORMAL, true);
            bouwer.useFont(() -> lettertype("DejaVuSans-Bold.ttf"), LETTERTYPE, 700, FontStyle.NORMAL, true);
            bouwer.withProducer("Open Inburgering");
            bouwer.withHtmlContent(xhtml, null);
            bouwer.toStream(pdf);
            bouwer.run();
        } catch (IOException fout) {
            throw new UncheckedIOException("De PDF kon niet worden gemaakt", fout);
        }
        return pdf.toByteArray();
    }

    private static InputStream lettertype(String bestand) {
        InputStream stroom = Documenten.class.getResourceAsStream("/fonts/" + bestand);
        if (stroom == null) {
            throw new IllegalStateException("Lettertype ontbreekt: /fonts/" + bestand);
        }
        return stroom;
    }
}
