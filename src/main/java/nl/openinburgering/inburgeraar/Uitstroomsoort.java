package nl.openinburgering.inburgeraar;

/** D10: the kind of outflow the half-year report to the raad counts: to work (employed or self-employed) or study. */
public enum Uitstroomsoort {
    WERK("Werk in loondienst"),
    EIGEN_ONDERNEMING("Eigen onderneming"),
    STUDIE("Studie of opleiding");

    private final String omschrijving;

    Uitstroomsoort(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }

    /** Work in either form: the raad asks for "werk of studie", the report splits work from study. */
    public boolean isWerk() {
        return this != STUDIE;
    }
}
