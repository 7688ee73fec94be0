package nl.openinburgering.leerroute;

import nl.openinburgering.platform.HuidigeGebruiker;
import nl.openinburgering.platform.Rol;

/**
 * What the current user may do on a person's enrolment screen: the consulent enrols, the teamleider reads. The
 * facade and the URL rules still refuse what the role may not do.
 *
 * @param inschrijven enrol the person at a contracted provider
 */
public record DeelnameActies(boolean inschrijven) {

    public static DeelnameActies voor(Rol rol) {
        return new DeelnameActies(rol == Rol.CONSULENT);
    }

    /** As {@link #voor(Rol)} for the logged-in user; nothing without one. */
    public static DeelnameActies huidige() {
        return HuidigeGebruiker.huidige()
                .map(gebruiker -> voor(gebruiker.rol()))
                .orElse(new DeelnameActies(false));
    }
}
