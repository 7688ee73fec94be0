package nl.openinburgering.inburgeraar;

import java.time.LocalDate;
import java.util.UUID;

import nl.openinburgering.shared.Bsn;
import nl.openinburgering.shared.Gemeentecode;

/**
 * What a provider may know of a person enrolled with it (docs/adr/0005): name and birth date. The BSN is
 * here only so that the caller can write the processing log under the person's gemeente; it is never shown
 * to the provider.
 */
public record Deelnemersgegevens(
        UUID id, Gemeentecode gemeentecode, Bsn bsn, String voornamen, String geslachtsnaam, LocalDate geboortedatum) {

    @Override
    public String toString() {
        return "Deelnemersgegevens[id=" + id + ", ***]";
    }
}
