package nl.openinburgering.begroting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/**
 * One interpreter the gemeente paid from the SPUK (the seed: "extra kosten voor tolken"): date, a description such
 * as the language and the occasion, and the amount in cents. No person: the SPUK is accounted per gemeente.
 */
public record Tolkinzet(UUID id, LocalDate datum, String omschrijving, long bedragInCenten) {

    /** A new entry, checked: a date from 2021, a description without personal data of up to 200 characters, an amount above 0. */
    public static Tolkinzet nieuw(@Nullable LocalDate datum, @Nullable String omschrijving, long bedragInCenten) {
        List<Veldfout> fouten = new ArrayList<>();
        if (datum == null) {
            fouten.add(new Veldfout("tolkDatum", "verplicht", "Vul de datum van de inzet in."));
        } else if (datum.getYear() < Jaren.EERSTE || datum.getYear() > Jaren.LAATSTE) {
            fouten.add(new Veldfout("tolkDatum", "jaar.ongeldig", "Vul een datum in vanaf 2021."));
        }
        String tekst = omschrijving == null ? "" : omschrijving.strip();
        if (tekst.isEmpty() || tekst.length() > 200) {
            fouten.add(new Veldfout(
                    "tolkOmschrijving",
                    "verplicht",
                    "Beschrijf de inzet in hoogstens 200 tekens, zonder naam, zoals: Tigrinya, PIP-gesprek."));
        }
        if (bedragInCenten <= 0 || bedragInCenten > SpukPrijzen.MAXIMUM) {
            fouten.add(new Veldfout("tolkBedrag", "bedrag.ongeldig", "Vul een bedrag in boven 0 euro, zoals 85,00."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        return new Tolkinzet(UUID.randomUUID(), Objects.requireNonNull(datum), tekst, bedragInCenten);
    }
}
