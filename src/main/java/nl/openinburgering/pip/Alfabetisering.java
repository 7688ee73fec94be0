package nl.openinburgering.pip;

/** R3.3 / R4.6: DUO's {@code indicatorAlfabetiseringsonderwijs} (A, AA, NVT). */
public enum Alfabetisering {
    ANALFABEET,
    ANDERS_GEALFABETISEERD,
    NVT
}
