package nl.openinburgering.shared;

/**
 * R6.2: the eight themes of the MAP (Module Arbeidsmarkt en Participatie). A shared value type because MAP
 * theme sessions are planned with the other group meetings (module {@code pvt}) and agreed per person in
 * module {@code map}.
 */
public enum MapThema {
    BEROEPENORIENTATIE("Beroepenoriëntatie"),
    WERKNEMERSCOMPETENTIES("Werknemerscompetenties"),
    REALISTISCH_BEROEPSBEELD("Realistisch beroepsbeeld"),
    BEROEPSKANSEN("Beroepskansen"),
    BEROEPSCOMPETENTIES_VERWERVEN("Beroepscompetenties verwerven"),
    NETWERK_OPBOUWEN("Netwerk opbouwen"),
    WERK_VINDEN("Werk vinden"),
    WERKCULTUUR("Werkcultuur");

    private final String naam;

    MapThema(String naam) {
        this.naam = naam;
    }

    public String naam() {
        return naam;
    }
}
