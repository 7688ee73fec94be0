package nl.openinburgering.aanbieder;

/** What a person is enrolled in at a provider, and the kind of provider that offers it. */
public enum Deelnamesoort {
    LEERROUTE(Aanbiedersoort.TAAL),
    PVT(Aanbiedersoort.PVT),
    MAP(Aanbiedersoort.MAP),
    PARTICIPATIE(Aanbiedersoort.PARTICIPATIE);

    private final Aanbiedersoort aanbiedersoort;

    Deelnamesoort(Aanbiedersoort aanbiedersoort) {
        this.aanbiedersoort = aanbiedersoort;
    }

    /** The provider must offer this kind to take such an enrolment. */
    public Aanbiedersoort aanbiedersoort() {
        return aanbiedersoort;
    }
}
