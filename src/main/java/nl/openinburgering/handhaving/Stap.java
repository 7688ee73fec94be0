package nl.openinburgering.handhaving;

/** Where a handhavingszaak stands. The last three end the case. */
public enum Stap {
    /** Opened: the conversation to find the reason comes first. */
    GESPREK("Gesprek"),
    /** The conversation found no excuse: a written warning comes next. */
    GESPREK_GEVOERD("Waarschuwing versturen"),
    /** The written warning was sent; its term runs. */
    GEWAARSCHUWD("Waarschuwing verstuurd"),
    /** The voornemen tot boeteoplegging was sent; the term for a zienswijze runs. */
    VOORNEMEN("Voornemen verstuurd"),
    /** The zienswijze was recorded; a proposal for the decision comes next. */
    ZIENSWIJZE("Zienswijze ontvangen"),
    /** A boetebeschikking was proposed; another person fixes it. */
    VOORGESTELD("Boete voorgesteld"),
    BOETE_OPGELEGD("Boete opgelegd"),
    GEEN_BOETE("Besluit geen boete"),
    /** The absence was excused: the case ends without any measure. */
    VERSCHOOND("Verschoonbaar, afgesloten");

    private final String omschrijving;

    Stap(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }

    public boolean open() {
        return this != BOETE_OPGELEGD && this != GEEN_BOETE && this != VERSCHOOND;
    }
}
