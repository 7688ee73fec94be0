package nl.openinburgering.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

import nl.openinburgering.shared.Veldfout;

/**
 * A conversation: R12.6 a kennismakingsgesprek after the koppeling (statushouder, klantregisseur, COA
 * casemanager) or R2.1 an interview of the brede intake, with or without an interpreter.
 */
@Table("intake_gesprek")
public record Gesprek(
        int volgnummer,
        String gemeentecode,
        Gesprekssoort soort,
        LocalDate datum,
        String deelnemers,
        boolean tolk,
        @Nullable String tolkTaal,
        @Nullable String notities) {

    /** R2.1, R12.6: a held conversation has a kind, a date not in the future and its participants. */
    static Gesprek nieuw(int volgnummer, String gemeentecode, Gespreksverslag verslag, LocalDate vandaag) {
        List<Veldfout> fouten = new ArrayList<>();
        Invoer.verplicht(fouten, "soort", verslag.soort(), "Kies de soort gesprek.");
        Invoer.verplicht(fouten, "datum", verslag.datum(), "Vul de datum van het gesprek in.");
        Invoer.nietInToekomst(fouten, "datum", verslag.datum(), vandaag);
        String deelnemers = Invoer.tekst(verslag.deelnemers());
        Invoer.verplicht(fouten, "deelnemers", deelnemers, "Vul in wie aan het gesprek deelnamen.");
        Invoer.lengte(fouten, "deelnemers", deelnemers);
        String taal = Invoer.tekst(verslag.tolkTaal());
        if (verslag.tolk() && taal == null) {
            fouten.add(new Veldfout("tolkTaal", "verplicht", "Vul de taal van de tolk in."));
        }
        String notities = Invoer.tekst(verslag.notities());
        Invoer.lengte(fouten, "notities", notities);
        Invoer.geldig(fouten);
        // Invoer.geldig refused a missing kind, date or participant list above.
        return new Gesprek(
                volgnummer,
                gemeentecode,
                Objects.requireNonNull(verslag.soort()),
                Objects.requireNonNull(verslag.datum()),
                Objects.requireNonNull(deelnemers),
                verslag.tolk(),
                verslag.tolk() ? taal : null,
                notities);
    }

    /** What the consulent records about a conversation. */
    public record Gespreksverslag(
            @Nullable Gesprekssoort soort,
            @Nullable LocalDate datum,
            @Nullable String deelnemers,
            boolean tolk,
            @Nullable String tolkTaal,
            @Nullable String notities) {}
}
