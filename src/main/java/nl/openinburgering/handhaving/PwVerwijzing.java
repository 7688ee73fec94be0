package nl.openinburgering.handhaving;

import java.time.LocalDate;
import java.util.UUID;

/**
 * R9.4, R7.4: a breach of a Participatiewet obligation in the PIP (or refusing the machtiging for financieel
 * ontzorgen) is referred to the inkomensconsulent for afstemming under art. 18 Pw, with the facts; it is a task
 * for that consulent, not a Wi2021 fine.
 */
public record PwVerwijzing(
        UUID id,
        UUID inburgeraarId,
        PipAfspraak afspraak,
        String feiten,
        LocalDate datum,
        String verwezenDoor,
        boolean opgepakt) {}
