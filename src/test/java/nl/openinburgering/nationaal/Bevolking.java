package nl.openinburgering.nationaal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The synthetic country behind {@link NationaleDataset}: gemeenten, regions, providers, accounts and every
 * inburgeraar with the facts that all tables derive from (stage, route, dates, consulent). It is computed in
 * memory from the seed alone, so every table method sees the same people and two runs give the same bytes.
 *
 * <p>Sizes: gemeente {@code i} gets a weight {@code (rang + 5)^-0.9}, where the rank is a fixed permutation of
 * {@code i}; with 342 gemeenten the largest holds about 3.7% of the inburgeraars, the median 0.15%, the
 * smallest 0.08%: skewed like the real population, without real names or numbers.
 */
final class Bevolking {

    static final int GEMEENTECODE_BASIS = 7001;
    static final int REGIOS = 35;
    static final int LANDELIJKE_AANBIEDERS = 6;
    static final int AANBIEDERS_PER_REGIO = 3;
    static final int CASELOAD = 60;
    static final int CONSULENTEN_PER_TEAM = 10;

    private static final String[] STAMMEN = {
        "Aal", "Bever", "Dal", "Eike", "Gel", "Hol", "Lin", "Mar", "Ros", "Wil", "Zel", "Ter", "Val", "Kor", "Bre",
        "Oster", "Haar", "Mid", "Vlie", "Esse"
    };
    private static final String[] UITGANGEN = {
        "brug", "veen", "dam", "hoven", "wijk", "horst", "dijk", "broek", "meer", "zand", "berg", "woude", "ven", "loo",
        "sloot", "lo", "kamp", "hem"
    };

    record Gemeente(
            int nummer,
            String code,
            String naam,
            int regio,
            int inburgeraars,
            int actief,
            int consulenten,
            int teamleiders) {

        String consulent(int n) {
            return "consulent.%s.%03d".formatted(code, n + 1);
        }

        String teamleider(int n) {
            return "teamleider.%s.%02d".formatted(code, n + 1);
        }
    }

    record Aanbieder(int nummer, UUID id, String naam, String kvkNummer, List<String> gemeentecodes) {

        String account() {
            return "aanbieder.%03d".formatted(nummer + 1);
        }
    }

    /** Where a person is on the way from registration to the end of the inburgeringstermijn. */
    enum Fase {
        GEREGISTREERD,
        INTAKE,
        PIP_CONCEPT,
        PIP_VASTGESTELD,
        AFGEROND
    }

    enum Route {
        ONDERWIJSROUTE,
        B1_ROUTE,
        Z_ROUTE
    }

    /**
     * One inburgeraar. {@code vestiging} starts the 10-week term for the PIP; {@code dagtekening} is that of
     * the PIP in force (null before it is vastgesteld), {@code eersteDagtekening} that of the first one (R3.4).
     * {@code consulent} is the index of the consulent in the gemeente; {@code actief} says whether the case
     * counts in a caseload (every stage but AFGEROND).
     */
    record Persoon(
            int nummer,
            UUID id,
            Gemeente gemeente,
            String bsn,
            long zaadje,
            boolean asiel,
            LocalDate plicht,
            LocalDate vestiging,
            Fase fase,
            Route route,
            LocalDate intakeKlaar,
            LocalDate eersteDagtekening,
            LocalDate dagtekening,
            LocalDate afgerondOp,
            int consulent) {

        boolean actief() {
            return fase != Fase.AFGEROND;
        }

        boolean voorbij(Fase andere) {
            return fase.compareTo(andere) >= 0;
        }

        /** A random source for this person and one table: the same numbers whichever tables run. */
        SplittableRandom toeval(int tabel) {
            return new SplittableRandom(zaadje * 31 + tabel);
        }
    }

    final long seed;
    final LocalDate peildatum;
    final List<Gemeente> gemeenten = new ArrayList<>();
    final List<Aanbieder> aanbieders = new ArrayList<>();
    final List<Persoon> personen = new ArrayList<>();
    private final Map<String, List<Aanbieder>> aanbiedersPerGemeente = new HashMap<>();

    Bevolking(long seed, LocalDate peildatum, int aantalGemeenten, int aantalInburgeraars) {
        this.seed = seed;
        this.peildatum = peildatum;
        SplittableRandom toeval = new SplittableRandom(seed);
        BsnReeks bsns = new BsnReeks();
        int[] perGemeente = verdeel(aantalGemeenten, aantalInburgeraars);
        List<List<Persoon>> perGemeentePersonen = new ArrayList<>();
        int nummer = 0;
        for (int g = 0; g < aantalGemeenten; g++) {
            List<Persoon> hier = new ArrayList<>();
            for (int i = 0; i < perGemeente[g]; i++) {
                hier.add(persoon(nummer++, bsns.volgende(), toeval.nextLong()));
            }
            perGemeentePersonen.add(hier);
        }
        for (int g = 0; g < aantalGemeenten; g++) {
            List<Persoon> hier = perGemeentePersonen.get(g);
            int actief = (int) hier.stream().filter(Persoon::actief).count();
            int consulenten = Math.max(1, Math.round(actief / (float) CASELOAD));
            int teamleiders = Math.max(1, Math.round(consulenten / (float) CONSULENTEN_PER_TEAM));
            Gemeente gemeente = new Gemeente(
                    g,
                    String.valueOf(GEMEENTECODE_BASIS + g),
                    naam(g),
                    g * REGIOS / Math.max(aantalGemeenten, REGIOS),
                    hier.size(),
                    actief,
                    consulenten,
                    teamleiders);
            gemeenten.add(gemeente);
            int volgende = 0;
            for (Persoon p : hier) {
                // Active cases are dealt round-robin, so every consulent holds about CASELOAD of them.
                int consulent = p.actief() ? volgende++ % consulenten : p.nummer() % consulenten;
                personen.add(new Persoon(
                        p.nummer(),
                        p.id(),
                        gemeente,
                        p.bsn(),
                        p.zaadje(),
                        p.asiel(),
                        p.plicht(),
                        p.vestiging(),
                        p.fase(),
                        p.route(),
                        p.intakeKlaar(),
                        p.eersteDagtekening(),
                        p.dagtekening(),
                        p.afgerondOp(),
                        consulent));
            }
        }
        // Rows go in in order of arrival, as a real system fills up: gemeenten interleave in every table,
        // so a gemeente's rows are spread over the heap instead of packed together (honest query plans).
        personen.sort(Comparator.comparing(Persoon::vestiging).thenComparingInt(Persoon::nummer));
        maakAanbieders();
        for (Aanbieder aanbieder : aanbieders) {
            for (String code : aanbieder.gemeentecodes()) {
                aanbiedersPerGemeente
                        .computeIfAbsent(code, c -> new ArrayList<>())
                        .add(aanbieder);
            }
        }
    }

    /** The providers that have a contract with the gemeente (at least one), for tables that link to one. */
    List<Aanbieder> aanbiedersVan(Gemeente gemeente) {
        return aanbiedersPerGemeente.getOrDefault(gemeente.code(), List.of());
    }

    /** Largest-remainder split of the inburgeraars over the gemeenten by weight, so the total is exact. */
    private static int[] verdeel(int aantalGemeenten, int totaal) {
        double[] gewicht = new double[aantalGemeenten];
        double som = 0;
        for (int g = 0; g < aantalGemeenten; g++) {
            int rang = (int) ((g * 97L) % aantalGemeenten);
            gewicht[g] = Math.pow(rang + 5, -0.9);
            som += gewicht[g];
        }
        int[] aantal = new int[aantalGemeenten];
        int verdeeld = 0;
        for (int g = 0; g < aantalGemeenten; g++) {
            aantal[g] = (int) Math.floor(totaal * gewicht[g] / som);
            verdeeld += aantal[g];
        }
        for (int g = 0; verdeeld < totaal; g = (g + 1) % aantalGemeenten) {
            aantal[g]++;
            verdeeld++;
        }
        return aantal;
    }

    private static String naam(int g) {
        int n = (int) ((g * 7L) % (STAMMEN.length * UITGANGEN.length));
        String naam = STAMMEN[n % STAMMEN.length] + UITGANGEN[n / STAMMEN.length];
        return g < STAMMEN.length * UITGANGEN.length ? naam : "Nieuw-" + naam;
    }

    /**
     * Dates: the move into the gemeente (the start of the 10-week term) falls uniformly between 1 January
     * four years before the peildatum and the peildatum, so there are five yearly cohorts. The stage follows
     * from the time since then, with a little noise per person.
     */
    private Persoon persoon(int nummer, String bsn, long zaadje) {
        SplittableRandom r = new SplittableRandom(zaadje);
        LocalDate begin = LocalDate.of(peildatum.getYear() - 4, 1, 1);
        LocalDate vestiging = begin.plusDays(r.nextLong(ChronoUnit.DAYS.between(begin, peildatum) + 1));
        boolean asiel = r.nextInt(100) < 55;
        LocalDate plicht = vestiging.minusDays(asiel ? 56 + r.nextInt(100) : r.nextInt(28));
        long dagen = ChronoUnit.DAYS.between(vestiging, peildatum);
        int intakeKlaar = 35 + r.nextInt(15);
        int vaststelling = intakeKlaar + 14 + r.nextInt(30);
        int routeKans = r.nextInt(100);
        Route route = routeKans < 25 ? Route.ONDERWIJSROUTE : routeKans < 85 ? Route.B1_ROUTE : Route.Z_ROUTE;
        LocalDate dagtekening = vestiging.plusDays(vaststelling);
        LocalDate afgerond = dagtekening.plusDays(1 + 480 + r.nextInt(640));
        boolean haaltHet = r.nextInt(100) < 85;
        Fase fase = dagen < 14
                ? Fase.GEREGISTREERD
                : dagen < intakeKlaar
                        ? Fase.INTAKE
                        : dagen < vaststelling
                                ? Fase.PIP_CONCEPT
                                : haaltHet && !afgerond.isAfter(peildatum) ? Fase.AFGEROND : Fase.PIP_VASTGESTELD;
        LocalDate huidige = dagtekening;
        if (fase.compareTo(Fase.PIP_VASTGESTELD) >= 0 && r.nextInt(100) < 6) {
            // A later PIP replaced the first one (another route or new agreements); the term keeps its start.
            LocalDate later = dagtekening.plusDays(60 + r.nextInt(300));
            huidige = later.isAfter(peildatum) ? dagtekening : later;
        }
        boolean vastgesteld = fase.compareTo(Fase.PIP_VASTGESTELD) >= 0;
        return new Persoon(
                nummer,
                uuid("inburgeraar", nummer),
                null,
                bsn,
                zaadje,
                asiel,
                plicht,
                vestiging,
                fase,
                fase.compareTo(Fase.PIP_CONCEPT) >= 0 ? route : null,
                vestiging.plusDays(intakeKlaar),
                vastgesteld ? dagtekening : null,
                vastgesteld ? huidige : null,
                fase == Fase.AFGEROND ? afgerond : null,
                0);
    }

    private void maakAanbieders() {
        int nummer = 0;
        for (int k = 0; k < LANDELIJKE_AANBIEDERS; k++) {
            int landelijk = k;
            aanbieders.add(aanbieder(
                    nummer++,
                    "Landelijke Taalschool " + (char) ('A' + k),
                    gemeenten.stream()
                            .filter(g -> g.nummer() % LANDELIJKE_AANBIEDERS == landelijk
                                    || (g.nummer() + 1) % LANDELIJKE_AANBIEDERS == landelijk)
                            .toList()));
        }
        for (int regio = 0; regio < REGIOS; regio++) {
            for (int j = 0; j < AANBIEDERS_PER_REGIO; j++) {
                int regioNummer = regio;
                int index = j;
                List<Gemeente> inRegio = gemeenten.stream()
                        .filter(g -> g.regio() == regioNummer && (index == 0 || (g.nummer() + index) % 2 == 0))
                        .toList();
                if (!inRegio.isEmpty()) {
                    String[] soort = {"Taalcentrum", "Participatiewerk", "Leerwerkbedrijf"};
                    aanbieders.add(aanbieder(nummer++, soort[j] + " Regio " + (regio + 1), inRegio));
                }
            }
        }
    }

    private Aanbieder aanbieder(int nummer, String naam, List<Gemeente> contracten) {
        return new Aanbieder(
                nummer,
                uuid("aanbieder", nummer),
                naam,
                "%08d".formatted(90_000_000 + nummer),
                contracten.stream().map(Gemeente::code).toList());
    }

    UUID uuid(String soort, long nummer) {
        return UUID.nameUUIDFromBytes((seed + ":" + soort + ":" + nummer).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Synthetic BSNs: "98", six digits and the check digit that makes the number pass the elfproef. The six
     * digits walk through 0..999999 in a scrambled order (7919 is coprime with 10^6, so none repeats);
     * numbers whose check digit would be 10 are skipped, which leaves about 909,000 distinct BSNs. The 98
     * block is ours: the test BSNs ({@code TestBsn}) start with 1, the demo ones with 9999.
     */
    static final class BsnReeks {

        private long stap;

        String volgende() {
            while (stap < 1_000_000) {
                String acht = "98%06d".formatted((stap++ * 7919L) % 1_000_000L);
                int som = 0;
                for (int i = 0; i < 8; i++) {
                    som += (9 - i) * (acht.charAt(i) - '0');
                }
                if (som % 11 <= 9) {
                    return acht + (som % 11);
                }
            }
            throw new IllegalStateException("De reeks synthetische BSN's is op");
        }
    }
}
