package nl.openinburgering.pip;

/** The minimum language level of the PIP (R4.2). */
public enum Niveau {
    A2,
    B1
}
