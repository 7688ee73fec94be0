package nl.openinburgering.ontzorging;

/**
 * The kinds of fixed costs. R7.2: rent, energy (gas and electricity), water and the health-insurance premium are
 * the costs of the law; R7.7 (UNCONFIRMED, local policy): a gemeente may add items such as the gemeentelijke
 * belastingen or another fixed cost.
 */
public enum Kostensoort {
    HUUR(true),
    ENERGIE(true),
    WATER(true),
    ZORGVERZEKERING(true),
    GEMEENTELIJKE_BELASTINGEN(false),
    OVERIG(false);

    private final boolean wettelijk;

    Kostensoort(boolean wettelijk) {
        this.wettelijk = wettelijk;
    }

    /** R7.2: one of the fixed costs the law names; otherwise an extra item of the gemeente (R7.7). */
    public boolean wettelijk() {
        return wettelijk;
    }
}
