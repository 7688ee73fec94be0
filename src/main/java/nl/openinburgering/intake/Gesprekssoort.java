package nl.openinburgering.intake;

/** R12.6 kennismakingsgesprek after the koppeling, R2.1 the interview of the brede intake. */
public enum Gesprekssoort {
    KENNISMAKINGSGESPREK,
    INTAKEGESPREK
}
