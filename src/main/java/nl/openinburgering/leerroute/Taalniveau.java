package nl.openinburgering.leerroute;

/**
 * A level of the Common European Framework as the leerroute uses it: exams are taken at A2, B1 or B2 (R4.1;
 * A1 is the Z-route's target, R4.4, and a provider may estimate it in a progress report).
 */
public enum Taalniveau {
    A1,
    A2,
    B1,
    B2
}
