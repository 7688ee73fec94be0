package nl.openinburgering.portaal;

import java.time.Instant;
import java.util.List;

/**
 * The demo's embedded mail server as the functioneel beheerder sees it (ADR 0012): the e-mails it received.
 * Only the demo profile has one; in productie the mail goes to the gemeente's own SMTP server.
 */
public interface Postvak {

    List<Ontvangen> ontvangen();

    /** One received e-mail: to whom, its subject and its text. */
    record Ontvangen(Instant ontvangenOp, String aan, String onderwerp, String tekst) {}
}
