package nl.openinburgering.begroting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * D6: figure 1.1 of Dalfsen's plan ("Een inschatting van de SPUK-uitkering voor Dalfsen", Rekentool Divosa) as the
 * reference the rekentool must reproduce, and the comparison of a calculation with it, cell by cell, with the cause
 * of every difference.
 *
 * <p>The figure's inputs are the housing years 2022–2025 (taakstelling 25, 22, 22, 22; 3 gezinsmigranten a year;
 * factor 70%), but its output labels the years of payment and of housing 2021–2024: one year early. The comparison
 * puts each figure cell at the year its input belongs to. The figure's amounts are whole euros; those of the
 * asielstatushouders in year t and the totals are a euro or two above persons × € 7.712 (and × € 589): the Divosa
 * tool computes with unrounded prices and shows whole euros. Prices of € 7.712,10 and € 589,10 reproduce every cell
 * of the figure to the euro; the plan prints them rounded.
 */
public final class Figuur11 {

    /** The inputs of the figure: year of housing, taakstelling, gezins- and overige migranten. */
    public static final List<Prognose> INVOER = List.of(
            new Prognose(2022, 25, 3, Prognose.STANDAARD_FACTOR),
            new Prognose(2023, 22, 3, Prognose.STANDAARD_FACTOR),
            new Prognose(2024, 22, 3, Prognose.STANDAARD_FACTOR),
            new Prognose(2025, 22, 3, Prognose.STANDAARD_FACTOR));

    /** The label shift: the figure's year = the real year − 1. */
    public static final int JAARVERSCHUIVING = -1;

    /** The figure's output in whole euros; rows: cohorts 2022–2025, gezinsmigranten, total; null is "nvt". */
    static final Long[][] WAARDEN = {
        {134_962L, 70_000L, 17_500L, null},
        {null, 118_766L, 61_600L, 15_400L},
        {null, null, 118_766L, 61_600L},
        {null, null, null, 118_766L},
        {1_767L, 1_767L, 1_767L, 1_767L},
        {136_729L, 190_534L, 199_634L, 197_534L}
    };

    /** Why a cell of the tool differs from the figure. */
    public enum Oorzaak {
        GEEN,
        PRIJS_ONAFGEROND,
        TOTAAL_VAN_ONAFGERONDE_CELLEN
    }

    /**
     * One cell of the figure beside the tool's.
     *
     * @param rij           "2022".."2025" (housing cohort), "GZM" or "TOTAAL"
     * @param jaar          the real year of payment
     * @param figuurRij     the row as the figure labels it ("2021" for the cohort 2022)
     * @param figuurJaar    the year of payment as the figure labels it
     * @param figuurEuro    the figure's amount in whole euros; empty where it says "nvt"
     * @param toolCenten    the tool's amount in cents; empty where "nvt"
     */
    public record Cel(
            String rij,
            int jaar,
            String figuurRij,
            int figuurJaar,
            Optional<Long> figuurEuro,
            Optional<Long> toolCenten,
            Oorzaak oorzaak) {

        /** Tool minus figure in cents (0 where both say "nvt"). */
        public long verschilCenten() {
            return toolCenten.orElse(0L) - figuurEuro.map(e -> e * 100).orElse(0L);
        }

        /** Whether the tool, rounded to whole euros, shows what the figure shows. */
        public boolean gelijkOpHeleEuros() {
            return figuurEuro.equals(toolCenten.map(c -> BigDecimal.valueOf(c)
                    .movePointLeft(2)
                    .setScale(0, java.math.RoundingMode.HALF_UP)
                    .longValueExact()));
        }
    }

    private Figuur11() {}

    /** Whether the calculation has the figure's inputs (years, numbers, factor), so the comparison means something. */
    public static boolean vergelijkbaar(Spukraming raming) {
        return raming.prognoses().size() == INVOER.size()
                && raming.prognoses().stream()
                        .allMatch(p -> INVOER.stream()
                                .anyMatch(i -> i.jaar() == p.jaar()
                                        && i.huisvestingstaakstelling() == p.huisvestingstaakstelling()
                                        && i.gezinsmigranten() == p.gezinsmigranten()
                                        && i.factorProcent().compareTo(p.factorProcent()) == 0));
    }

    /** Every cell of the figure beside the tool's (6 rows × 4 years), or empty if the inputs are not the figure's. */
    public static List<Cel> vergelijk(Spukraming raming) {
        if (!vergelijkbaar(raming)) {
            return List.of();
        }
        List<Cel> cellen = new ArrayList<>();
        for (int r = 0; r < WAARDEN.length; r++) {
            for (int k = 0; k < 4; k++) {
                int jaar = raming.jaren().get(k);
                Optional<Long> tool = r < 4
                        ? raming.cohorten().get(r).bedragen().get(k)
                        : Optional.of(
                                r == 4
                                        ? raming.gezinsmigranten().get(k)
                                        : raming.totalen().get(k));
                Optional<Long> figuur = Optional.ofNullable(WAARDEN[r][k]);
                String rij = r < 4 ? String.valueOf(raming.jaren().get(r)) : r == 4 ? "GZM" : "TOTAAL";
                String figuurRij = r < 4 ? String.valueOf(raming.jaren().get(r) + JAARVERSCHUIVING) : rij;
                Oorzaak oorzaak = figuur.map(e -> e * 100).equals(tool)
                        ? Oorzaak.GEEN
                        : r == 5 ? Oorzaak.TOTAAL_VAN_ONAFGERONDE_CELLEN : Oorzaak.PRIJS_ONAFGEROND;
                cellen.add(new Cel(rij, jaar, figuurRij, jaar + JAARVERSCHUIVING, figuur, tool, oorzaak));
            }
        }
        return List.copyOf(cellen);
    }
}
