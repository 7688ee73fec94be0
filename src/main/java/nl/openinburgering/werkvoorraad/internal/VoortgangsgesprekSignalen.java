package nl.openinburgering.werkvoorraad.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import nl.openinburgering.inburgeraar.Inburgeringstermijn;
import nl.openinburgering.inburgeraar.Termijnfeiten;
import nl.openinburgering.pip.PipStand;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.werkvoorraad.Signaal;
import nl.openinburgering.werkvoorraad.Signaalbron;
import nl.openinburgering.werkvoorraad.Signaalsoort;
import nl.openinburgering.werkvoorraad.Voortgangsgesprekken;
import nl.openinburgering.werkvoorraad.Zaakfeiten;

/**
 * D9: the next voortgangsgesprek agreed in the current PIP, from 30 days before it is due, while the
 * inburgeringstermijn runs. A conversation counts as held once recorded.
 */
@Component
class VoortgangsgesprekSignalen implements Signaalbron {

    static final int HORIZON_DAGEN = 30;
    private final WerkvoorraadOpslag opslag;

    VoortgangsgesprekSignalen(WerkvoorraadOpslag opslag) {
        this.opslag = opslag;
    }

    @Override
    public Set<Signaalsoort> soorten() {
        return Set.of(Signaalsoort.VOORTGANGSGESPREK);
    }

    @Override
    public List<Signaal> signalen(Zaakfeiten zaken, LocalDate peildatum) {
        Map<UUID, PipStand> stand = zaken.pipStand().stream()
                .filter(pip -> pip.aantalVoortgangsgesprekken() != null && pip.aantalVoortgangsgesprekken() > 0)
                .collect(Collectors.toMap(PipStand::inburgeraarId, Function.identity()));
        if (stand.isEmpty()) {
            return List.of();
        }
        List<Termijnfeiten> feiten = zaken.termijnfeiten(stand.keySet());
        // For the whole gemeente no id list: sending a thousand ids costs more than the rows of the others.
        Map<UUID, Integer> gehouden = opslag.gesprekkenGehouden(
                Tenant.vereist().waarde(),
                zaken.zaken().ids().isPresent() ? Optional.of(stand.keySet()) : Optional.empty(),
                peildatum);
        List<Signaal> signalen = new ArrayList<>();
        for (Termijnfeiten persoon : feiten) {
            persoon.inburgeringstermijn()
                    .flatMap(termijn -> signaal(
                            persoon.id(),
                            termijn,
                            Objects.requireNonNull(stand.get(persoon.id())).aantalVoortgangsgesprekken(),
                            gehouden.getOrDefault(persoon.id(), 0),
                            peildatum))
                    .ifPresent(signalen::add);
        }
        return signalen;
    }

    /**
     * D9: the first agreed conversation not yet held, shown from 30 days before its due date; nothing once
     * all were held or after the termijn ended.
     */
    static Optional<Signaal> signaal(
            UUID inburgeraarId, Inburgeringstermijn termijn, int afgesproken, int gehouden, LocalDate peildatum) {
        if (!peildatum.isBefore(termijn.einddatum())) {
            return Optional.empty();
        }
        return Voortgangsgesprekken.volgende(termijn.startdatum(), termijn.einddatum(), afgesproken, gehouden)
                .filter(uiterlijk -> !peildatum.isBefore(uiterlijk.minusDays(HORIZON_DAGEN)))
                .map(uiterlijk -> new Signaal(
                        inburgeraarId,
                        Signaalsoort.VOORTGANGSGESPREK,
                        uiterlijk,
                        "D9",
                        "Voer voortgangsgesprek " + (gehouden + 1) + " van " + afgesproken
                                + " (afgesproken in het PIP) en leg het vast."));
    }
}
