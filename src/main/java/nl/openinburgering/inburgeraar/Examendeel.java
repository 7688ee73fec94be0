package nl.openinburgering.inburgeraar;

/**
 * R1.7 and R1.9: the exam parts a partial vrijstelling or ontheffing covers, with DUO's codes: the four skills
 * Lezen, Luisteren, Schrijven, Spreken and KNM. The same codes as the leerroute's exam parts (R4.1).
 */
public enum Examendeel {
    LE,
    LU,
    SC,
    SP,
    KNM;

    public boolean taalvaardigheid() {
        return this != KNM;
    }
}
