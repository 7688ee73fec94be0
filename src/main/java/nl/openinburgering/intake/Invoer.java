package nl.openinburgering.intake;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Vandaag;
import nl.openinburgering.shared.Veldfout;

/** Small checks the intake's value objects share. */
final class Invoer {

    static final int MAXIMALE_TEKSTLENGTE = 4000;

    private Invoer() {}

    static @Nullable String tekst(@Nullable String waarde) {
        return waarde == null || waarde.isBlank() ? null : waarde.strip();
    }

    static void lengte(List<Veldfout> fouten, String veld, @Nullable String waarde) {
        if (waarde != null && waarde.length() > MAXIMALE_TEKSTLENGTE) {
            fouten.add(new Veldfout(veld, "tekst.lengte", "Gebruik hoogstens " + MAXIMALE_TEKSTLENGTE + " tekens."));
        }
    }

    static void verplicht(List<Veldfout> fouten, String veld, @Nullable Object waarde, String reden) {
        if (waarde == null) {
            fouten.add(new Veldfout(veld, "verplicht", reden));
        }
    }

    static void nietInToekomst(List<Veldfout> fouten, String veld, @Nullable LocalDate datum) {
        if (datum != null && datum.isAfter(Vandaag.datum())) {
            fouten.add(new Veldfout(veld, "datum.toekomst", "Deze datum ligt in de toekomst."));
        }
    }

    static void geldig(List<Veldfout> fouten) {
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
    }
}
