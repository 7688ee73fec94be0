package nl.openinburgering.handhaving;

/**
 * The agreement of the current PIP that was breached. Two are Participatiewet obligations (R9.4, R7.4): their
 * breach is referred to the inkomensconsulent for afstemming under art. 18 Pw, never fined under the Wi2021.
 */
public enum PipAfspraak {
    LEERROUTE("De leerroute volgen (taalles en KNM)", false),
    PVT("Het participatieverklaringstraject volgen", false),
    MAP("De Module Arbeidsmarkt en Participatie volgen", false),
    VOORTGANGSGESPREKKEN("Naar de voortgangsgesprekken komen", false),
    BEGELEIDING("Meewerken aan de begeleiding en ondersteuning", false),
    PARTICIPATIEWET("Een verplichting uit de Participatiewet in het PIP", true),
    MACHTIGING_ONTZORGEN("De machtiging voor financieel ontzorgen afgeven", true);

    private final String omschrijving;
    private final boolean participatiewet;

    PipAfspraak(String omschrijving, boolean participatiewet) {
        this.omschrijving = omschrijving;
        this.participatiewet = participatiewet;
    }

    public String omschrijving() {
        return omschrijving;
    }

    /** R9.4, R7.4: a Participatiewet obligation; its breach goes to the inkomensconsulent. */
    public boolean participatiewet() {
        return participatiewet;
    }
}
