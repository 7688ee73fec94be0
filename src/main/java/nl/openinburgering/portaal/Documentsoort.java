package nl.openinburgering.portaal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file the portal accepts, recognised by their first bytes (the "magic number") and their file
 * name: a file renamed to {@code .pdf} is not a PDF, and the browser's content type is the sender's word only.
 */
public enum Documentsoort {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}, ".pdf"),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, ".jpg", ".jpeg"),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, ".png");

    private final String mediatype;
    private final byte[] begin;
    private final String[] extensies;

    Documentsoort(String mediatype, byte[] begin, String... extensies) {
        this.mediatype = mediatype;
        this.begin = begin;
        this.extensies = extensies;
    }

    public String mediatype() {
        return mediatype;
    }

    /** The kind whose first bytes and file name extension both match; empty for anything else. */
    public static Optional<Documentsoort> herken(String bestandsnaam, byte[] inhoud) {
        String naam = bestandsnaam.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(soort -> Arrays.stream(soort.extensies).anyMatch(naam::endsWith))
                .filter(soort -> inhoud.length >= soort.begin.length
                        && Arrays.equals(inhoud, 0, soort.begin.length, soort.begin, 0, soort.begin.length))
                .findFirst();
    }

    public static Documentsoort vanMediatype(String mediatype) {
        return Arrays.stream(values())
                .filter(soort -> soort.mediatype.equals(mediatype))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Onbekende soort: " + mediatype));
    }
}
