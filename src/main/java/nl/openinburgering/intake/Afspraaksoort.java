package nl.openinburgering.intake;

/** The intake appointments at which a person can fail to appear. */
public enum Afspraaksoort {
    KENNISMAKINGSGESPREK,
    INTAKEGESPREK,
    LEERBAARHEIDSTOETS
}
