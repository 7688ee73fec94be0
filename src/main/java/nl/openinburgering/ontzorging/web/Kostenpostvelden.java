package nl.openinburgering.ontzorging.web;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.ontzorging.Bedrag;
import nl.openinburgering.ontzorging.Kostensoort;
import nl.openinburgering.ontzorging.NieuweKostenpost;

/**
 * The fields of the vaste-last form (R7.2) as the domain reads them, for the new item on the ontzorging page and
 * for its change on the item's own page: one reading of the amount and the months, with the same message per
 * field. What the values must be is {@code NieuweKostenpost}'s and the facade's to check.
 */
final class Kostenpostvelden {

    private Kostenpostvelden() {}

    static NieuweKostenpost lees(@Nullable Kostensoort soort, Map<String, String> invoer) {
        return new NieuweKostenpost(
                soort,
                invoer.get("ozCrediteurNaam"),
                invoer.get("ozIban"),
                invoer.get("ozKenmerk"),
                Bedrag.centen(invoer.get("ozBedrag"), "bedrag"),
                Maanden.maand(invoer.get("ozStartmaand"), "startmaand"),
                Maanden.maand(invoer.get("ozEindmaand"), "eindmaand"));
    }
}
