package nl.openinburgering.aanbieder;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a person is enrolled in at a provider, the kind of provider that offers it, and the kinds of hours a
 * provider may report on it.
 */
public enum Deelnamesoort {
    /** A leerroute the gemeente buys: for an asielstatushouder only (R2.9). */
    LEERROUTE(Aanbiedersoort.TAAL, EnumSet.of(Urensoort.TAALLES_KNM, Urensoort.TAALLES_KNM_BREDE_INTAKE)),
    /**
     * R2.9: a leerroute the person pays (a gezinsmigrant or overige migrant, possibly with a loan from DUO); the
     * gemeente does not buy it, yet the provider reports the hours that R3.11 and R4.5 count.
     */
    LEERROUTE_ZELFBETAALD(Aanbiedersoort.TAAL, EnumSet.of(Urensoort.TAALLES_KNM, Urensoort.TAALLES_KNM_BREDE_INTAKE)),
    PVT(Aanbiedersoort.PVT, EnumSet.of(Urensoort.PVT)),
    MAP(Aanbiedersoort.MAP, EnumSet.of(Urensoort.MAP_PRAKTIJK, Urensoort.MAP_THEMA)),
    PARTICIPATIE(Aanbiedersoort.PARTICIPATIE, EnumSet.of(Urensoort.PARTICIPATIE, Urensoort.PARTICIPATIE_BREDE_INTAKE));

    private final Aanbiedersoort aanbiedersoort;
    private final Set<Urensoort> urensoorten;

    Deelnamesoort(Aanbiedersoort aanbiedersoort, Set<Urensoort> urensoorten) {
        this.aanbiedersoort = aanbiedersoort;
        this.urensoorten = urensoorten;
    }

    /** The provider must offer this kind to take such an enrolment. */
    public Aanbiedersoort aanbiedersoort() {
        return aanbiedersoort;
    }

    /**
     * R3.11, R4.5: the kinds of hours a provider may report on such an enrolment: language and KNM lessons on a
     * language enrolment only, and so on. The database applies the same table ({@code urenregel_telbaar}, V210).
     */
    public boolean staatToe(Urensoort soort) {
        return urensoorten.contains(soort);
    }

    /** A language enrolment, bought by the gemeente or paid by the person. */
    public boolean isTaal() {
        return aanbiedersoort == Aanbiedersoort.TAAL;
    }
}
