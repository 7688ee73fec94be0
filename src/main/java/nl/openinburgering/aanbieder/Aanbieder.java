package nl.openinburgering.aanbieder;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A provider: what it offers, its keurmerk, whether it is a recognised Taalschakelinstelling (TST), and which
 * gemeenten contract it (a regional provider serves several, D8).
 */
public record Aanbieder(
        UUID id,
        String naam,
        String kvkNummer,
        Set<Aanbiedersoort> soorten,
        Optional<Keurmerk> keurmerk,
        boolean taalschakelinstelling,
        Set<String> gecontracteerdDoor) {

    public Aanbieder {
        soorten = soorten.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(soorten));
        gecontracteerdDoor = Set.copyOf(gecontracteerdDoor);
    }

    /** R4.8: a valid (Blik op Werk) keurmerk on that day. */
    public boolean keurmerkGeldigOp(LocalDate datum) {
        return keurmerk.map(k -> k.geldigOp(datum)).orElse(false);
    }

    public boolean biedt(Aanbiedersoort soort) {
        return soorten.contains(soort);
    }

    /** D8: whether the gemeente (its CBS code) has a contract with this provider. */
    public boolean gecontracteerdDoor(String gemeentecode) {
        return gecontracteerdDoor.contains(gemeentecode);
    }
}
