package nl.openinburgering.handhaving;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/**
 * D1: the gemeente's fine policy, a setting of the functioneel beheerder with the seed's values as defaults:
 * the ladder (first fine, doubled per repeat up to the highest step), the culpability percentages, the terms of
 * the warning (R9.6, local policy), the zienswijze (R9.7) and the decision, and whether the gemeente's
 * verordening allows offsetting a fine against bijstand (R9.5). The statutory maxima ({@link #INTAKE_BOETE},
 * {@link #MAXIMUM_PIP_BOETE}) are no settings: the ladder may never exceed them.
 */
public record Boetebeleid(
        BigDecimal eersteBoete,
        BigDecimal hoogsteTrede,
        int procentVerminderd,
        int procentNormaal,
        int procentGroveSchuld,
        int procentOpzet,
        int waarschuwingstermijnDagen,
        int zienswijzetermijnDagen,
        int beslistermijnDagen,
        boolean verrekenenToegestaan) {

    /** R9.1: the statutory fixed fine for the brede intake (art. 22 Wi2021). Not a setting. */
    public static final BigDecimal INTAKE_BOETE = new BigDecimal("250.00");

    /** R9.2: the statutory maximum of a PIP fine (art. 23 Wi2021). Not a setting. */
    public static final BigDecimal MAXIMUM_PIP_BOETE = new BigDecimal("800.00");

    /** D1 as the seed (chapter 9) describes it: €50 doubling to €800, 25/50/75/100 %. */
    public static final Boetebeleid STANDAARD =
            new Boetebeleid(new BigDecimal("50.00"), new BigDecimal("800.00"), 25, 50, 75, 100, 14, 14, 56, false);

    /** D1 within the law: the ladder stays within R9.2's maximum, percentages 1–100, terms 1–365 days. */
    public Boetebeleid {
        List<Veldfout> fouten = new ArrayList<>();
        if (eersteBoete == null || eersteBoete.signum() <= 0 || eersteBoete.compareTo(MAXIMUM_PIP_BOETE) > 0) {
            fouten.add(new Veldfout("eersteBoete", "R9.2", "De eerste boete ligt tussen 0 en 800 euro."));
        }
        if (hoogsteTrede == null
                || hoogsteTrede.compareTo(MAXIMUM_PIP_BOETE) > 0
                || (eersteBoete != null && hoogsteTrede.compareTo(eersteBoete) < 0)) {
            fouten.add(new Veldfout(
                    "hoogsteTrede",
                    "R9.2",
                    "De hoogste trede ligt tussen de eerste boete en het wettelijke maximum van 800 euro."));
        }
        procent(fouten, "procentVerminderd", procentVerminderd);
        procent(fouten, "procentNormaal", procentNormaal);
        procent(fouten, "procentGroveSchuld", procentGroveSchuld);
        procent(fouten, "procentOpzet", procentOpzet);
        termijn(fouten, "waarschuwingstermijnDagen", waarschuwingstermijnDagen);
        termijn(fouten, "zienswijzetermijnDagen", zienswijzetermijnDagen);
        termijn(fouten, "beslistermijnDagen", beslistermijnDagen);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
    }

    /** D1: the percentage of a degree of culpability. */
    public int procent(Verwijtbaarheidsgraad graad) {
        return switch (graad) {
            case VERMINDERD -> procentVerminderd;
            case NORMAAL -> procentNormaal;
            case GROVE_SCHULD -> procentGroveSchuld;
            case OPZET -> procentOpzet;
        };
    }

    private static void procent(List<Veldfout> fouten, String veld, int procent) {
        if (procent < 1 || procent > 100) {
            fouten.add(new Veldfout(veld, "D1", "Een percentage ligt tussen 1 en 100."));
        }
    }

    private static void termijn(List<Veldfout> fouten, String veld, int dagen) {
        if (dagen < 1 || dagen > 365) {
            fouten.add(new Veldfout(veld, "D1", "Een termijn ligt tussen 1 en 365 dagen."));
        }
    }
}
