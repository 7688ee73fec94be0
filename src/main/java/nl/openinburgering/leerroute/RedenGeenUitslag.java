package nl.openinburgering.leerroute;

/** R4.1: why an attempt has no result; whether it was the person's fault matters for handhaving. */
public enum RedenGeenUitslag {
    VERWIJTBAAR,
    NIET_VERWIJTBAAR,
    AFGEMELD,
    ABSENT
}
