package nl.openinburgering.pip;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.platform.HuidigeGebruiker;
import nl.openinburgering.platform.Rol;

/**
 * What the current user may do with the PIPs of one person, decided here so that the pages show or hide their
 * actions without testing role names. The facade still refuses what the role may not do; this only keeps the
 * pages from offering it.
 *
 * @param opstellen draft a new PIP or open the concept (the consulent)
 * @param bewerken edit this PIP: the consulent, and only a concept
 * @param vaststellen go to the vaststelling of this PIP: the teamleider (four eyes), and only a concept
 */
public record PipActies(boolean opstellen, boolean bewerken, boolean vaststellen) {

    /** For a role, about a PIP in this status; {@code null} for the list, where no one PIP is meant. */
    public static PipActies voor(Rol rol, @Nullable PipStatus status) {
        boolean concept = status == PipStatus.CONCEPT;
        return new PipActies(rol == Rol.CONSULENT, rol == Rol.CONSULENT && concept, rol == Rol.TEAMLEIDER && concept);
    }

    /** As {@link #voor(Rol, PipStatus)} for the logged-in user; nothing without one. */
    public static PipActies huidige(@Nullable PipStatus status) {
        return HuidigeGebruiker.huidige()
                .map(gebruiker -> voor(gebruiker.rol(), status))
                .orElse(new PipActies(false, false, false));
    }
}
