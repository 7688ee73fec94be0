package nl.openinburgering.leerroute.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.openinburgering.aanbieder.Urentotalen;
import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.leerroute.Urenstand;
import nl.openinburgering.leerroute.ZrouteNorm;
import nl.openinburgering.shared.Leerroute;

/**
 * One hour target of the person's route with the hours toward it, for a progress bar that reads without
 * colour: "312.5 of 600 hours (52%)". Which targets apply follows the current PIP's leerroute: 600 for
 * afschalen in the B1-route (R3.11), 800 course hours and for an asielstatushouder 800 participation hours
 * in the Z-route (R4.5).
 */
public record Urendoel(String sleutel, String id, BigDecimal behaald, BigDecimal doel) {

    static final BigDecimal AFSCHALEN = new BigDecimal("600");

    public int procent() {
        if (behaald.compareTo(doel) >= 0) {
            return 100;
        }
        return behaald.multiply(BigDecimal.valueOf(100))
                .divide(doel, 0, RoundingMode.DOWN)
                .intValue();
    }

    public boolean gehaald() {
        return behaald.compareTo(doel) >= 0;
    }

    public String behaaldTekst() {
        return behaald.stripTrailingZeros().toPlainString();
    }

    public String doelTekst() {
        return doel.stripTrailingZeros().toPlainString();
    }

    /** R8.3: {@code begeleidingsuren} are the hours of maatschappelijke begeleiding, counted as participation. */
    static List<Urendoel> voor(
            @Nullable Leerroute route, Doelgroep doelgroep, Urentotalen totalen, BigDecimal begeleidingsuren) {
        List<Urendoel> doelen = new ArrayList<>();
        if (route == Leerroute.B1_ROUTE) {
            doelen.add(new Urendoel("leerroute.doel.afschalen", "doel-afschalen", totalen.taallesKnm(), AFSCHALEN));
        } else if (route == Leerroute.Z_ROUTE) {
            Urenstand stand = Urenstand.van(totalen, begeleidingsuren);
            doelen.add(new Urendoel(
                    "leerroute.doel.zrouteCursus", "doel-zroute-cursus", stand.cursusuren(), ZrouteNorm.CURSUSUREN));
            if (ZrouteNorm.participatieVereist(doelgroep)) {
                doelen.add(new Urendoel(
                        "leerroute.doel.zrouteParticipatie",
                        "doel-zroute-participatie",
                        stand.participatieuren(),
                        ZrouteNorm.PARTICIPATIEUREN));
            }
        }
        return doelen;
    }
}
