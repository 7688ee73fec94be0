package nl.openinburgering.begroting;

/**
 * The components of the budget realisation and the budget each is paid from (D6). The SPUK pays the leerroutes, PVT,
 * MAP, participation, the maatschappelijke begeleiding and the interpreters; the uitvoeringsbudget (gemeentefonds)
 * pays the execution, of which the begroting counts the administration of the ontzorging. The payments of the
 * ontzorging themselves are the person's own money (withheld from the bijstand) and no cost of the gemeente.
 */
public enum Kostencomponent {
    LEERROUTE(Budgetbron.SPUK),
    PVT(Budgetbron.SPUK),
    MAP(Budgetbron.SPUK),
    PARTICIPATIE(Budgetbron.SPUK),
    BEGELEIDING(Budgetbron.SPUK),
    TOLKEN(Budgetbron.SPUK),
    ONTZORGING(Budgetbron.UITVOERINGSBUDGET);

    /** Where the money comes from. */
    public enum Budgetbron {
        SPUK,
        UITVOERINGSBUDGET
    }

    private final Budgetbron bron;

    Kostencomponent(Budgetbron bron) {
        this.bron = bron;
    }

    public Budgetbron bron() {
        return bron;
    }
}
