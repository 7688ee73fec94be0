package nl.openinburgering.duo;

import java.util.Arrays;
import java.util.Optional;

/**
 * R10.3: the gebeurtenissen of DUO's {@code Gebeurtenissen.md}, each with DUO's own description and what this
 * system does with it ({@link Verwerking}).
 */
public enum Gebeurtenis {
    SS101("Persoon is inburgeringsplichtig", Verwerking.NIEUWE_INBURGERAAR),
    SS128("Persoon is inburgeringsplichtig, maar bereikt AOW-leeftijd binnen 6 maanden", Verwerking.NIEUWE_INBURGERAAR),
    SS139(
            "Persoon is inburgeringsplichtig en de termijn van 10 weken voor vaststellen leerroute is gestart",
            Verwerking.NIEUWE_INBURGERAAR),
    SS129("Tijdelijke vrijstelling ingetrokken, nog geen leerroute bekend", Verwerking.NIEUWE_INBURGERAAR),
    SS120("Inburgeringsplichtige in gemeente gevestigd zonder PIP", Verwerking.NIEUWE_INBURGERAAR),
    SS121("Inburgeringsplichtige in gemeente gevestigd met PIP vorige gemeente", Verwerking.NIEUWE_INBURGERAAR),
    SS124("Doelgroep van asielstatushouder naar gezinsmigrant en overige migrant gewijzigd", Verwerking.DOELGROEP),
    SS125("Doelgroep van gezinsmigrant en overige migrant naar asielstatushouder gewijzigd", Verwerking.DOELGROEP),
    SS109("Tijdelijke vrijstelling toegekend", Verwerking.INBURGERINGSPLICHT),
    SS110("Inburgeringsplicht ingetrokken", Verwerking.INBURGERINGSPLICHT),
    SS111("Persoon is overleden", Verwerking.INBURGERINGSPLICHT),
    SS106("Diploma behaald", Verwerking.INBURGERINGSPLICHT),
    SS107("Gehele vrijstelling toegekend", Verwerking.INBURGERINGSPLICHT),
    SS108("Gehele ontheffing toegekend", Verwerking.INBURGERINGSPLICHT),
    SS137("Persoon is aangemeld voor de leerbaarheidstoets", Verwerking.ALLEEN_MELDEN),
    SS131("Leerbaarheidstoets is afgenomen en resultaat is bekend", Verwerking.ALLEEN_MELDEN),
    SS102("Inburgeringstermijn gestart", Verwerking.TERMIJN),
    SS103("Termijn ambtshalve verlengd", Verwerking.TERMIJN),
    SS104("Termijn op verzoek verlengd", Verwerking.TERMIJN),
    SS130("Tijdelijke vrijstelling ingetrokken, PIP al bekend", Verwerking.TERMIJN),
    SS199("Uitslag examen bekend", Verwerking.ALLEEN_MELDEN),
    SS113("Verzoek verlenging afgewezen", Verwerking.ALLEEN_MELDEN),
    SS114("Verzoek gehele vrijstelling afgewezen", Verwerking.ALLEEN_MELDEN),
    SS115("Verzoek tijdelijke vrijstelling afgewezen", Verwerking.ALLEEN_MELDEN),
    SS116("Verzoek gedeeltelijke vrijstelling afgewezen", Verwerking.ALLEEN_MELDEN),
    SS117("Verzoek gedeeltelijke vrijstelling toegekend", Verwerking.ALLEEN_MELDEN),
    SS118("Verzoek ontheffing afgewezen", Verwerking.ALLEEN_MELDEN),
    SS119("Verzoek gedeeltelijke ontheffing toegekend", Verwerking.ALLEEN_MELDEN);

    /** What processing a gebeurtenis gets. */
    public enum Verwerking {
        /** Raadpleging of the Inburgeringsplicht API; the file is completed, or announced to the consulent. */
        NIEUWE_INBURGERAAR,
        /** Raadpleging of the doelgroep, kept as DUO's fact. */
        DOELGROEP,
        /** Raadpleging of the Inburgeringsplicht API, kept as DUO's fact (withdrawn, met, exempted). */
        INBURGERINGSPLICHT,
        /** Raadpleging of the Inburgeringstermijn API; an extension is registered in the file (R3.6). */
        TERMIJN,
        /** Shown in the file's DUO page; the API behind it (LBT, Examen, Vrijstelling) is not consulted yet. */
        ALLEEN_MELDEN
    }

    private final String omschrijving;
    private final Verwerking verwerking;

    Gebeurtenis(String omschrijving, Verwerking verwerking) {
        this.omschrijving = omschrijving;
        this.verwerking = verwerking;
    }

    public String omschrijving() {
        return omschrijving;
    }

    public Verwerking verwerking() {
        return verwerking;
    }

    public static Optional<Gebeurtenis> van(String code) {
        return Arrays.stream(values()).filter(g -> g.name().equals(code)).findFirst();
    }
}
