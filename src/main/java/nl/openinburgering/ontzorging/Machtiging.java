package nl.openinburgering.ontzorging;

/** R7.4: the person's authorisation to pay the fixed costs from the bijstand: not yet asked, signed or refused. */
public enum Machtiging {
    ONBEKEND,
    GETEKEND,
    GEWEIGERD
}
