package nl.openinburgering.werkvoorraad.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import nl.openinburgering.inburgeraar.Inburgeringstermijn;
import nl.openinburgering.inburgeraar.Termijnfeiten;
import nl.openinburgering.leerroute.ResultatenBeheer;
import nl.openinburgering.werkvoorraad.Signaal;
import nl.openinburgering.werkvoorraad.Signaalbron;
import nl.openinburgering.werkvoorraad.Signaalsoort;
import nl.openinburgering.werkvoorraad.Zaakfeiten;

/**
 * R3.4 and R3.6: the end of the inburgeringstermijn, from six months before it (the horizon R5.4 and R6.4 use
 * for PVT and MAP) until the file is closed. R4.1: no longer once the leerroute is met (every exam part passed at
 * the PIP's level); PVT and MAP keep their own signals (R5.4, R6.4).
 */
@Component
class InburgeringstermijnSignalen implements Signaalbron {

    private final ResultatenBeheer resultaten;

    InburgeringstermijnSignalen(ResultatenBeheer resultaten) {
        this.resultaten = resultaten;
    }

    @Override
    public Set<Signaalsoort> soorten() {
        return Set.of(Signaalsoort.INBURGERINGSTERMIJN);
    }

    @Override
    public List<Signaal> signalen(Zaakfeiten zaken, LocalDate peildatum) {
        List<Termijnfeiten> feiten = zaken.termijnfeiten();
        List<Signaal> signalen = new ArrayList<>();
        for (Termijnfeiten persoon : feiten) {
            persoon.inburgeringstermijn()
                    .flatMap(termijn -> signaal(persoon.id(), termijn, peildatum))
                    .ifPresent(signalen::add);
        }
        if (signalen.isEmpty()) {
            return signalen;
        }
        Set<UUID> behaald = resultaten.leerrouteBehaald(
                signalen.stream().map(Signaal::inburgeraarId).collect(Collectors.toSet()));
        signalen.removeIf(signaal -> behaald.contains(signaal.inburgeraarId()));
        return signalen;
    }

    /**
     * R3.4 / R3.6: the end date is exclusive (DUO's model), so the last day within the term is the day before
     * it. The signal appears six months before that end; an extended term (R3.6) names R3.6 as its rule.
     */
    static Optional<Signaal> signaal(UUID inburgeraarId, Inburgeringstermijn termijn, LocalDate peildatum) {
        return Termijnhorizon.binnen(termijn, peildatum)
                .map(laatsteDag -> signaal(inburgeraarId, termijn, laatsteDag, peildatum));
    }

    private static Signaal signaal(
            UUID inburgeraarId, Inburgeringstermijn termijn, LocalDate laatsteDag, LocalDate peildatum) {
        boolean verlengd = termijn.verlengd();
        String actie = peildatum.isAfter(laatsteDag)
                ? "De inburgeringstermijn is verstreken: beoordeel per onderdeel de verwijtbaarheid (R6.5) en meld "
                        + "dit aan DUO."
                : "Ga na of leerroute, PVT en MAP vóór het einde van de termijn klaar zijn; vraag zo nodig tijdig "
                        + "verlenging aan bij DUO (R3.6).";
        return new Signaal(
                inburgeraarId, Signaalsoort.INBURGERINGSTERMIJN, laatsteDag, verlengd ? "R3.6" : "R3.4", actie);
    }
}
