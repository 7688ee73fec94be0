package nl.openinburgering.werkvoorraad.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import nl.openinburgering.inburgeraar.InburgeraarGeregistreerd;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.werkvoorraad.ToewijzingBeheer;

/**
 * A person registered by a consulent is assigned to that consulent. Runs after the registration committed,
 * kept in the event publication registry until it succeeds, so a failure is retried and never leaves the
 * person without a responsible consulent for good. It works as the event's gemeente, set before the facade's
 * transaction starts (this method opens none).
 */
@Component
class RegistratieListener {

    private final ToewijzingBeheer toewijzingen;

    RegistratieListener(ToewijzingBeheer toewijzingen) {
        this.toewijzingen = toewijzingen;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void geregistreerd(InburgeraarGeregistreerd geregistreerd) {
        String consulent = geregistreerd.consulent();
        if (consulent != null) {
            Tenant.alsGemeente(geregistreerd.gemeente(), () -> {
                toewijzingen.wijsToeBijRegistratie(geregistreerd.inburgeraarId(), consulent);
                return null;
            });
        }
    }
}
