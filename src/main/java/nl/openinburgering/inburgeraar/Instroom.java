package nl.openinburgering.inburgeraar;

/**
 * The number of inburgeringsplichtigen of the gemeente whose plicht started in a year, per doelgroep: an aggregate,
 * no person (for the definitive SPUK settlement, D6).
 */
public record Instroom(int jaar, Doelgroep doelgroep, long aantal) {}
