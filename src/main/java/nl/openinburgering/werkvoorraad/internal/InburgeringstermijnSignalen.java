package nl.openinburgering.werkvoorraad.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.openinburgering.inburgeraar.Inburgeringstermijn;
import nl.openinburgering.inburgeraar.Termijnfeiten;
import nl.openinburgering.werkvoorraad.Signaal;
import nl.openinburgering.werkvoorraad.Signaalbron;
import nl.openinburgering.werkvoorraad.Signaalsoort;
import nl.openinburgering.werkvoorraad.Zaakfeiten;

/**
 * R3.4 and R3.6: the end of the inburgeringstermijn, from six months before it (the horizon R5.4 and R6.4 use
 * for PVT and MAP) until the file is closed.
 */
@Component
class InburgeringstermijnSignalen implements Signaalbron {

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
