package nl.openinburgering.inburgeraar;

import java.time.LocalDate;
import java.util.Collection;

/**
 * R2.8: the last day for the PIP. Ten weeks (70 days) from the start of the term, extended only for
 * information requested from a third party within those ten weeks: to at most two weeks after it arrived.
 *
 * @param wachtOpInformatie a request is still open, so the extension cannot be known yet
 */
public record TermijnVaststellingPip(LocalDate uiterlijkeDatum, boolean verlengd, boolean wachtOpInformatie) {

    static final int TIEN_WEKEN = 70;
    static final int TWEE_WEKEN = 14;

    /** R2.8: derived from the start of the term and the information requests, never typed in. */
    static TermijnVaststellingPip bereken(LocalDate start, Collection<Informatieverzoek> verzoeken) {
        LocalDate gewoon = start.plusDays(TIEN_WEKEN);
        LocalDate uiterlijk = gewoon;
        boolean wacht = false;
        for (Informatieverzoek verzoek : verzoeken) {
            if (verzoek.aangevraagdOp().isAfter(gewoon)) {
                continue; // asked after the term had passed: no ground for an extension
            }
            LocalDate ontvangenOp = verzoek.ontvangenOp();
            if (ontvangenOp == null) { // open
                wacht = true;
            } else if (ontvangenOp.plusDays(TWEE_WEKEN).isAfter(uiterlijk)) {
                uiterlijk = ontvangenOp.plusDays(TWEE_WEKEN);
            }
        }
        return new TermijnVaststellingPip(uiterlijk, uiterlijk.isAfter(gewoon), wacht);
    }
}
