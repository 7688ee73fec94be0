package nl.openinburgering.aanbieder;

/** What a provider offers: language courses (taal, incl. KNM), MAP, PVT or participation. */
public enum Aanbiedersoort {
    TAAL,
    MAP,
    PVT,
    PARTICIPATIE
}
