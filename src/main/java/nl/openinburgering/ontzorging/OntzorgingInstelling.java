package nl.openinburgering.ontzorging;

import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.openinburgering.ontzorging.internal.BetaalrondeOpslag;
import nl.openinburgering.platform.HuidigeGebruiker;
import nl.openinburgering.platform.Rol;
import nl.openinburgering.platform.Tenant;

/**
 * The functioneel beheerder's setting of the ontzorging: the gemeente's own account that pays the fixed costs (R7.2),
 * the debtor of every SEPA file of the payment runs. No personal data, so nothing for the processing log; the row
 * records who changed it last.
 */
@Service
@Transactional
public class OntzorgingInstelling {

    private final BetaalrondeOpslag opslag;

    OntzorgingInstelling(BetaalrondeOpslag opslag) {
        this.opslag = opslag;
    }

    /** The account as set, if it is. */
    @Transactional(readOnly = true)
    public Optional<Debiteur> debiteur() {
        OntzorgingBeheer.vereisRol(Set.of(Rol.FUNCTIONEEL_BEHEERDER));
        return opslag.debiteur(gemeente());
    }

    /** R7.2: sets the account after checking name, IBAN (mod 97) and BIC; the next SEPA file uses it. */
    public Debiteur stelDebiteurIn(@Nullable String naam, @Nullable String iban, @Nullable String bic) {
        OntzorgingBeheer.vereisRol(Set.of(Rol.FUNCTIONEEL_BEHEERDER));
        Debiteur debiteur = Debiteur.van(naam, iban, bic);
        opslag.bewaarDebiteur(gemeente(), debiteur, HuidigeGebruiker.vereist().gebruikersnaam());
        return debiteur;
    }

    private static String gemeente() {
        return Tenant.vereist().waarde();
    }
}
