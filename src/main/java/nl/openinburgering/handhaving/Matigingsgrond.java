package nl.openinburgering.handhaving;

/** R9.3: the grounds of art. 5:46(3) Awb to moderate a fine, the fixed €250 included. */
public enum Matigingsgrond {
    VERMINDERDE_VERWIJTBAARHEID("Verminderde verwijtbaarheid"),
    BEPERKTE_ERNST("Beperkte ernst van de overtreding"),
    DRAAGKRACHT("Beperkte draagkracht");

    private final String omschrijving;

    Matigingsgrond(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
