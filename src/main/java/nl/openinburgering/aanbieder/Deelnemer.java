package nl.openinburgering.aanbieder;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A participant as the provider sees it: the deelname and the person's name and birth date. Never a BSN
 * (docs/adr/0005).
 */
public record Deelnemer(
        UUID deelnameId,
        String voornamen,
        String geslachtsnaam,
        LocalDate geboortedatum,
        Deelnamesoort soort,
        LocalDate startdatum,
        @Nullable LocalDate einddatum) {

    @Override
    public String toString() {
        return "Deelnemer[deelnameId=" + deelnameId + ", ***]";
    }
}
