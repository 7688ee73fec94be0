package nl.openinburgering.shared;

/** The gemeente's judgement whether exceeding the termijn for PVT or MAP is culpable (R5.5, R6.5, R9.11). */
public enum Verwijtbaar {
    JA,
    NEE
}
