package nl.openinburgering.werkvoorraad;

import nl.openinburgering.platform.HuidigeGebruiker;
import nl.openinburgering.platform.Rol;

/**
 * What the current user may do with the worklist, decided here so that the page shows or hides its parts
 * without testing role names. The consulent sees their own cases and records voortgangsgesprekken; the teamleider the team's, and assigns.
 * The facade still refuses what the role may not do.
 *
 * @param teamBekijken see the team's worklist (title, the filter by consulent) and the dashboard
 * @param toewijzen choose cases and assign them to a consulent
 * @param gesprekVastleggen record a voortgangsgesprek with a person (D9): the consulent
 */
public record WerkvoorraadActies(boolean teamBekijken, boolean toewijzen, boolean gesprekVastleggen) {

    public static WerkvoorraadActies voor(Rol rol) {
        boolean teamleider = rol == Rol.TEAMLEIDER;
        return new WerkvoorraadActies(teamleider, teamleider, rol == Rol.CONSULENT);
    }

    /** As {@link #voor(Rol)} for the logged-in user; nothing without one. */
    public static WerkvoorraadActies huidige() {
        return HuidigeGebruiker.huidige()
                .map(gebruiker -> voor(gebruiker.rol()))
                .orElse(new WerkvoorraadActies(false, false, false));
    }
}
