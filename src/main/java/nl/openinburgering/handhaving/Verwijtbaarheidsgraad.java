package nl.openinburgering.handhaving;

/** D1: the degree of culpability that scales a PIP fine; the percentages are the gemeente's policy settings. */
public enum Verwijtbaarheidsgraad {
    VERMINDERD("Verminderde verwijtbaarheid"),
    NORMAAL("Normale verwijtbaarheid"),
    GROVE_SCHULD("Grove schuld"),
    OPZET("Opzet");

    private final String omschrijving;

    Verwijtbaarheidsgraad(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
