package nl.openinburgering.leerroute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.shared.Veldfout;

/** R4.5: the hours a Z-route needs before the eindgesprek completes it (see {@link Urenstand} for what counts). */
public final class ZrouteNorm {

    public static final BigDecimal CURSUSUREN = new BigDecimal("800");
    public static final BigDecimal PARTICIPATIEUREN = new BigDecimal("800");

    private ZrouteNorm() {}

    /** R4.5: does the person's target group need the 800 participation hours? Only an asielstatushouder. */
    public static boolean participatieVereist(Doelgroep doelgroep) {
        return doelgroep == Doelgroep.ASIELSTATUSHOUDER;
    }

    /**
     * R4.5: an asielstatushouder needs 800 course hours (NT2 + KNM) and 800 participation hours; a gezinsmigrant
     * or overige migrant 800 course hours only. One finding per target that is not met.
     */
    public static List<Veldfout> toets(Doelgroep doelgroep, Urenstand uren) {
        List<Veldfout> fouten = new ArrayList<>();
        if (uren.cursusuren().compareTo(CURSUSUREN) < 0) {
            fouten.add(new Veldfout(
                    "taallesKnm",
                    "R4.5",
                    "De Z-route vraagt " + CURSUSUREN
                            + " uur taalles en KNM (uren tijdens de brede intake tellen hier niet mee); gevolgd: "
                            + uren.cursusuren().stripTrailingZeros().toPlainString() + " uur."));
        }
        if (participatieVereist(doelgroep) && uren.participatieuren().compareTo(PARTICIPATIEUREN) < 0) {
            fouten.add(new Veldfout(
                    "participatie",
                    "R4.5",
                    "De Z-route van een asielstatushouder vraagt ook "
                            + PARTICIPATIEUREN
                            + " uur participatie (uren tijdens de brede intake tellen mee); gevolgd: "
                            + uren.participatieuren().stripTrailingZeros().toPlainString() + " uur."));
        }
        return fouten;
    }
}
