package nl.openinburgering.begeleiding;

/**
 * The subject of a contact moment: the basic provisions the law names for the maatschappelijke begeleiding
 * (wonen, zorg, werk, inkomen, verzekeringen, onderwijs; seed chapter 8), family reunification, and the rest.
 */
public enum Onderwerp {
    HUISVESTING("Huisvesting"),
    INKOMEN("Inkomen"),
    ZORG("Zorg"),
    WERK("Werk"),
    ONDERWIJS("Onderwijs"),
    VERZEKERINGEN("Verzekeringen"),
    GEZINSHERENIGING("Gezinshereniging"),
    OVERIG("Overig");

    private final String omschrijving;

    Onderwerp(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
