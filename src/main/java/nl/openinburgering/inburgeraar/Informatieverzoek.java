package nl.openinburgering.inburgeraar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/**
 * R2.8: a request for information from a third party (a doctor, an earlier school, COA) that the gemeente
 * needs before it can fix the PIP. While it is open the 10-week term may be extended; once the information
 * arrives, the PIP must follow within two weeks.
 */
@Table("informatieverzoek")
public record Informatieverzoek(
        int volgnummer,
        String gemeentecode,
        String derde,
        String omschrijving,
        LocalDate aangevraagdOp,
        @Nullable LocalDate ontvangenOp) {

    /** R2.8: a new request, checked: who was asked, what, and when (not in the future). */
    static Informatieverzoek nieuw(
            int volgnummer,
            String gemeentecode,
            @Nullable String derde,
            @Nullable String omschrijving,
            @Nullable LocalDate aangevraagdOp,
            LocalDate vandaag) {
        List<Veldfout> fouten = new ArrayList<>();
        if (derde == null || derde.isBlank()) {
            fouten.add(new Veldfout("derde", "verplicht", "Vul in aan wie de informatie is gevraagd."));
        }
        if (omschrijving == null || omschrijving.isBlank()) {
            fouten.add(new Veldfout("omschrijving", "verplicht", "Beschrijf welke informatie is gevraagd."));
        }
        if (aangevraagdOp == null) {
            fouten.add(new Veldfout("aangevraagdOp", "verplicht", "Vul de datum van het verzoek in."));
        } else if (aangevraagdOp.isAfter(vandaag)) {
            fouten.add(
                    new Veldfout("aangevraagdOp", "datum.toekomst", "De datum van het verzoek ligt in de toekomst."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        // The checks above refused a missing value.
        return new Informatieverzoek(
                volgnummer,
                gemeentecode,
                Objects.requireNonNull(derde).strip(),
                Objects.requireNonNull(omschrijving).strip(),
                Objects.requireNonNull(aangevraagdOp),
                null);
    }

    public boolean open() {
        return ontvangenOp == null;
    }

    /**
     * R2.8: the arrival of the information, from which the two weeks for the PIP run; it lies between the request
     * and today, so it can neither precede the question nor extend the term in advance.
     */
    Informatieverzoek ontvangen(@Nullable LocalDate datum, LocalDate vandaag) {
        if (datum == null || datum.isBefore(aangevraagdOp) || datum.isAfter(vandaag)) {
            throw new OngeldigeInvoer(new Veldfout(
                    "ontvangenOp", "R2.8", "De ontvangstdatum ligt tussen de datum van het verzoek en vandaag."));
        }
        return new Informatieverzoek(volgnummer, gemeentecode, derde, omschrijving, aangevraagdOp, datum);
    }
}
