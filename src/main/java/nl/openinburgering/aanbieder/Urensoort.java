package nl.openinburgering.aanbieder;

/**
 * The kinds of hours a provider reports, as DUO's GevolgdeUren API counts them (R4.7). Brede-intake hours are
 * kept apart (R2.10): they do not count toward afschalen, but do count toward Z-route participation (R4.5).
 */
public enum Urensoort {
    TAALLES_KNM,
    PARTICIPATIE,
    TAALLES_KNM_BREDE_INTAKE,
    PARTICIPATIE_BREDE_INTAKE,
    MAP_PRAKTIJK,
    MAP_THEMA,
    PVT
}
