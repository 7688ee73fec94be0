package nl.openinburgering.leerroute;

import java.math.BigDecimal;

import nl.openinburgering.aanbieder.Urentotalen;

/**
 * The attended hours the Z-route counts, as the providers reported them (module aanbieder).
 *
 * <p>How R4.5, R4.7 and R2.10 are read together: the 800 <em>course</em> hours are the NT2 and KNM lessons at a
 * provider without the hours of the brede intake (R4.7 reports those course hours "brede-intake hours
 * excluded"); the 800 <em>participation</em> hours of an asielstatushouder are the participation hours plus
 * all brede-intake hours: the participation activities during the brede intake (R4.5) and the NT2/KNM
 * lessons during the brede intake, which R2.10 says "do count toward Z-route participation hours".
 */
public record Urenstand(
        BigDecimal taallesKnm,
        BigDecimal taallesKnmBredeIntake,
        BigDecimal participatie,
        BigDecimal participatieBredeIntake) {

    public static final Urenstand NUL =
            new Urenstand(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    /** The four kinds of the providers' attended hours that the Z-route counts (R4.5, R2.10). */
    public static Urenstand van(Urentotalen totalen) {
        return new Urenstand(
                totalen.taallesKnm(),
                totalen.taallesKnmBredeIntake(),
                totalen.participatie(),
                totalen.participatieBredeIntake());
    }

    /** R4.5 with R4.7: NT2 and KNM course hours, brede intake excluded. */
    public BigDecimal cursusuren() {
        return taallesKnm;
    }

    /** R4.5 with R2.10: participation hours including every hour of the brede intake. */
    public BigDecimal participatieuren() {
        return participatie.add(participatieBredeIntake).add(taallesKnmBredeIntake);
    }
}
