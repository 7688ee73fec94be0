package nl.openinburgering.intake;

/** R1.10: the gemeente's grounds to exempt a person from the leerbaarheidstoets. */
public enum LbtOntheffing {
    VISUELE_BEPERKING,
    AUDITIEVE_BEPERKING
}
