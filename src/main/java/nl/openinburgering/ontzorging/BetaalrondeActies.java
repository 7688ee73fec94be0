package nl.openinburgering.ontzorging;

import nl.openinburgering.platform.HuidigeGebruiker;
import nl.openinburgering.platform.Rol;

/**
 * What the current user may do with a payment run: only the financiële administratie fixes a reviewed concept
 * and exports a recorded run.
 */
public record BetaalrondeActies(boolean vaststellen, boolean exporteren) {

    public static BetaalrondeActies voor(Rol rol, Betaalronde ronde) {
        boolean financieel = rol == Rol.FINANCIELE_ADMINISTRATIE;
        return new BetaalrondeActies(
                financieel && !ronde.vastgesteld() && ronde.aantalTransacties() > 0, financieel && ronde.vastgesteld());
    }

    public static BetaalrondeActies huidige(Betaalronde ronde) {
        return HuidigeGebruiker.huidige().map(g -> voor(g.rol(), ronde)).orElse(new BetaalrondeActies(false, false));
    }
}
