package nl.openinburgering.werkvoorraad;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.shared.Bsn;
import nl.openinburgering.shared.Leerroute;

/** One person in the list of inburgeraars: who, the stage, the route, the consulent and the open signals. */
public record Overzichtsregel(
        UUID id,
        String voornamen,
        String geslachtsnaam,
        Bsn bsn,
        LocalDate geboortedatum,
        Doelgroep doelgroep,
        Optional<LocalDate> uiterlijkeDatumVaststellingPip,
        Fase fase,
        Optional<Leerroute> route,
        Optional<String> consulent,
        int openSignalen) {

    @Override
    public String toString() {
        return "Overzichtsregel[id=" + id + ", ***]";
    }
}
