package nl.openinburgering.leerroute;

import nl.openinburgering.inburgeraar.Geadresseerde;

/** R4.4: what the certificate of a completed Z-route says: to whom, and the completion with its hours. */
public record Zroutecertificaat(Geadresseerde geadresseerde, ZrouteAfronding afronding, boolean participatieVereist) {

    /** A reference without personal data, for the file name and the letter. */
    public String kenmerk() {
        return "ZR-" + afronding.inburgeraarId().toString().substring(0, 8).toUpperCase();
    }
}
