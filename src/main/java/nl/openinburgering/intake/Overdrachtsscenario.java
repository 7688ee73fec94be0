package nl.openinburgering.intake;

/** R12.5: the three VNG/Divosa scenarios of the warme overdracht. */
public enum Overdrachtsscenario {
    SNELLE_START,
    GECOMBINEERDE_AANPAK,
    START_NA_VERHUIZING
}
