package nl.openinburgering.platform;

import java.util.List;
import java.util.UUID;

import nl.openinburgering.shared.Bsn;

/**
 * The persons of the current gemeente a functioneel beheerder can name when filtering the processing log: by
 * the id of the file or by (part of) the name, never by a BSN in a URL. The log stores only a keyed hash of the
 * BSN, so the filter needs the BSN behind the name. The registry (module inburgeraar) provides it; the platform
 * declares it, because the registry depends on the platform and not the other way round.
 */
public interface Betrokkenen {

    /** At most this many persons per name: a filter, not a list of everyone. */
    int MAXIMUM = 50;

    /**
     * The persons of the current gemeente whose file has this id ({@code tekst} is a UUID), or whose name
     * contains {@code tekst} (case-insensitive), active files and closed ones alike. Not logged here: the caller
     * logs its processing.
     */
    List<Betrokkene> zoek(String tekst);

    /** One person: the file's id, the name to show, the BSN to find the log lines with. */
    record Betrokkene(UUID id, String naam, Bsn bsn) {

        @Override
        public String toString() {
            return "Betrokkene[id=" + id + ", ***]";
        }
    }
}
