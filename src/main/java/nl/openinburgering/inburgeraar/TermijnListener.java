package nl.openinburgering.inburgeraar;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import nl.openinburgering.platform.Tenant;

/**
 * R3.4: the first PIP starts the inburgeringstermijn. Runs after the PIP's transaction committed, on its own
 * thread, kept in the event publication registry until it succeeds (a failure is retried, never lost).
 * There is no user here, so it works as the event's gemeente; the tenant must be known before a transaction
 * starts (the transaction manager hands it to row-level security then), so this method opens none and the
 * facade call does. Idempotent: delivery is at least once, and a started term is never moved.
 */
@Component
class TermijnListener {

    private final InburgeraarBeheer inburgeraars;

    TermijnListener(InburgeraarBeheer inburgeraars) {
        this.inburgeraars = inburgeraars;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void termijnAanleiding(TermijnAanleiding aanleiding) {
        aanleiding
                .eerstePip()
                .ifPresent(dagtekening -> Tenant.alsGemeente(aanleiding.gemeente(), () -> {
                    inburgeraars.pipVastgesteld(aanleiding.inburgeraarId(), dagtekening, aanleiding.verlenging());
                    return null;
                }));
    }
}
