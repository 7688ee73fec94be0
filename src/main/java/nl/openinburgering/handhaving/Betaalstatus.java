package nl.openinburgering.handhaving;

/** The payment state of an imposed fine (R9.5: offsetting against bijstand only where the verordening allows). */
public enum Betaalstatus {
    OPEN,
    BETAALD,
    BETALINGSREGELING,
    VERREKEND
}
