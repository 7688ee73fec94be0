package nl.openinburgering.intake;

/** R2.4: the result values of the leerbaarheidstoets as DUO reports them. */
public enum LbtResultaat {
    B1_ROUTE_HAALBAAR,
    B1_ROUTE_NIET_HAALBAAR,
    ONBEKEND
}
