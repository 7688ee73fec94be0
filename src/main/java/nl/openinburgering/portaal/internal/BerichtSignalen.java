package nl.openinburgering.portaal.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.openinburgering.inburgeraar.Termijnfeiten;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.shared.Vandaag;
import nl.openinburgering.werkvoorraad.Signaal;
import nl.openinburgering.werkvoorraad.Signaalbron;
import nl.openinburgering.werkvoorraad.Signaalsoort;
import nl.openinburgering.werkvoorraad.Zaakfeiten;

/**
 * The worklist signal of an unanswered portal message ({@link Signaalsoort#PORTAAL_BERICHT}): one per person with
 * open messages, due a week after the oldest (five working days). It lives in the portal module, not in
 * werkvoorraad, because the portal already reads the werkvoorraad (the person's consulent): the other way round
 * would be a cycle. The werkvoorraad picks up every {@link Signaalbron} bean.
 */
@Component
class BerichtSignalen implements Signaalbron {

    static final int DAGEN_OM_TE_ANTWOORDEN = 7;

    private final PortaalOpslag opslag;

    BerichtSignalen(PortaalOpslag opslag) {
        this.opslag = opslag;
    }

    @Override
    public Set<Signaalsoort> soorten() {
        return Set.of(Signaalsoort.PORTAAL_BERICHT);
    }

    @Override
    public List<Signaal> signalen(Zaakfeiten zaken, LocalDate peildatum) {
        List<UUID> ids = zaken.termijnfeiten().stream().map(Termijnfeiten::id).toList();
        return opslag.oudsteOpen(Tenant.vereist().waarde(), ids).entrySet().stream()
                .map(
                        open -> new Signaal(
                                open.getKey(),
                                Signaalsoort.PORTAAL_BERICHT,
                                LocalDate.ofInstant(open.getValue(), Vandaag.NEDERLAND)
                                        .plusDays(DAGEN_OM_TE_ANTWOORDEN),
                                "AVG12",
                                "De inburgeraar stuurde een bericht via het portaal. Lees het en antwoord, of markeer het als afgehandeld."))
                .toList();
    }
}
