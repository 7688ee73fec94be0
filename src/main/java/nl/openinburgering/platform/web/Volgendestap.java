package nl.openinburgering.platform.web;

import java.io.Serializable;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * After a save, the page tells the user what comes next ("Volgende stap: …" with a link) under the success
 * message, so the day flows from one screen to the next instead of the user working it out. The layout shows
 * the flash attribute {@value #ATTRIBUUT}.
 */
public final class Volgendestap {

    public static final String ATTRIBUUT = "volgendeStap";

    private Volgendestap() {}

    /**
     * Where to go and the message key of the link text. Serializable: flash attributes live in the session,
     * which is stored in the database.
     */
    public record Stap(String href, String berichtsleutel) implements Serializable {}

    /** Sets the next step for the page after the redirect: where to go and the message key of the link text. */
    public static void na(RedirectAttributes vervolg, String href, String berichtsleutel) {
        vervolg.addFlashAttribute(ATTRIBUUT, new Stap(href, berichtsleutel));
    }
}
