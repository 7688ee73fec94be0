package nl.openinburgering.begroting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * D6: the estimate of the (provisional) SPUK payment in the shape of figure 1.1 of the plan: one column per year of
 * payment (the years of the prognosis), one row per housing cohort with its payment in t, t+1 and t+2 ("nvt" before
 * its year and after t+2), the row of the gezins- and overige migranten in their year t, and the total per year.
 * Amounts in cents: persons (17,5) × price, rounded half up to the cent, and the totals are the sums of the cells.
 */
public record Spukraming(
        List<Integer> jaren,
        List<Prognose> prognoses,
        List<SpukPrijzen> prijzen,
        List<Cohortrij> cohorten,
        List<Long> gezinsmigranten,
        List<Long> totalen) {

    /** One housing cohort: the prognosis of statushouders and per payment year its amount, empty where "nvt". */
    public record Cohortrij(int huisvestingsjaar, BigDecimal statushouders, List<Optional<Long>> bedragen) {}

    /** Calculates the table for the given prognoses (one per year, any order) with the prices per year of housing. */
    public static Spukraming bereken(List<Prognose> invoer, IntFunction<SpukPrijzen> prijsVanJaar) {
        Map<Integer, Prognose> perJaar = new TreeMap<>();
        invoer.forEach(p -> perJaar.put(p.jaar(), p));
        List<Integer> jaren = List.copyOf(perJaar.keySet());
        List<Prognose> prognoses = List.copyOf(perJaar.values());
        List<SpukPrijzen> prijzen = jaren.stream().map(prijsVanJaar::apply).toList();
        List<Cohortrij> cohorten = new ArrayList<>();
        List<Long> totalen = new ArrayList<>(jaren.stream().map(j -> 0L).toList());
        for (int c = 0; c < jaren.size(); c++) {
            Prognose cohort = prognoses.get(c);
            List<Optional<Long>> bedragen = new ArrayList<>();
            for (int k = 0; k < jaren.size(); k++) {
                int na = jaren.get(k) - cohort.jaar();
                if (na < 0 || na > 2) {
                    bedragen.add(Optional.empty());
                } else {
                    long bedrag = maal(cohort.statushouders(), prijzen.get(c).asielstatushouder(na));
                    bedragen.add(Optional.of(bedrag));
                    totalen.set(k, totalen.get(k) + bedrag);
                }
            }
            cohorten.add(new Cohortrij(cohort.jaar(), cohort.statushouders(), List.copyOf(bedragen)));
        }
        List<Long> gezin = new ArrayList<>();
        for (int k = 0; k < jaren.size(); k++) {
            long bedrag = maal(
                    BigDecimal.valueOf(prognoses.get(k).gezinsmigranten()),
                    prijzen.get(k).gezinsmigrant());
            gezin.add(bedrag);
            totalen.set(k, totalen.get(k) + bedrag);
        }
        return new Spukraming(
                jaren, prognoses, prijzen, List.copyOf(cohorten), List.copyOf(gezin), List.copyOf(totalen));
    }

    /** The total provisional payment in one year of the table, if the year is in it. */
    public Optional<Long> totaalIn(int jaar) {
        int k = jaren.indexOf(jaar);
        return k < 0 ? Optional.empty() : Optional.of(totalen.get(k));
    }

    /**
     * The provisional payment in any year, also one after the last year of the table: the cohorts of that year and
     * the two before (t, t+1, t+2) and the gezinsmigranten of that year, as the table computes its cells.
     */
    public long uitkeringIn(int jaar) {
        long som = 0;
        for (int c = 0; c < prognoses.size(); c++) {
            int na = jaar - prognoses.get(c).jaar();
            if (na >= 0 && na <= 2) {
                som += maal(prognoses.get(c).statushouders(), prijzen.get(c).asielstatushouder(na));
            }
            if (na == 0) {
                som += maal(
                        BigDecimal.valueOf(prognoses.get(c).gezinsmigranten()),
                        prijzen.get(c).gezinsmigrant());
            }
        }
        return som;
    }

    /** Persons × cents, rounded half up to the cent. */
    static long maal(BigDecimal personen, long centen) {
        return personen.multiply(BigDecimal.valueOf(centen))
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
    }
}
