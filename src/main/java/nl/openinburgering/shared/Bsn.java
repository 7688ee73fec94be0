package nl.openinburgering.shared;

import org.jspecify.annotations.Nullable;

/**
 * Burgerservicenummer: nine digits that pass the elfproef.
 *
 * <p>The elfproef weighs the digits 9..2 and the last digit -1; the sum must be a multiple of 11 and not 0.
 * Deliberately no {@code toString()} with the number: a BSN must never end up in a log line by accident.
 */
public record Bsn(String waarde) {

    public Bsn {
        if (waarde == null || !waarde.matches("\\d{9}")) {
            throw new OngeldigeBsn("bsn.formaat", "Een BSN bestaat uit precies 9 cijfers.");
        }
        if (!voldoetAanElfproef(waarde)) {
            throw new OngeldigeBsn("bsn.elfproef", "Dit BSN voldoet niet aan de elfproef. Controleer het nummer.");
        }
    }

    public static Bsn van(@Nullable String waarde) {
        if (waarde == null) {
            throw new OngeldigeBsn("bsn.formaat", "Een BSN bestaat uit precies 9 cijfers.");
        }
        return new Bsn(waarde.strip());
    }

    public static boolean voldoetAanElfproef(String negenCijfers) {
        int som = 0;
        for (int i = 0; i < 8; i++) {
            som += (9 - i) * (negenCijfers.charAt(i) - '0');
        }
        som -= negenCijfers.charAt(8) - '0';
        return som != 0 && som % 11 == 0;
    }

    /**
     * The number with all but its last three digits hidden ({@code ******708}): enough to recognise a file on
     * screen, without showing the whole number to everyone who looks over a shoulder.
     */
    public String gemaskeerd() {
        return "*".repeat(6) + waarde.substring(6);
    }

    @Override
    public String toString() {
        return "Bsn[***]";
    }

    /** Raised when a text is not a valid BSN, with the code {@code bsn.formaat} or {@code bsn.elfproef}. */
    public static final class OngeldigeBsn extends OngeldigeInvoer {
        OngeldigeBsn(String code, String melding) {
            super(new Veldfout("bsn", code, melding));
        }
    }
}
