package nl.openinburgering.werkvoorraad.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.openinburgering.inburgeraar.Inburgeringstermijn;
import nl.openinburgering.inburgeraar.Termijnfeiten;
import nl.openinburgering.pvt.PvtBeheer;
import nl.openinburgering.werkvoorraad.Signaal;
import nl.openinburgering.werkvoorraad.Signaalbron;
import nl.openinburgering.werkvoorraad.Signaalsoort;
import nl.openinburgering.werkvoorraad.Zaakfeiten;

/** R5.4: the participatieverklaring is not signed while less than six months of the inburgeringstermijn are left. */
@Component
class PvtTermijnSignalen implements Signaalbron {

    private final PvtBeheer pvt;

    PvtTermijnSignalen(PvtBeheer pvt) {
        this.pvt = pvt;
    }

    @Override
    public Set<Signaalsoort> soorten() {
        return Set.of(Signaalsoort.PVT_TERMIJN);
    }

    @Override
    public List<Signaal> signalen(Zaakfeiten zaken, LocalDate peildatum) {
        List<Termijnfeiten> feiten = zaken.termijnfeiten();
        Map<UUID, LocalDate> getekend =
                pvt.ondertekeningen(feiten.stream().map(Termijnfeiten::id).toList());
        List<Signaal> signalen = new ArrayList<>();
        for (Termijnfeiten persoon : feiten) {
            if (!getekend.containsKey(persoon.id())) {
                persoon.inburgeringstermijn()
                        .flatMap(t -> signaal(persoon.id(), t, peildatum))
                        .ifPresent(signalen::add);
            }
        }
        return signalen;
    }

    /**
     * R5.4: from six months before the end of the termijn (with DUO's extensions) until the signing; the last
     * day is the termijn's last day (its end date is exclusive).
     */
    static Optional<Signaal> signaal(UUID inburgeraarId, Inburgeringstermijn termijn, LocalDate peildatum) {
        return Termijnhorizon.binnen(termijn, peildatum)
                .map(
                        laatsteDag -> new Signaal(
                                inburgeraarId,
                                Signaalsoort.PVT_TERMIJN,
                                laatsteDag,
                                "R5.4",
                                "Het PVT is nog niet ondertekend. Plan de resterende bijeenkomsten en de ondertekening binnen de termijn."));
    }
}
