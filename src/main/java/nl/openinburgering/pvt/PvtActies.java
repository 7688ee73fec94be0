package nl.openinburgering.pvt;

import nl.openinburgering.platform.HuidigeGebruiker;
import nl.openinburgering.platform.Rol;

/**
 * What the current user may do in the PVT planning and on a person's PVT page, decided here so that the pages
 * show or hide their actions without testing role names. The consulent plans and registers; the teamleider
 * looks. The facade still refuses what the role may not do.
 *
 * @param groepAanmaken start a new group
 * @param plannen plan a meeting of a group
 * @param aanwezigheidRegistreren register or change the attendance of a meeting
 * @param uitnodigen invite people to a group
 * @param ondertekenen record the signed declaration (only while none is recorded)
 */
public record PvtActies(
        boolean groepAanmaken,
        boolean plannen,
        boolean aanwezigheidRegistreren,
        boolean uitnodigen,
        boolean ondertekenen) {

    /** For a role; {@code ondertekend} says whether the person's declaration is already recorded. */
    public static PvtActies voor(Rol rol, boolean ondertekend) {
        boolean consulent = rol == Rol.CONSULENT;
        return new PvtActies(consulent, consulent, consulent, consulent, consulent && !ondertekend);
    }

    /** As {@link #voor(Rol, boolean)} for the logged-in user; nothing without one. */
    public static PvtActies huidige(boolean ondertekend) {
        return HuidigeGebruiker.huidige()
                .map(gebruiker -> voor(gebruiker.rol(), ondertekend))
                .orElse(new PvtActies(false, false, false, false, false));
    }
}
