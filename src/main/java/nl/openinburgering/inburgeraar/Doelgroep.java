package nl.openinburgering.inburgeraar;

/**
 * The two legal target groups (R1.5): the law and DUO know only these; DUO's finer "gedetailleerde
 * doelgroep" is for monitoring.
 */
public enum Doelgroep {
    ASIELSTATUSHOUDER("Asielstatushouder"),
    GEZINSMIGRANT_OF_OVERIGE_MIGRANT("Gezinsmigrant of overige migrant");

    private final String omschrijving;

    Doelgroep(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
