package nl.openinburgering.inburgeraar;

import nl.openinburgering.platform.HuidigeGebruiker;
import nl.openinburgering.platform.Rol;

/**
 * What the current user may do with a person's outflow to work or study (D10), so that the page shows or hides
 * its form without testing role names. The facade still refuses what the role may not do.
 *
 * @param vastleggen record or remove an outflow (consulent)
 */
public record UitstroomActies(boolean vastleggen) {

    public static UitstroomActies voor(Rol rol) {
        return new UitstroomActies(rol == Rol.CONSULENT);
    }

    public static UitstroomActies huidige() {
        return HuidigeGebruiker.huidige().map(g -> voor(g.rol())).orElse(new UitstroomActies(false));
    }
}
