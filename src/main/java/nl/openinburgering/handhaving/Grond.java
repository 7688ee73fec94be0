package nl.openinburgering.handhaving;

/** The legal ground of a handhavingszaak. */
public enum Grond {
    /** R9.1: not appearing at, or not cooperating with, the brede intake (art. 22 Wi2021): a fixed €250. */
    INTAKE("R9.1", "Niet meewerken aan de brede intake"),
    /** R9.2: not complying with an obligation of the PIP (art. 23 Wi2021): at most €800. */
    PIP("R9.2", "Niet nakomen van een afspraak uit het PIP");

    private final String regel;
    private final String omschrijving;

    Grond(String regel, String omschrijving) {
        this.regel = regel;
        this.omschrijving = omschrijving;
    }

    public String regel() {
        return regel;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
