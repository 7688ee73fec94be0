package nl.openinburgering.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

import nl.openinburgering.shared.Veldfout;

/**
 * A person did not appear at an intake appointment, with or without a valid reason. Recorded now so that
 * enforcement (handhaving) can weigh it later; nothing follows from it automatically.
 */
@Table("intake_niet_verschenen")
public record NietVerschenen(
        int volgnummer,
        String gemeentecode,
        LocalDate datum,
        Afspraaksoort afspraak,
        boolean geldigeReden,
        @Nullable String toelichting) {

    /** The appointment has a kind and a date not in the future; a valid reason is written down. */
    static NietVerschenen nieuw(
            int volgnummer,
            String gemeentecode,
            @Nullable LocalDate datum,
            @Nullable Afspraaksoort afspraak,
            boolean geldigeReden,
            @Nullable String toelichting,
            LocalDate vandaag) {
        List<Veldfout> fouten = new ArrayList<>();
        Invoer.verplicht(fouten, "datum", datum, "Vul de datum van de afspraak in.");
        Invoer.nietInToekomst(fouten, "datum", datum, vandaag);
        Invoer.verplicht(fouten, "afspraak", afspraak, "Kies de soort afspraak.");
        String tekst = Invoer.tekst(toelichting);
        if (geldigeReden && tekst == null) {
            fouten.add(new Veldfout("toelichting", "verplicht", "Beschrijf de geldige reden."));
        }
        Invoer.lengte(fouten, "toelichting", tekst);
        Invoer.geldig(fouten);
        // Invoer.geldig refused a missing date or kind above.
        return new NietVerschenen(
                volgnummer,
                gemeentecode,
                Objects.requireNonNull(datum),
                Objects.requireNonNull(afspraak),
                geldigeReden,
                tekst);
    }
}
