package nl.openinburgering.werkvoorraad.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.openinburgering.begeleiding.BegeleidingBeheer;
import nl.openinburgering.begeleiding.TrajectEinde;
import nl.openinburgering.inburgeraar.Termijnfeiten;
import nl.openinburgering.werkvoorraad.Signaal;
import nl.openinburgering.werkvoorraad.Signaalbron;
import nl.openinburgering.werkvoorraad.Signaalsoort;
import nl.openinburgering.werkvoorraad.Zaakfeiten;

/**
 * R8.4: the agreed duration of a person's maatschappelijke begeleiding ends within {@value #WEKEN_VOORAF} weeks
 * and the traject is still open: the consulent decides with the partner whether it ends or continues, and
 * expects the closing summary.
 */
@Component
class BegeleidingSignalen implements Signaalbron {

    static final int WEKEN_VOORAF = 4;

    private final BegeleidingBeheer begeleiding;

    BegeleidingSignalen(BegeleidingBeheer begeleiding) {
        this.begeleiding = begeleiding;
    }

    @Override
    public Set<Signaalsoort> soorten() {
        return Set.of(Signaalsoort.BEGELEIDING_EINDE);
    }

    @Override
    public List<Signaal> signalen(Zaakfeiten zaken, LocalDate peildatum) {
        List<UUID> ids = zaken.termijnfeiten().stream().map(Termijnfeiten::id).toList();
        return begeleiding.eindigend(ids, peildatum, WEKEN_VOORAF).stream()
                .map(BegeleidingSignalen::signaal)
                .toList();
    }

    /** R8.4: the last day is the day before the agreed end (the end date is exclusive). */
    static Signaal signaal(TrajectEinde einde) {
        return new Signaal(
                einde.inburgeraarId(),
                Signaalsoort.BEGELEIDING_EINDE,
                einde.einddatum().minusDays(1),
                "R8.4",
                "De afgesproken maatschappelijke begeleiding door " + einde.partner()
                        + " loopt af. Bespreek met de begeleider of de begeleiding stopt of doorloopt, en vraag de samenvatting bij afsluiting.");
    }
}
