package nl.openinburgering.werkvoorraad;

/**
 * How soon a signal needs action, from the days left until its last day: overdue, within 7 days, within 30
 * days, later. The UI shows it as text and icon as well as colour.
 */
public enum Urgentie {
    TE_LAAT,
    BINNEN_7_DAGEN,
    BINNEN_30_DAGEN,
    LATER;

    /** {@code dagenResterend} is 0 on the last day itself: that is not late yet. */
    public static Urgentie van(long dagenResterend) {
        if (dagenResterend < 0) {
            return TE_LAAT;
        }
        if (dagenResterend < 7) {
            return BINNEN_7_DAGEN;
        }
        if (dagenResterend < 30) {
            return BINNEN_30_DAGEN;
        }
        return LATER;
    }
}
