package nl.openinburgering.aanbieder;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.openinburgering.aanbieder.internal.AanbiederOpslag;
import nl.openinburgering.platform.Tenant;

/**
 * The providers as the gemeente sees them: who they are, what they offer, their keurmerk and TST recognition,
 * and whether the gemeente contracts them. Providers are no personal data: reading them is not logged.
 */
@Service
@Transactional(readOnly = true)
public class AanbiederRegister {

    private final AanbiederOpslag opslag;

    AanbiederRegister(AanbiederOpslag opslag) {
        this.opslag = opslag;
    }

    /** The providers contracted by the current user's gemeente, by name. */
    public List<Aanbieder> gecontracteerd() {
        return opslag.gecontracteerdDoor(Tenant.vereist().waarde());
    }

    /** Any provider by id, contracted or not (for the provider's own portal and for checks). */
    public Optional<Aanbieder> aanbieder(UUID aanbiederId) {
        return opslag.vind(aanbiederId);
    }

    /** A provider contracted by the current user's gemeente; another provider does not exist for this user. */
    public Optional<Aanbieder> gecontracteerdeAanbieder(UUID aanbiederId) {
        String gemeente = Tenant.vereist().waarde();
        return opslag.vind(aanbiederId).filter(a -> a.gecontracteerdDoor(gemeente));
    }

    /** R4.8: whether the provider holds a valid keurmerk on that day (false for an unknown provider). */
    public boolean keurmerkGeldigOp(UUID aanbiederId, LocalDate datum) {
        return opslag.vind(aanbiederId).map(a -> a.keurmerkGeldigOp(datum)).orElse(false);
    }

    /** R4.8: whether the provider is a recognised Taalschakelinstelling (for the onderwijsroute). */
    public boolean isTaalschakelinstelling(UUID aanbiederId) {
        return opslag.vind(aanbiederId).map(Aanbieder::taalschakelinstelling).orElse(false);
    }

    /** D8: whether the gemeente contracts the provider. */
    public boolean isGecontracteerdDoor(UUID aanbiederId, String gemeentecode) {
        return opslag.vind(aanbiederId)
                .map(a -> a.gecontracteerdDoor(gemeentecode))
                .orElse(false);
    }
}
