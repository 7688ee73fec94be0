package nl.openinburgering.inburgeraar.web;

import java.time.LocalDate;
import java.util.UUID;

import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.inburgeraar.Inburgeraar;

/**
 * The API representation of an inburgeraar ({@code api.md}). {@code inburgeringstermijn} stays
 * {@code null} until the first PIP is vastgesteld (R3.4).
 */
record InburgeraarJson(UUID id, String gemeentecode, String bsn, String voornamen, String geslachtsnaam,
        LocalDate geboortedatum, Doelgroep doelgroep, LocalDate datumStartInburgeringsplicht,
        LocalDate datumVestigingGemeente, LocalDate datumStartTermijnVaststellingLeerroute,
        LocalDate uiterlijkeDatumVaststellingPip, Periode inburgeringstermijn, long versie) {

    static InburgeraarJson van(Inburgeraar inburgeraar) {
        return new InburgeraarJson(inburgeraar.id(), inburgeraar.gemeentecode().waarde(), inburgeraar.bsn().waarde(),
                inburgeraar.voornamen(), inburgeraar.geslachtsnaam(), inburgeraar.geboortedatum(),
                inburgeraar.doelgroep(), inburgeraar.datumStartInburgeringsplicht(),
                inburgeraar.datumVestigingGemeente(), inburgeraar.datumStartTermijnVaststellingLeerroute(),
                inburgeraar.uiterlijkeDatumVaststellingPip().orElse(null),
                inburgeraar.inburgeringstermijn().map(t -> new Periode(t.startdatum(), t.einddatum())).orElse(null),
                inburgeraar.versie());
    }

    /** Start inclusive, end exclusive, as in DUO's model. */
    record Periode(LocalDate startdatum, LocalDate einddatum) {
    }
}
