package nl.openinburgering.rapportage;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * D10: the figures of one half year of the report to the raad for one gemeente. Counts of persons or events in
 * the half year {@code periode} (start inclusive, end exclusive); the definitions are on
 * {@code rapportage.internal.HalfjaarLezer} and in {@code docs/rules.md}.
 *
 * @param taakstelling the huisvestingstaakstelling set for the half year, null while none is set
 * @param gehuisvest asielstatushouders housed in the gemeente in the half year
 * @param handhaving the enforcement figures of the two quarters added up (module handhaving)
 */
public record Halfjaarcijfers(
        Halfjaar periode,
        @Nullable Integer taakstelling,
        long gehuisvest,
        long uitstroomWerk,
        long uitstroomEigenOnderneming,
        long uitstroomStudie,
        long nieuwAsielstatushouders,
        long nieuwGezinsmigranten,
        long pipsVastgesteld,
        long pipsBinnenTienWeken,
        long routeB1,
        long routeOnderwijs,
        long routeZ,
        long afschalingen,
        long schakelingen,
        long pvtAfgerond,
        long mapAfgerond,
        long zrouteAfgerond,
        long examensGeslaagd,
        long examenpogingen,
        Handhavingscijfers handhaving) {

    /** D10: housed as a percentage of the task, one decimal; null without a task (or a task of 0). */
    public @Nullable BigDecimal realisatiePercentage() {
        return taakstelling == null || taakstelling == 0 ? null : procent(gehuisvest, taakstelling);
    }

    /** R2.8: the share of the first PIPs fixed within ten weeks, one decimal; null without PIPs. */
    public @Nullable BigDecimal aandeelBinnenTienWeken() {
        return pipsVastgesteld == 0 ? null : procent(pipsBinnenTienWeken, pipsVastgesteld);
    }

    /** D5: the share of one route among the first PIPs, one decimal; null without PIPs. */
    public @Nullable BigDecimal routeaandeel(long route) {
        return pipsVastgesteld == 0 ? null : procent(route, pipsVastgesteld);
    }

    public long uitstroomTotaal() {
        return uitstroomWerk + uitstroomEigenOnderneming + uitstroomStudie;
    }

    static BigDecimal procent(long deel, long geheel) {
        return BigDecimal.valueOf(deel * 100L).divide(BigDecimal.valueOf(geheel), 1, RoundingMode.HALF_UP);
    }

    /** The enforcement figures of a half year (module handhaving's quarters added up). */
    public record Handhavingscijfers(long waarschuwingen, long voornemens, long boetes, BigDecimal bedrag) {

        public static final Handhavingscijfers GEEN = new Handhavingscijfers(0, 0, 0, BigDecimal.ZERO);
    }
}
