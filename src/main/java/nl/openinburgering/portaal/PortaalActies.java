package nl.openinburgering.portaal;

import nl.openinburgering.platform.HuidigeGebruiker;
import nl.openinburgering.platform.Rol;

/**
 * What the current user may do with the portal messages in a person's file, so that the page shows or hides its
 * buttons without testing role names. The facade still refuses what the role may not do.
 *
 * @param beantwoorden answer the person and mark messages handled (consulent)
 */
public record PortaalActies(boolean beantwoorden) {

    public static PortaalActies voor(Rol rol) {
        return new PortaalActies(rol == Rol.CONSULENT);
    }

    public static PortaalActies huidige() {
        return HuidigeGebruiker.huidige().map(g -> voor(g.rol())).orElse(new PortaalActies(false));
    }
}
