package nl.openinburgering.inburgeraar;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.TreeMap;

/**
 * R1.3: the plicht runs up to the state-pension (AOW) age, which depends on the birth date. The age per
 * calendar year in which it is reached, as fixed under art. 7a Algemene Ouderdomswet (Rijksoverheid, "Wanneer
 * gaat mijn AOW in?"; SVB, "AOW-leeftijd"; the minister fixes each year five years ahead: 2031 was fixed in
 * November 2025 at 67 years and 3 months). Someone born on 1 March 1960 reaches 67 in 2027, so their AOW age
 * is 67; someone born on 1 January 1961 reaches it in 2028 at 67 years and 3 months.
 *
 * <p>For a year after the last one fixed, the law only says the age will not be lower: this returns the last
 * known age and says it is provisional ({@code voorlopig}). Add a row each November when the minister fixes
 * the next year.
 *
 * @param voorlopig the age for that year was not fixed yet: the real age is at least this one
 */
public record AowLeeftijd(Period leeftijd, LocalDate datum, boolean voorlopig) {

    /** The AOW age by the calendar year in which it is reached. */
    static final TreeMap<Integer, Period> PER_JAAR = new TreeMap<>(Map.ofEntries(
            Map.entry(2013, Period.of(65, 1, 0)),
            Map.entry(2014, Period.of(65, 2, 0)),
            Map.entry(2015, Period.of(65, 3, 0)),
            Map.entry(2016, Period.of(65, 6, 0)),
            Map.entry(2017, Period.of(65, 9, 0)),
            Map.entry(2018, Period.of(66, 0, 0)),
            Map.entry(2019, Period.of(66, 4, 0)),
            Map.entry(2020, Period.of(66, 4, 0)),
            Map.entry(2021, Period.of(66, 4, 0)),
            Map.entry(2022, Period.of(66, 7, 0)),
            Map.entry(2023, Period.of(66, 10, 0)),
            Map.entry(2024, Period.of(67, 0, 0)),
            Map.entry(2025, Period.of(67, 0, 0)),
            Map.entry(2026, Period.of(67, 0, 0)),
            Map.entry(2027, Period.of(67, 0, 0)),
            Map.entry(2028, Period.of(67, 3, 0)),
            Map.entry(2029, Period.of(67, 3, 0)),
            Map.entry(2030, Period.of(67, 3, 0)),
            Map.entry(2031, Period.of(67, 3, 0))));

    static final Period VOOR_2013 = Period.ofYears(65);

    /** R1.3: the lowest AOW age there is (before 2013); the age only ever rose from it. */
    public static final Period MINIMUM = VOOR_2013;

    /**
     * R1.3: the first calendar year whose AOW age the person reaches within that same year decides; where the
     * age rises, the earlier year wins (born 1 October 1952: 66 in 2018, not 66 and 4 months in 2019).
     */
    public static AowLeeftijd voor(LocalDate geboortedatum) {
        if (geboortedatum.plus(PER_JAAR.firstEntry().getValue()).getYear() < PER_JAAR.firstKey()) {
            return new AowLeeftijd(VOOR_2013, geboortedatum.plus(VOOR_2013), false);
        }
        for (Map.Entry<Integer, Period> jaar : PER_JAAR.entrySet()) {
            LocalDate bereikt = geboortedatum.plus(jaar.getValue());
            if (bereikt.getYear() == jaar.getKey()) {
                return new AowLeeftijd(jaar.getValue(), bereikt, false);
            }
        }
        Period laatste = PER_JAAR.lastEntry().getValue();
        return new AowLeeftijd(laatste, geboortedatum.plus(laatste), true);
    }
}
