package nl.openinburgering.rapportage;

import org.jspecify.annotations.Nullable;

/**
 * Small-cell suppression for every aggregate that leaves the gemeente (issue 17 point 6, R10.8, ADR 0014): a
 * count of 1 to 9 persons is not shown (0 is: it reveals no one). Against the difference attack a figure over
 * several gemeenten is also suppressed when, minus the viewer's own figure of the same moment, it leaves 1 to 9
 * persons of the others (complementary suppression): national minus own must not reveal another gemeente's
 * small cohort. Sums and averages over a suppressed group of persons are suppressed with it.
 */
public final class Kleinecellen {

    /** Cells under this many persons are suppressed. */
    public static final int DREMPEL = 10;

    private Kleinecellen() {}

    /** A count of 1 to 9: too small to show. */
    public static boolean klein(long aantal) {
        return aantal > 0 && aantal < DREMPEL;
    }

    /** The count to show of a figure that leaves the gemeente, or null when suppressed (no viewer's own part). */
    public static @Nullable Long toonbaar(long aantal) {
        return klein(aantal) ? null : aantal;
    }

    /**
     * The count to show of a figure over several gemeenten to a viewer whose own part is {@code eigen}, or null when
     * the figure itself or the others' part ({@code totaal - eigen}) is 1 to 9 persons.
     */
    public static @Nullable Long toonbaar(long totaal, long eigen) {
        return klein(totaal) || klein(totaal - eigen) ? null : totaal;
    }
}
