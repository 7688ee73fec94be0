package nl.openinburgering.pip;

/**
 * What a consulent writes in a PIP (api.md "PIP"). {@code niveau} defaults to B1 for the B1-route and the
 * onderwijsroute and stays empty for the Z-route, as DUO does when it is missing (R3.13).
 */
public record PipInhoud(Leerroute leerroute, Niveau niveau, Integer geschatteIntensiteitB1Route,
        Alfabetisering alfabetisering, boolean indicatieMagOpleidingAfmaken, String begeleiding, String afsprakenPvt,
        String afsprakenMap, Integer aantalVoortgangsgesprekken, String reden) {

    public PipInhoud {
        if (niveau == null && leerroute != null && leerroute != Leerroute.Z_ROUTE) {
            niveau = Niveau.B1;
        }
        if (alfabetisering == null) {
            alfabetisering = Alfabetisering.NVT;
        }
        begeleiding = leegIsNull(begeleiding);
        afsprakenPvt = leegIsNull(afsprakenPvt);
        afsprakenMap = leegIsNull(afsprakenMap);
        reden = leegIsNull(reden);
    }

    private static String leegIsNull(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }
}
