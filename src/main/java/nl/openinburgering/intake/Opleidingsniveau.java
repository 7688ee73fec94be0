package nl.openinburgering.intake;

/** The highest education completed, as far as it matters for the route advice. */
public enum Opleidingsniveau {
    GEEN,
    BASIS,
    VO,
    MBO,
    HBO_WO;

    /** Enough prior education to continue in Dutch education (onderwijsroute): at least secondary school. */
    boolean geschiktVoorOnderwijsroute() {
        return this == VO || this == MBO || this == HBO_WO;
    }
}
