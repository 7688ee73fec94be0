package nl.openinburgering.handhaving;

import java.time.LocalDate;
import java.util.UUID;

/** A step of a case that waits for the consulent or the teamleider, for the worklist; ids only. */
public record WachtendeStap(UUID inburgeraarId, UUID zaakId, Soort soort, LocalDate uiterlijkeDatum, String regel) {

    public enum Soort {
        /** The warning's term passed (or passes): the voornemen or a decision not to fine is next. */
        WAARSCHUWINGSTERMIJN,
        /** The zienswijze term passed (or passes): propose the decision. */
        ZIENSWIJZETERMIJN,
        /** A zienswijze came in or a fine was proposed: the decision is due. */
        BESLUIT,
        /** A Participatiewet referral waits for the inkomensconsulent (R9.4). */
        PW_VERWIJZING
    }
}
