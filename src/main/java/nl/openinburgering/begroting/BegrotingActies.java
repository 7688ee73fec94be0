package nl.openinburgering.begroting;

import nl.openinburgering.platform.Rol;

/**
 * What the current user may do on the begroting pages: the beleidsmedewerker enters prognoses and interpreters and
 * sees the realisation; the functioneel beheerder sets prices, the uitvoeringsbudget and the cost per payment.
 */
public record BegrotingActies(
        boolean prognoseInvoeren, boolean tolkenInvoeren, boolean realisatieZien, boolean instellen) {

    public static BegrotingActies voor(Rol rol) {
        boolean beleid = rol == Rol.BELEIDSMEDEWERKER;
        return new BegrotingActies(beleid, beleid, beleid, rol == Rol.FUNCTIONEEL_BEHEERDER);
    }
}
