package nl.openinburgering.begeleiding;

import nl.openinburgering.platform.HuidigeGebruiker;
import nl.openinburgering.platform.Rol;

/**
 * What the current user may do with maatschappelijke begeleiding, so that pages show or hide their actions
 * without testing role names. The facade still refuses what the role may not do.
 *
 * @param starten start a traject from the person's file (consulent, when there is none yet)
 * @param contactVastleggen record a contact moment (begeleider, while the traject is open)
 * @param afsluiten close the traject with a summary (begeleider, while the traject is open)
 */
public record BegeleidingActies(boolean starten, boolean contactVastleggen, boolean afsluiten) {

    public static BegeleidingActies voor(Rol rol, boolean trajectBestaat, boolean afgesloten) {
        boolean begeleider = rol == Rol.MAATSCHAPPELIJK_BEGELEIDER && trajectBestaat && !afgesloten;
        return new BegeleidingActies(rol == Rol.CONSULENT && !trajectBestaat, begeleider, begeleider);
    }

    public static BegeleidingActies huidige(boolean trajectBestaat, boolean afgesloten) {
        return HuidigeGebruiker.huidige()
                .map(g -> voor(g.rol(), trajectBestaat, afgesloten))
                .orElse(new BegeleidingActies(false, false, false));
    }
}
