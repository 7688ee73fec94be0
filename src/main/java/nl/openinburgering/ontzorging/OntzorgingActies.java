package nl.openinburgering.ontzorging;

import nl.openinburgering.platform.HuidigeGebruiker;
import nl.openinburgering.platform.Rol;

/**
 * What the current user may do on a person's ontzorging page, so the page shows or hides its forms without
 * testing role names. The consulent records; the teamleider looks. The facade still refuses the rest.
 *
 * @param starten start the ontzorging (R7.1): while none has started
 * @param wijzigen the machtiging, cost items, hand-back, extension and end: while it runs
 */
public record OntzorgingActies(boolean starten, boolean wijzigen) {

    public static OntzorgingActies voor(Rol rol, OntzorgingDossier dossier) {
        boolean consulent = rol == Rol.CONSULENT;
        boolean gestart = dossier.ontzorging().isPresent();
        boolean lopend = dossier.ontzorging().map(o -> !o.beeindigd()).orElse(false);
        return new OntzorgingActies(consulent && !gestart, consulent && lopend);
    }

    public static OntzorgingActies huidige(OntzorgingDossier dossier) {
        return HuidigeGebruiker.huidige().map(g -> voor(g.rol(), dossier)).orElse(new OntzorgingActies(false, false));
    }
}
