package nl.openinburgering.inburgeraar;

import nl.openinburgering.platform.HuidigeGebruiker;
import nl.openinburgering.platform.Rol;

/**
 * What the current user may do with a person's file, decided here so that the pages show or hide their actions
 * without testing role names. The facade still refuses what the role may not do.
 *
 * @param wijzigen change the person's data (the consulent)
 * @param afsluiten close and reopen the file with a reason, R1.11 (the consulent and the teamleider)
 */
public record InburgeraarActies(boolean wijzigen, boolean afsluiten) {

    public static InburgeraarActies voor(Rol rol) {
        return new InburgeraarActies(rol == Rol.CONSULENT, rol == Rol.CONSULENT || rol == Rol.TEAMLEIDER);
    }

    /** As {@link #voor(Rol)} for the logged-in user; nothing without one. */
    public static InburgeraarActies huidige() {
        return HuidigeGebruiker.huidige()
                .map(gebruiker -> voor(gebruiker.rol()))
                .orElse(new InburgeraarActies(false, false));
    }
}
