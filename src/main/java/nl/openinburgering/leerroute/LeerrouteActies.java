package nl.openinburgering.leerroute;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.platform.HuidigeGebruiker;
import nl.openinburgering.platform.Rol;
import nl.openinburgering.shared.Leerroute;

/**
 * What the current user may do on a person's leerroute page, decided here so that the page shows or hides its
 * forms without testing role names. The facade still refuses what the role may not do.
 *
 * @param zrouteAfronden record the completion of the Z-route: the consulent, on a Z-route not yet completed
 */
public record LeerrouteActies(boolean zrouteAfronden) {

    /** For a role, the leerroute of the person's PIP ({@code null} without one) and whether the Z-route is done. */
    public static LeerrouteActies voor(Rol rol, @Nullable Leerroute route, boolean zrouteAfgerond) {
        return new LeerrouteActies(rol == Rol.CONSULENT && route == Leerroute.Z_ROUTE && !zrouteAfgerond);
    }

    /** As {@link #voor(Rol, Leerroute, boolean)} for the logged-in user; nothing without one. */
    public static LeerrouteActies huidige(@Nullable Leerroute route, boolean zrouteAfgerond) {
        return HuidigeGebruiker.huidige()
                .map(gebruiker -> voor(gebruiker.rol(), route, zrouteAfgerond))
                .orElse(new LeerrouteActies(false));
    }
}
