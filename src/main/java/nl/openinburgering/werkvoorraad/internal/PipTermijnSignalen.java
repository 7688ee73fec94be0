package nl.openinburgering.werkvoorraad.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import nl.openinburgering.inburgeraar.TermijnVaststellingPip;
import nl.openinburgering.inburgeraar.Termijnfeiten;
import nl.openinburgering.pip.PipStand;
import nl.openinburgering.werkvoorraad.Signaal;
import nl.openinburgering.werkvoorraad.Signaalbron;
import nl.openinburgering.werkvoorraad.Signaalsoort;
import nl.openinburgering.werkvoorraad.Zaakfeiten;

/** R2.8: the 10-week term for the PIP, with its extension, as long as this gemeente fixed no PIP. */
@Component
class PipTermijnSignalen implements Signaalbron {

    @Override
    public Set<Signaalsoort> soorten() {
        return Set.of(Signaalsoort.PIP_TERMIJN);
    }

    @Override
    public List<Signaal> signalen(Zaakfeiten zaken, LocalDate peildatum) {
        List<Termijnfeiten> feiten = zaken.termijnfeiten();
        Set<UUID> metPip =
                zaken.pipStand().stream().map(PipStand::inburgeraarId).collect(Collectors.toSet());
        List<Signaal> signalen = new ArrayList<>();
        for (Termijnfeiten persoon : feiten) {
            signaal(persoon.id(), persoon.termijnVaststellingPip(), metPip.contains(persoon.id()))
                    .ifPresent(signalen::add);
        }
        return signalen;
    }

    /**
     * R2.8: a signal from the moment the 10-week term is known until a PIP is vastgesteld; its last day is
     * the derived {@code uiterlijkeDatum} (70 days, extended to two weeks after information of a third party
     * arrived). The peildatum only decides the urgency, never whether the signal exists.
     */
    static Optional<Signaal> signaal(
            UUID inburgeraarId, Optional<TermijnVaststellingPip> termijn, boolean pipVastgesteld) {
        if (pipVastgesteld || termijn.isEmpty()) {
            return Optional.empty();
        }
        TermijnVaststellingPip t = termijn.get();
        String actie = "Stel het PIP vast, uiterlijk met deze dagtekening.";
        if (t.wachtOpInformatie()) {
            actie += " Er loopt een informatieverzoek: leg de ontvangst vast; de termijn loopt dan tot "
                    + "hooguit twee weken daarna.";
        }
        return Optional.of(new Signaal(inburgeraarId, Signaalsoort.PIP_TERMIJN, t.uiterlijkeDatum(), "R2.8", actie));
    }
}
