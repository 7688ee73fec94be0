package nl.openinburgering.inburgeraar;

import nl.openinburgering.platform.HuidigeGebruiker;
import nl.openinburgering.platform.Rol;

/**
 * What the current user may do with a person's file, decided here so that the pages show or hide their actions
 * without testing role names. The facade still refuses what the role may not do.
 *
 * @param wijzigen change the person's data (the consulent)
 */
public record InburgeraarActies(boolean wijzigen) {

    public static InburgeraarActies voor(Rol rol) {
        return new InburgeraarActies(rol == Rol.CONSULENT);
    }

    /** As {@link #voor(Rol)} for the logged-in user; nothing without one. */
    public static InburgeraarActies huidige() {
        return HuidigeGebruiker.huidige()
                .map(gebruiker -> voor(gebruiker.rol()))
                .orElse(new InburgeraarActies(false));
    }
}
