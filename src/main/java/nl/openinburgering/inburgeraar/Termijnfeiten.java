package nl.openinburgering.inburgeraar;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import nl.openinburgering.shared.Bsn;

/**
 * The deadline facts of one file, for lists over many files at once (the werkvoorraad): the derived terms
 * (R2.8, R3.4, R3.6) and what a worklist shows of the person. Reading them is not logged by the registry: the
 * caller logs its own processing for the persons it actually shows.
 */
public record Termijnfeiten(
        UUID id,
        Bsn bsn,
        String voornamen,
        String geslachtsnaam,
        LocalDate geboortedatum,
        Doelgroep doelgroep,
        Optional<TermijnVaststellingPip> termijnVaststellingPip,
        Optional<Inburgeringstermijn> inburgeringstermijn) {

    public String volledigeNaam() {
        return voornamen + " " + geslachtsnaam;
    }
}
