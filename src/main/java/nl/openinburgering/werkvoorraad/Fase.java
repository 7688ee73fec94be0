package nl.openinburgering.werkvoorraad;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.shared.Leerroute;

/**
 * Where a person is in the inburgering, for the overview: intake → PIP → leerroute → PVT/MAP → afgerond. Derived
 * from the data on every request, never stored.
 */
public enum Fase {
    /** No PIP yet: warme overdracht and brede intake. */
    INTAKE,
    /** A concept PIP, not yet vastgesteld. */
    PIP,
    /** A vastgesteld PIP; the leerroute runs. */
    LEERROUTE,
    /** The leerroute's completion (a Z-route) or the PVT or the MAP is done, not yet all of them. */
    PVT_MAP,
    /**
     * The PVT is signed, the MAP completed (not in the onderwijsroute) and, in the Z-route, the Z-route completed.
     * Exam results of the B1-route and the onderwijsroute are not part of it yet: such a person stays in PVT_MAP.
     */
    AFGEROND;

    /** R5.x, R6.1, R4.4: the stage from the facts the modules give in bulk. */
    public static Fase van(
            boolean conceptPip,
            @Nullable Leerroute route,
            boolean pvtOndertekend,
            boolean mapAfgerond,
            boolean zrouteAfgerond) {
        if (route == null) {
            return conceptPip ? PIP : INTAKE;
        }
        boolean mapKlaar = route == Leerroute.ONDERWIJSROUTE || mapAfgerond;
        if (route == Leerroute.Z_ROUTE && zrouteAfgerond && pvtOndertekend && mapKlaar) {
            return AFGEROND;
        }
        if (pvtOndertekend || mapAfgerond || zrouteAfgerond) {
            return PVT_MAP;
        }
        return LEERROUTE;
    }
}
