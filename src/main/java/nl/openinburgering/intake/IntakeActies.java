package nl.openinburgering.intake;

import nl.openinburgering.platform.HuidigeGebruiker;
import nl.openinburgering.platform.Rol;

/**
 * What the current user may do in the intake workspace, decided here so that the page enables or hides its forms
 * without testing role names. The facade still refuses what the role may not do.
 *
 * @param wijzigen record the overdracht, conversations, findings, the leerbaarheidstoets and the route choice
 *        (the consulent); anyone else only reads
 */
public record IntakeActies(boolean wijzigen) {

    public static IntakeActies voor(Rol rol) {
        return new IntakeActies(rol == Rol.CONSULENT);
    }

    /** As {@link #voor(Rol)} for the logged-in user; nothing without one. */
    public static IntakeActies huidige() {
        return HuidigeGebruiker.huidige()
                .map(gebruiker -> voor(gebruiker.rol()))
                .orElse(new IntakeActies(false));
    }
}
