package nl.openinburgering.inburgeraar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/**
 * D10: one outflow of a person to work or study, with its date and kind, as the consulent records it in the
 * person's file. Validates itself: kind and date are required, the note is at most 500 characters.
 */
public record Uitstroom(
        UUID id,
        UUID inburgeraarId,
        Uitstroomsoort soort,
        LocalDate datum,
        @Nullable String toelichting) {

    public static final int MAXIMALE_TOELICHTING = 500;

    public Uitstroom {
        toelichting = toelichting == null || toelichting.isBlank() ? null : toelichting.strip();
    }

    /**
     * D10: a new outflow, checked against the person's file: not in the future and not before the person came
     * to live in the gemeente (or, without that date, before the start of the plicht).
     */
    static Uitstroom nieuw(
            InburgeraarFeiten persoon,
            @Nullable Uitstroomsoort soort,
            @Nullable LocalDate datum,
            @Nullable String toelichting,
            LocalDate vandaag) {
        List<Veldfout> fouten = new ArrayList<>();
        if (soort == null) {
            fouten.add(
                    new Veldfout("soort", "verplicht", "Kies de soort uitstroom: werk, eigen onderneming of studie."));
        }
        LocalDate vanaf = persoon.datumVestigingGemeente() != null
                ? persoon.datumVestigingGemeente()
                : persoon.datumStartInburgeringsplicht();
        if (datum == null) {
            fouten.add(new Veldfout("datum", "verplicht", "Vul de datum van de uitstroom in."));
        } else if (datum.isAfter(vandaag)) {
            fouten.add(new Veldfout(
                    "datum",
                    "datum.toekomst",
                    "De datum ligt in de toekomst; leg een uitstroom vast als die begonnen is."));
        } else if (datum.isBefore(vanaf)) {
            fouten.add(new Veldfout(
                    "datum",
                    "datum.voorVestiging",
                    "De datum ligt vóór " + vanaf + ", de datum waarop de inburgeraar in de gemeente kwam wonen."));
        }
        if (toelichting != null && toelichting.strip().length() > MAXIMALE_TOELICHTING) {
            fouten.add(new Veldfout(
                    "toelichting", "te.lang", "De toelichting is ten hoogste " + MAXIMALE_TOELICHTING + " tekens."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        return new Uitstroom(
                UUID.randomUUID(),
                persoon.id(),
                Objects.requireNonNull(soort),
                Objects.requireNonNull(datum),
                toelichting);
    }
}
