package nl.openinburgering.werkvoorraad.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import nl.openinburgering.inburgeraar.Inburgeringstermijn;
import nl.openinburgering.inburgeraar.Termijnfeiten;
import nl.openinburgering.map.MapBeheer;
import nl.openinburgering.map.MapRegels;
import nl.openinburgering.pip.PipStand;
import nl.openinburgering.werkvoorraad.Signaal;
import nl.openinburgering.werkvoorraad.Signaalbron;
import nl.openinburgering.werkvoorraad.Signaalsoort;
import nl.openinburgering.werkvoorraad.Zaakfeiten;

/**
 * R6.4: the MAP has no sufficient eindgesprek while less than six months of the inburgeringstermijn are left;
 * only for those whose current PIP is a B1-route or Z-route (R6.1: never the onderwijsroute).
 */
@Component
class MapTermijnSignalen implements Signaalbron {

    private final MapBeheer map;

    MapTermijnSignalen(MapBeheer map) {
        this.map = map;
    }

    @Override
    public Set<Signaalsoort> soorten() {
        return Set.of(Signaalsoort.MAP_TERMIJN);
    }

    @Override
    public List<Signaal> signalen(Zaakfeiten zaken, LocalDate peildatum) {
        Set<UUID> metMap = zaken.pipStand().stream()
                .filter(stand -> MapRegels.vanToepassing(Optional.of(stand.leerroute())))
                .map(PipStand::inburgeraarId)
                .collect(Collectors.toSet());
        if (metMap.isEmpty()) {
            return List.of();
        }
        Map<UUID, LocalDate> afgerond = map.afgerond(metMap);
        List<Signaal> signalen = new ArrayList<>();
        for (Termijnfeiten persoon : zaken.termijnfeiten(metMap)) {
            if (!afgerond.containsKey(persoon.id())) {
                persoon.inburgeringstermijn()
                        .flatMap(t -> signaal(persoon.id(), t, peildatum))
                        .ifPresent(signalen::add);
            }
        }
        return signalen;
    }

    /** R6.4: from six months before the end of the termijn until a sufficient eindgesprek; last day as R5.4. */
    static Optional<Signaal> signaal(UUID inburgeraarId, Inburgeringstermijn termijn, LocalDate peildatum) {
        return Termijnhorizon.binnen(termijn, peildatum)
                .map(laatsteDag -> new Signaal(
                        inburgeraarId,
                        Signaalsoort.MAP_TERMIJN,
                        laatsteDag,
                        "R6.4",
                        "De MAP is nog niet afgerond. Plan het praktijkdeel en het eindgesprek binnen de termijn."));
    }
}
