package nl.openinburgering.intake;

/**
 * The leerroute the intake advises and the consulent chooses. The values are those of the PIP's leerroute,
 * so that the PIP editor can take the choice over by name.
 */
public enum Leerroute { B1_ROUTE, ONDERWIJSROUTE, Z_ROUTE }
