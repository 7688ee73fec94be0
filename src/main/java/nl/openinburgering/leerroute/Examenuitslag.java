package nl.openinburgering.leerroute;

/** R4.1: DUO's results of an exam attempt. {@code GEEN}: no result, with a {@link RedenGeenUitslag}. */
public enum Examenuitslag {
    GESLAAGD,
    GEZAKT,
    GEEN
}
