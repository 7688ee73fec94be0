package nl.openinburgering.handhaving;

import java.util.UUID;

import nl.openinburgering.shared.Gemeentecode;

/**
 * A letter of a handhavingszaak went out (the written warning, the voornemen, the boetebeschikking or the decision
 * not to fine), published after the step was stored. Carries ids only, no personal data: module portaal tells the
 * person that there is something new to read, without saying what.
 */
public record HandhavingsbriefVerstuurd(UUID zaakId, UUID inburgeraarId, Gemeentecode gemeente, Brief brief) {

    /** The letters of a case that reach the person. */
    public enum Brief {
        WAARSCHUWING,
        VOORNEMEN,
        BOETEBESCHIKKING,
        GEEN_BOETE
    }

    /** One id per letter of a case, so a notification about it is sent at most once. */
    public UUID briefId() {
        return UUID.nameUUIDFromBytes((zaakId + ":" + brief).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
