package nl.openinburgering;

import java.util.List;

import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/** The codes of the field errors a domain rule refuses with, for unit tests of those rules. */
public final class Foutcodes {

    private Foutcodes() {}

    /** The codes of the {@link OngeldigeInvoer} that {@code actie} throws; fails when it throws none. */
    public static List<String> codes(Runnable actie) {
        try {
            actie.run();
        } catch (OngeldigeInvoer ongeldig) {
            return ongeldig.fouten().stream().map(Veldfout::code).toList();
        }
        throw new AssertionError("geen OngeldigeInvoer");
    }
}
