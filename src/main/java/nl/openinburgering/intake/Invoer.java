package nl.openinburgering.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/** Small checks the intake's value objects share. Today comes from the facade's clock, never from the system. */
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

    /** A date after {@code vandaag} (today by the application's clock) is refused. */
    static void nietInToekomst(List<Veldfout> fouten, String veld, @Nullable LocalDate datum, LocalDate vandaag) {
        if (datum != null && datum.isAfter(vandaag)) {
            fouten.add(new Veldfout(veld, "datum.toekomst", "Deze datum ligt in de toekomst."));
        }
    }

    /**
     * Builds a value object and reports its own problems after {@code datumfouten} (the checks against today,
     * which its constructor cannot make without a clock), all at once.
     */
    static <T> T metDatumfouten(List<Veldfout> datumfouten, Supplier<T> maak) {
        List<Veldfout> fouten = new ArrayList<>(datumfouten);
        T gemaakt;
        try {
            gemaakt = maak.get();
        } catch (OngeldigeInvoer ongeldig) {
            fouten.addAll(ongeldig.fouten());
            throw new OngeldigeInvoer(fouten);
        }
        geldig(fouten);
        return gemaakt;
    }

    static void geldig(List<Veldfout> fouten) {
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
    }
}
