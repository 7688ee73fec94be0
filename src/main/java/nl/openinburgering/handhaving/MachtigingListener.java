package nl.openinburgering.handhaving;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import nl.openinburgering.ontzorging.MachtigingGeweigerd;
import nl.openinburgering.platform.Tenant;

/**
 * R7.4, R9.4: a refused machtiging for financieel ontzorgen becomes the referral to the inkomensconsulent for
 * afstemming under art. 18 Pw. Runs after the refusal committed, kept in the event publication registry until it
 * succeeds. There is no user here, so it works as the event's gemeente; the tenant must be known before the
 * transaction starts (row-level security), so this method opens none and the facade call does. Idempotent: a
 * repeated event makes no second referral.
 */
@Component
class MachtigingListener {

    private final HandhavingBeheer handhaving;

    MachtigingListener(HandhavingBeheer handhaving) {
        this.handhaving = handhaving;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void geweigerd(MachtigingGeweigerd geweigerd) {
        Tenant.alsGemeente(
                geweigerd.gemeente(),
                () -> handhaving.verwijsGeweigerdeMachtiging(geweigerd.inburgeraarId(), geweigerd.datum()));
    }
}
