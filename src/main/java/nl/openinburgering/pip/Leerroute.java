package nl.openinburgering.pip;

/** The three learning routes (R4.1, R4.3, R4.4). */
public enum Leerroute {
    B1_ROUTE, ONDERWIJSROUTE, Z_ROUTE
}
