package nl.openinburgering.portaal;

/** Who wrote a message: the person in the portal, or the gemeente (the consulent's answer). */
public enum Richting {
    VAN_INBURGERAAR,
    VAN_GEMEENTE
}
