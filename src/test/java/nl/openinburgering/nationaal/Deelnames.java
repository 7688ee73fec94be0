package nl.openinburgering.nationaal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import nl.openinburgering.nationaal.Bevolking.Aanbieder;
import nl.openinburgering.nationaal.Bevolking.Fase;
import nl.openinburgering.nationaal.Bevolking.Persoon;
import nl.openinburgering.nationaal.Bevolking.Route;

/**
 * The enrolments ({@code deelname}) of every person with a fixed PIP and the lesson schedule behind their
 * hour lines ({@code urenregel}). Computed once from the {@link Bevolking}: a LEERROUTE enrolment at a contracted
 * language provider from two to three weeks after the dagtekening until completion (or open), a PARTICIPATIE
 * enrolment for Z-route asielstatushouders, and a short PVT enrolment for everyone. A lesson falls on fixed
 * weekdays (offsets from the start); whether the person attended is a hash of person, enrolment and date, with a
 * personal attendance rate (most around 85%, one in seven around 55%), about 80% over all lines.
 */
final class Deelnames {

    /** One enrolment and its weekly schedule: lessons on {@code start + 7k + dag} for each dag, {@code uren} each. */
    record Deelname(
            UUID id,
            int nummer,
            Persoon persoon,
            Aanbieder aanbieder,
            String soort,
            LocalDate start,
            LocalDate einde,
            String uursoort,
            int[] dagen,
            String uren,
            double urenGetal,
            int aanwezigheid) {

        /** Last day that can carry hour lines: the end of the enrolment or the peildatum. */
        LocalDate laatsteLesdag(LocalDate peildatum) {
            return einde == null || einde.isAfter(peildatum) ? peildatum : einde.minusDays(1);
        }
    }

    static final String[] VERZUIMREDENEN = {"ZIEK", "ZIEK", "AFGEMELD", "AFGEMELD", "ONGEOORLOOFD", "OVERIG"};

    final List<Deelname> alle = new ArrayList<>();
    final List<List<Deelname>> perPersoon = new ArrayList<>();
    private final Bevolking land;

    Deelnames(Bevolking land) {
        this.land = land;
        for (Persoon p : land.personen) {
            List<Deelname> hier = new ArrayList<>(3);
            if (p.voorbij(Fase.PIP_VASTGESTELD)) {
                SplittableRandom r = p.toeval(8);
                int aanwezigheid = r.nextInt(7) == 0 ? 45 + r.nextInt(20) : 78 + r.nextInt(16);
                LocalDate start = p.eersteDagtekening().plusDays(14 + r.nextInt(8));
                LocalDate einde = p.afgerondOp();
                Route route = p.route();
                int[] dagen = switch (route) {
                    case ONDERWIJSROUTE -> new int[] {0};
                    case B1_ROUTE -> new int[] {0};
                    case Z_ROUTE -> new int[] {0, 3};
                };
                String uren = route == Route.Z_ROUTE ? "6.00" : "3.00";
                hier.add(new Deelname(
                        land.uuid("deelname", p.nummer() * 4L),
                        p.nummer() * 4,
                        p,
                        kies(p, r, "TAAL"),
                        "LEERROUTE",
                        start,
                        einde,
                        "TAALLES_KNM",
                        dagen,
                        uren,
                        Double.parseDouble(uren),
                        aanwezigheid));
                if (route == Route.Z_ROUTE && p.asiel()) {
                    hier.add(new Deelname(
                            land.uuid("deelname", p.nummer() * 4L + 1),
                            p.nummer() * 4 + 1,
                            p,
                            kies(p, r, "PARTICIPATIE"),
                            "PARTICIPATIE",
                            start.plusDays(28),
                            einde,
                            "PARTICIPATIE",
                            new int[] {4},
                            "4.00",
                            4.0,
                            aanwezigheid));
                }
                LocalDate pvt = p.eersteDagtekening().plusDays(30 + r.nextInt(60));
                if (!pvt.isAfter(land.peildatum)) {
                    hier.add(new Deelname(
                            land.uuid("deelname", p.nummer() * 4L + 2),
                            p.nummer() * 4 + 2,
                            p,
                            kies(p, r, "PVT"),
                            "PVT",
                            pvt,
                            pvt.plusDays(35),
                            "PVT",
                            new int[] {1},
                            "2.00",
                            2.0,
                            aanwezigheid));
                }
            }
            alle.addAll(hier);
            perPersoon.add(hier);
        }
    }

    /** A contracted provider that offers the kind (by its name), else any contracted one. */
    private Aanbieder kies(Persoon p, SplittableRandom r, String soort) {
        List<Aanbieder> contract = land.aanbiedersVan(p.gemeente());
        List<Aanbieder> passend =
                contract.stream().filter(a -> soorten(a).contains(soort)).toList();
        List<Aanbieder> keuze = passend.isEmpty() ? contract : passend;
        return keuze.get(r.nextInt(keuze.size()));
    }

    /** What a provider offers ({@code aanbieder_soort}), from the kind of provider its name says. */
    static List<String> soorten(Aanbieder a) {
        String naam = a.naam();
        if (naam.startsWith("Landelijke")) {
            return List.of("TAAL", "PVT", "MAP");
        }
        if (naam.startsWith("Taalcentrum")) {
            return List.of("TAAL", "PVT");
        }
        if (naam.startsWith("Participatiewerk")) {
            return List.of("PARTICIPATIE", "MAP", "PVT");
        }
        return List.of("TAAL", "PARTICIPATIE", "MAP");
    }

    /** Calls {@code les} for each lesson of the enrolment between {@code van} and {@code tot} (both inclusive). */
    void lessen(Deelname d, LocalDate van, LocalDate tot, Les les) throws java.sql.SQLException {
        LocalDate laatste = d.laatsteLesdag(land.peildatum);
        if (laatste.isBefore(tot)) {
            tot = laatste;
        }
        if (d.start().isAfter(van)) {
            van = d.start();
        }
        if (tot.isBefore(van)) {
            return;
        }
        long vanaf = ChronoUnit.DAYS.between(d.start(), van);
        long totDag = ChronoUnit.DAYS.between(d.start(), tot);
        for (long week = Math.floorDiv(vanaf, 7); week * 7 <= totDag; week++) {
            for (int dag : d.dagen()) {
                long n = week * 7 + dag;
                if (n < vanaf || n > totDag) {
                    continue;
                }
                long h = mix(d.persoon().zaadje() * 1_000_003L + d.nummer() * 131L + n);
                boolean aanwezig = Math.floorMod(h, 100) < d.aanwezigheid();
                les.les(
                        d.start().plusDays(n),
                        aanwezig,
                        aanwezig ? null : VERZUIMREDENEN[(int) Math.floorMod(h >>> 20, VERZUIMREDENEN.length)]);
            }
        }
    }

    /** Number of lessons of the enrolment in the month (for the upload row that carries them). */
    long aantal(Deelname d, YearMonth maand) throws java.sql.SQLException {
        long[] n = {0};
        lessen(d, maand.atDay(1), maand.atEndOfMonth(), (datum, aanwezig, reden) -> n[0]++);
        return n[0];
    }

    /** Attended hours of a person's enrolment of one kind, up to the peildatum. */
    double gevolgd(Deelname d) throws java.sql.SQLException {
        double[] som = {0};
        lessen(d, d.start(), land.peildatum, (datum, aanwezig, reden) -> {
            if (aanwezig) {
                som[0] += d.urenGetal();
            }
        });
        return som[0];
    }

    @FunctionalInterface
    interface Les {
        void les(LocalDate datum, boolean aanwezig, String verzuimreden) throws java.sql.SQLException;
    }

    /** SplitMix64 finaliser: a well-spread hash of a long. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
