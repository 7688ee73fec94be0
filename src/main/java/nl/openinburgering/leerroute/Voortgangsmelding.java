package nl.openinburgering.leerroute;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.shared.Veldfout;

/**
 * A provider's progress report on one participant: the level it estimates per skill (any may be left open,
 * e.g. when a skill was not assessed) and the mentor's remarks.
 */
public record Voortgangsmelding(
        LocalDate datum,
        @Nullable Taalniveau lezen,
        @Nullable Taalniveau luisteren,
        @Nullable Taalniveau schrijven,
        @Nullable Taalniveau spreken,
        @Nullable Taalniveau knm,
        @Nullable String opmerkingen) {

    public static final int MAXIMALE_LENGTE_OPMERKINGEN = 4000;

    /** The provider's progress report: a date not in the future, estimated levels (R4.1 levels), remarks not too long. */
    public List<Veldfout> controleer(LocalDate vandaag) {
        List<Veldfout> fouten = new ArrayList<>();
        if (datum == null) {
            fouten.add(new Veldfout("datum", "verplicht", "Vul de datum van de rapportage in."));
        } else if (datum.isAfter(vandaag)) {
            fouten.add(new Veldfout("datum", "datum.toekomst", "De datum van de rapportage ligt in de toekomst."));
        }
        boolean geenNiveau = lezen == null && luisteren == null && schrijven == null && spreken == null && knm == null;
        if (geenNiveau && (opmerkingen == null || opmerkingen.isBlank())) {
            fouten.add(new Veldfout(
                    "opmerkingen", "verplicht", "Geef ten minste één geschat niveau of de opmerkingen van de mentor."));
        }
        if (opmerkingen != null && opmerkingen.length() > MAXIMALE_LENGTE_OPMERKINGEN) {
            fouten.add(new Veldfout(
                    "opmerkingen",
                    "tekst.te.lang",
                    "De opmerkingen zijn hoogstens " + MAXIMALE_LENGTE_OPMERKINGEN + " tekens lang."));
        }
        return fouten;
    }
}
