package nl.openinburgering.pvt;

/** What a group meets for: the PVT programme, or MAP theme sessions (R6.2). */
public enum Programma {
    PVT,
    MAP
}
