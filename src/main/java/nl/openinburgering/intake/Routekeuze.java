package nl.openinburgering.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.shared.Leerroute;
import nl.openinburgering.shared.Veldfout;

/** The leerroute the consulent chose, with a reason when it deviates from the leerbaarheidstoets. */
public record Routekeuze(Leerroute leerroute, @Nullable String reden) {

    /**
     * R2.4: a choice that goes against the LBT (the B1-route or onderwijsroute when B1 is not feasible, the
     * Z-route when it is) is allowed, but only with a written reason.
     */
    static Routekeuze maak(@Nullable Leerroute leerroute, @Nullable String reden, Leerbaarheidstoets lbt) {
        String tekst = Invoer.tekst(reden);
        List<Veldfout> fouten = new ArrayList<>();
        Invoer.verplicht(fouten, "leerroute", leerroute, "Kies een leerroute.");
        if (leerroute != null && wijktAf(leerroute, lbt) && tekst == null) {
            fouten.add(new Veldfout(
                    "reden",
                    "keuze.reden",
                    "Deze keuze wijkt af van de uitslag van de leerbaarheidstoets; geef de reden."));
        }
        Invoer.lengte(fouten, "reden", tekst);
        Invoer.geldig(fouten);
        // Invoer.geldig refused a missing route above.
        return new Routekeuze(Objects.requireNonNull(leerroute), tekst);
    }

    static boolean wijktAf(Leerroute leerroute, Leerbaarheidstoets lbt) {
        if (lbt.resultaat() == LbtResultaat.B1_ROUTE_HAALBAAR) {
            return leerroute == Leerroute.Z_ROUTE;
        }
        if (lbt.resultaat() == LbtResultaat.B1_ROUTE_NIET_HAALBAAR) {
            return leerroute != Leerroute.Z_ROUTE;
        }
        return false;
    }
}
