package nl.openinburgering.shared;

/**
 * The three learning routes (R4.1, R4.3, R4.4): the one type for the legal noun, shared by the intake that
 * advises and chooses it, the PIP that fixes it and the modules that follow it.
 */
public enum Leerroute {
    B1_ROUTE,
    ONDERWIJSROUTE,
    Z_ROUTE
}
