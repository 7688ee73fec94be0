package nl.openinburgering.inburgeraar;

/**
 * R1.11: why a person's file is closed, after DUO's reasons that end an inburgeringsplicht
 * ({@code RedenGeenInburgeringsplicht}) plus a move to another gemeente (R3.12), which ends the file here but not
 * the plicht.
 */
public enum Afsluitreden {
    PLICHT_VOLDAAN,
    AOW_LEEFTIJD,
    VERHUISD,
    OVERLEDEN,
    VRIJSTELLING,
    ONTHEFFING,
    VERTROKKEN_UIT_NEDERLAND;

    /**
     * R3.12: a person who moved is counted by the new gemeente; the closed file here is not counted in any report,
     * so nobody is counted twice nationally. Every other reason keeps the person in the cohort they belong to.
     */
    public boolean telMeeInRapportages() {
        return this != VERHUISD;
    }
}
