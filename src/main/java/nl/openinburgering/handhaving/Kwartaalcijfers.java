package nl.openinburgering.handhaving;

import java.math.BigDecimal;

/** The quarter's counts of enforcement for the report: aggregates, no personal data. */
public record Kwartaalcijfers(
        int jaar,
        int kwartaal,
        int waarschuwingen,
        int voornemens,
        int boetes,
        BigDecimal bedrag,
        int matigingen,
        int besluitenGeenBoete) {}
