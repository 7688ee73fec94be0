package nl.openinburgering.werkvoorraad.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.openinburgering.inburgeraar.InburgeraarGeregistreerd;
import nl.openinburgering.werkvoorraad.ToewijzingBeheer;

/**
 * A new registration is assigned to the registering consulent. Synchronous, in the registration's own
 * transaction: the event carries no user, and a person must never exist without a responsible consulent
 * because an asynchronous listener failed.
 */
@Component
class RegistratieListener {

    private final ToewijzingBeheer toewijzingen;

    RegistratieListener(ToewijzingBeheer toewijzingen) {
        this.toewijzingen = toewijzingen;
    }

    @EventListener
    void geregistreerd(InburgeraarGeregistreerd geregistreerd) {
        toewijzingen.wijsToeBijRegistratie(geregistreerd.inburgeraarId());
    }
}
