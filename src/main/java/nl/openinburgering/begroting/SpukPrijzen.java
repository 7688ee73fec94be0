package nl.openinburgering.begroting;

import java.util.ArrayList;
import java.util.List;

import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

/**
 * D6: the SPUK prices of one year of housing, in cents: per asielstatushouder in the year of housing (t), in t+1 and
 * in t+2, and per gezins- of overige migrant in year t. A setting per year, so a year with other prices gets its own
 * row; a year without a row uses the D6 defaults ({@link #standaard}).
 */
public record SpukPrijzen(
        int jaar,
        long asielstatushouderJaarT,
        long asielstatushouderJaarT1,
        long asielstatushouderJaarT2,
        long gezinsmigrant,
        boolean ingesteld) {

    /** The highest price the form accepts (€ 100.000,00), against typing errors. */
    static final long MAXIMUM = 10_000_000L;

    public SpukPrijzen {
        List<Veldfout> fouten = new ArrayList<>();
        Jaren.controleer(jaar, "jaar", fouten);
        controleer(asielstatushouderJaarT, "prijsJaarT", fouten);
        controleer(asielstatushouderJaarT1, "prijsJaarT1", fouten);
        controleer(asielstatushouderJaarT2, "prijsJaarT2", fouten);
        controleer(gezinsmigrant, "prijsGezinsmigrant", fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
    }

    /** D6: € 7.712 (t), € 4.000 (t+1), € 1.000 (t+2), € 589 per gezins- of overige migrant. */
    public static SpukPrijzen standaard(int jaar) {
        return new SpukPrijzen(jaar, 771_200, 400_000, 100_000, 58_900, false);
    }

    /** The price per asielstatushouder in year t + {@code na} (0, 1 or 2). */
    public long asielstatushouder(int na) {
        return switch (na) {
            case 0 -> asielstatushouderJaarT;
            case 1 -> asielstatushouderJaarT1;
            case 2 -> asielstatushouderJaarT2;
            default -> 0;
        };
    }

    /** The total price per asielstatushouder over the three years (D6: € 12.712). */
    public long totaalAsielstatushouder() {
        return asielstatushouderJaarT + asielstatushouderJaarT1 + asielstatushouderJaarT2;
    }

    private static void controleer(long centen, String veld, List<Veldfout> fouten) {
        if (centen < 0 || centen > MAXIMUM) {
            fouten.add(new Veldfout(veld, "D6", "Vul een bedrag in van 0 tot en met 100.000 euro, zoals 7712,00."));
        }
    }
}
