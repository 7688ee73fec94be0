package nl.openinburgering.leerroute;

import java.math.BigDecimal;

import nl.openinburgering.aanbieder.Urentotalen;

/**
 * The attended hours the Z-route counts, as the providers reported them (module aanbieder), plus the hours of
 * maatschappelijke begeleiding that the begeleider recorded (module begeleiding, R8.3).
 *
 * <p>How R4.5, R4.7 and R2.10 are read together: the 800 <em>course</em> hours are the NT2 and KNM lessons at a
 * provider without the hours of the brede intake (R4.7 reports those course hours "brede-intake hours
 * excluded"); the 800 <em>participation</em> hours of an asielstatushouder are the participation hours plus
 * all brede-intake hours: the participation activities during the brede intake (R4.5) and the NT2/KNM
 * lessons during the brede intake, which R2.10 says "do count toward Z-route participation hours"; and the
 * hours of maatschappelijke begeleiding, which R8.3 counts toward them too.
 */
public record Urenstand(
        BigDecimal taallesKnm,
        BigDecimal taallesKnmBredeIntake,
        BigDecimal participatie,
        BigDecimal participatieBredeIntake,
        BigDecimal maatschappelijkeBegeleiding) {

    public static final Urenstand NUL =
            new Urenstand(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    /** The providers' hours only, without maatschappelijke begeleiding. */
    public Urenstand(
            BigDecimal taallesKnm,
            BigDecimal taallesKnmBredeIntake,
            BigDecimal participatie,
            BigDecimal participatieBredeIntake) {
        this(taallesKnm, taallesKnmBredeIntake, participatie, participatieBredeIntake, BigDecimal.ZERO);
    }

    /** The four kinds of the providers' attended hours that the Z-route counts (R4.5, R2.10). */
    public static Urenstand van(Urentotalen totalen) {
        return van(totalen, BigDecimal.ZERO);
    }

    /** R4.5, R2.10 and R8.3: the providers' hours and the hours of maatschappelijke begeleiding. */
    public static Urenstand van(Urentotalen totalen, BigDecimal maatschappelijkeBegeleiding) {
        return new Urenstand(
                totalen.taallesKnm(),
                totalen.taallesKnmBredeIntake(),
                totalen.participatie(),
                totalen.participatieBredeIntake(),
                maatschappelijkeBegeleiding);
    }

    /** R4.5 with R4.7: NT2 and KNM course hours, brede intake excluded. */
    public BigDecimal cursusuren() {
        return taallesKnm;
    }

    /**
     * R4.5 with R2.10 and R8.3: participation hours including every hour of the brede intake and of the
     * maatschappelijke begeleiding.
     */
    public BigDecimal participatieuren() {
        return participatie
                .add(participatieBredeIntake)
                .add(taallesKnmBredeIntake)
                .add(maatschappelijkeBegeleiding);
    }
}
