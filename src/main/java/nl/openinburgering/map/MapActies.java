package nl.openinburgering.map;

import java.util.Optional;

import nl.openinburgering.platform.HuidigeGebruiker;
import nl.openinburgering.platform.Rol;

/**
 * What the current user may do on a person's MAP page, decided here so that the page shows or hides its forms
 * without testing role names. The consulent records; the teamleider looks. The facade still refuses what the
 * role may not do.
 *
 * @param themasWijzigen change the agreement per theme
 * @param kostenVaststellen record the costs
 * @param eindgesprekVastleggen record the eindgesprek (R6.4): while there is none, or the last was not sufficient
 */
public record MapActies(boolean themasWijzigen, boolean kostenVaststellen, boolean eindgesprekVastleggen) {

    /** For a role, given the eindgesprek recorded so far. */
    public static MapActies voor(Rol rol, Optional<MapEindgesprek> eindgesprek) {
        boolean consulent = rol == Rol.CONSULENT;
        boolean eindgesprekOpen =
                eindgesprek.map(gesprek -> !gesprek.voldoende()).orElse(true);
        return new MapActies(consulent, consulent, consulent && eindgesprekOpen);
    }

    /** As {@link #voor(Rol, Optional)} for the logged-in user; nothing without one. */
    public static MapActies huidige(Optional<MapEindgesprek> eindgesprek) {
        return HuidigeGebruiker.huidige()
                .map(gebruiker -> voor(gebruiker.rol(), eindgesprek))
                .orElse(new MapActies(false, false, false));
    }
}
