package nl.openinburgering.begroting;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.IntFunction;

import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.inburgeraar.Instroom;

/**
 * D6: the definitive settlement of the SPUK per year of housing. The provisional payment follows the prognosis
 * (taakstelling × factor, and the gezins- and overige migranten); after the year the ministry fixes the payment on the
 * real number of inburgeringsplichtigen whose plicht started in the year (from the registry), and settles the
 * difference over t, t+1 and t+2. A year that is not over yet is still provisional.
 */
public record Afrekening(List<Regel> regels) {

    /**
     * One year of housing.
     *
     * @param voorlopigCenten  the cohort's provisional payment over t..t+2 plus that of the gezinsmigranten of year t
     * @param definitiefCenten the same on the real numbers
     * @param afgerond         whether the year is over (before: the real numbers are so far)
     */
    public record Regel(
            int jaar,
            BigDecimal prognoseStatushouders,
            long werkelijkeStatushouders,
            int prognoseGezinsmigranten,
            long werkelijkeGezinsmigranten,
            long voorlopigCenten,
            long definitiefCenten,
            boolean afgerond) {

        /** Definitive minus provisional: positive, the gemeente receives more; negative, it pays back. */
        public long verrekeningCenten() {
            return definitiefCenten - voorlopigCenten;
        }
    }

    /** D6: the settlement per year of the prognoses, with the real numbers of the registry; {@code huidigJaar} is not over. */
    public static Afrekening bereken(
            List<Prognose> prognoses, IntFunction<SpukPrijzen> prijzen, List<Instroom> instroom, int huidigJaar) {
        return new Afrekening(prognoses.stream()
                .map(p -> {
                    SpukPrijzen prijs = prijzen.apply(p.jaar());
                    long statushouders = aantal(instroom, p.jaar(), Doelgroep.ASIELSTATUSHOUDER);
                    long gezin = aantal(instroom, p.jaar(), Doelgroep.GEZINSMIGRANT_OF_OVERIGE_MIGRANT);
                    long voorlopig = Spukraming.maal(p.statushouders(), prijs.totaalAsielstatushouder())
                            + p.gezinsmigranten() * prijs.gezinsmigrant();
                    long definitief = statushouders * prijs.totaalAsielstatushouder() + gezin * prijs.gezinsmigrant();
                    return new Regel(
                            p.jaar(),
                            p.statushouders(),
                            statushouders,
                            p.gezinsmigranten(),
                            gezin,
                            voorlopig,
                            definitief,
                            p.jaar() < huidigJaar);
                })
                .toList());
    }

    /** The sum of the settlements of the years that are over. */
    public long verrekeningAfgerondCenten() {
        return regels.stream()
                .filter(Regel::afgerond)
                .mapToLong(Regel::verrekeningCenten)
                .sum();
    }

    private static long aantal(List<Instroom> instroom, int jaar, Doelgroep doelgroep) {
        return instroom.stream()
                .filter(i -> i.jaar() == jaar && i.doelgroep() == doelgroep)
                .mapToLong(Instroom::aantal)
                .sum();
    }
}
