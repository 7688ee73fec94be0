package nl.openinburgering.rapportage;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * One national cohort as it leaves the gemeente: every count suppressed under {@link Kleinecellen#DREMPEL} (also
 * when national minus the viewer's own figure is small), the hours and average with the persons they are about.
 * A null is a suppressed cell.
 */
public record LandelijkCohort(
        @Nullable Integer jaar,
        @Nullable Long personen,
        @Nullable BigDecimal gevolgdeUrenTaallesKnm,
        @Nullable BigDecimal gemiddeldeUren,
        @Nullable Long zroutesAfgerond) {

    /** Issue 17 point 6: the national row with the viewer's own row of the same moment (null: none). */
    public static LandelijkCohort beschermd(Cohortregel landelijk, @Nullable Cohortregel eigen) {
        long eigenPersonen = eigen == null ? 0 : eigen.personen();
        long eigenZroutes = eigen == null ? 0 : eigen.zroutesAfgerond();
        Long personen = Kleinecellen.toonbaar(landelijk.personen(), eigenPersonen);
        return new LandelijkCohort(
                landelijk.jaar(),
                personen,
                personen == null ? null : landelijk.gevolgdeUrenTaallesKnm(),
                personen == null || personen == 0
                        ? null
                        : landelijk
                                .gevolgdeUrenTaallesKnm()
                                .divide(BigDecimal.valueOf(personen), 2, RoundingMode.HALF_UP),
                Kleinecellen.toonbaar(landelijk.zroutesAfgerond(), eigenZroutes));
    }

    public boolean ietsOnderdrukt() {
        return personen == null || zroutesAfgerond == null;
    }
}
