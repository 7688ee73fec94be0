package nl.openinburgering.handhaving;

import nl.openinburgering.platform.HuidigeGebruiker;
import nl.openinburgering.platform.Rol;

/**
 * What the current user may do in handhaving, so that the pages show or hide their actions without testing role
 * names: the consulent opens a case and takes the steps up to the proposal (and refers to the inkomensconsulent);
 * the teamleider fixes the boetebeschikking (four eyes), sees the overview and exports the fines; both may decide
 * not to fine. The facade still refuses what the role may not do.
 *
 * @param openen open a case or refer a Participatiewet breach
 * @param stappen take the steps from conversation to proposal
 * @param vaststellen fix a proposed boetebeschikking
 * @param geenBoete decide not to fine
 * @param betaalstatus change the payment state of a fine
 * @param overzicht see all open cases and export the fines
 */
public record HandhavingActies(
        boolean openen,
        boolean stappen,
        boolean vaststellen,
        boolean geenBoete,
        boolean betaalstatus,
        boolean overzicht) {

    public static HandhavingActies voor(Rol rol) {
        boolean consulent = rol == Rol.CONSULENT;
        boolean teamleider = rol == Rol.TEAMLEIDER;
        return new HandhavingActies(
                consulent,
                consulent,
                teamleider,
                consulent || teamleider,
                teamleider || rol == Rol.FINANCIELE_ADMINISTRATIE,
                teamleider);
    }

    /** As {@link #voor(Rol)} for the logged-in user; nothing without one. */
    public static HandhavingActies huidige() {
        return HuidigeGebruiker.huidige()
                .map(gebruiker -> voor(gebruiker.rol()))
                .orElse(new HandhavingActies(false, false, false, false, false, false));
    }
}
