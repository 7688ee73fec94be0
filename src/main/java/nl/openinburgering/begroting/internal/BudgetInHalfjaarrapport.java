package nl.openinburgering.begroting.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.openinburgering.begroting.BegrotingBeheer;
import nl.openinburgering.platform.HuidigeGebruiker;
import nl.openinburgering.platform.Rol;
import nl.openinburgering.rapportage.Halfjaar;
import nl.openinburgering.rapportage.Halfjaarbudget;
import nl.openinburgering.rapportage.Rapporttabel;

/**
 * D10 with D6: the budget realisation of both half years in the half-year report to the raad, from
 * {@link BegrotingBeheer#realisatie}; only for the beleidsmedewerker, who is the one who may read the budget.
 */
@Component
class BudgetInHalfjaarrapport implements Halfjaarbudget {

    private final BegrotingBeheer begroting;

    BudgetInHalfjaarrapport(BegrotingBeheer begroting) {
        this.begroting = begroting;
    }

    @Override
    public Optional<Rapporttabel> tabel(Halfjaar periode, Halfjaar vorige) {
        boolean magLezen = HuidigeGebruiker.huidige()
                .map(g -> g.rol() == Rol.BELEIDSMEDEWERKER)
                .orElse(false);
        if (!magLezen) {
            return Optional.empty();
        }
        return Optional.of(Budgettabel.van(
                periode,
                begroting.realisatie(periode.vanaf(), periode.tot()),
                vorige,
                begroting.realisatie(vorige.vanaf(), vorige.tot())));
    }
}
