package nl.openinburgering.leerroute;

/** R4.1: the five exam parts, with DUO's codes: Lezen, Luisteren, Schrijven, Spreken and KNM. */
public enum Examenonderdeel {
    LE("Lezen"),
    LU("Luisteren"),
    SC("Schrijven"),
    SP("Spreken"),
    KNM("Kennis van de Nederlandse Maatschappij");

    private final String omschrijving;

    Examenonderdeel(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }

    /** KNM is one exam without a language level; the four skills are taken at a level. */
    public boolean heeftNiveau() {
        return this != KNM;
    }
}
