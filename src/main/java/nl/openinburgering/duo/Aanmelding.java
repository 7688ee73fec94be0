package nl.openinburgering.duo;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.inburgeraar.Doelgroep;

/**
 * A new inburgeringsplichtige DUO announced (SS101, SS128, SS139, SS129, SS120, SS121) for whom the gemeente has no
 * file yet: DUO's facts, which the consulent completes with name and date of birth from the BRP.
 *
 * @param kennisgeving DUO's date of the kennisgeving: the start of the 10-week term (R2.8), for SS139
 */
public record Aanmelding(
        UUID berichtId,
        String bsn,
        Gebeurtenis gebeurtenis,
        Doelgroep doelgroep,
        LocalDate begindatumPlicht,
        @Nullable LocalDate kennisgeving) {

    public String gemaskeerdBsn() {
        return "*****" + bsn.substring(5);
    }
}
