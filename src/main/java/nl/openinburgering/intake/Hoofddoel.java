package nl.openinburgering.intake;

/** R2.2: the main goal of the GGM model. */
public enum Hoofddoel {
    WERK,
    ONDERWIJS,
    PARTICIPATIE
}
