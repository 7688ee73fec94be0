package nl.openinburgering.nationaal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Generates the synthetic national dataset (issue 7) into PostgreSQL with {@code COPY}: 342 gemeenten,
 * 250,000 inburgeraars at scale 1.0, their intakes and PIPs, enrolments with about 27.6 million hour lines
 * (loaded without secondary indexes and foreign keys, which are rebuilt after the COPY), assignments to
 * consulenten, voortgangsgesprekken, Z-route completions, consulent, teamleider, beleidsmedewerker and provider
 * accounts, providers with regional contracts. Deterministic: the same seed, peildatum and scale give the same rows. Not a test; run it
 * as described in {@code docs/performance.md} ("Nationale dataset").
 *
 * <p><b>Adding a table</b> (two small steps):
 * <ol>
 * <li>in {@link NationaleRijen}, one method {@code void x(CopyStroom rijen) throws SQLException} that loops over
 * {@code land.personen} (or {@code land.gemeenten}, {@code land.aanbieders}) and calls {@code rijen.rij(...)}
 * once per row with the values in column order ({@code null}, booleans, numbers, dates, UUIDs and strings
 * are all fine). Take the facts of a person from {@link Bevolking.Persoon} (stage, route, dates, consulent;
 * {@code land.aanbiedersVan(p.gemeente())} for a provider) and randomness from {@code p.toeval(n)} with a
 * number {@code n} no other table uses; ids from {@code land.uuid("x", number)};</li>
 * <li>one line {@code new Tabel("x", "kolom_a, kolom_b", rijen::x)} in {@link #tabellen()}, after the tables
 * it references.</li>
 * </ol>
 * The run prints rows and milliseconds for the new table; {@code BevolkingTests} and
 * {@code NationaleDatasetIntegrationTests} keep the whole working.
 */
public final class NationaleDataset {

    /** What to generate. {@code schaal} 1.0 is the national dataset; small values are for tests. */
    public record Opzet(double schaal, long seed, LocalDate peildatum, int gemeenten) {

        public static final int NATIONAAL_INBURGERAARS = 250_000;
        public static final int NATIONAAL_GEMEENTEN = 342;

        /** Below scale 0.1 the gemeenten shrink with it, so each keeps a realistic caseload. */
        public static Opzet schaal(double schaal) {
            int gemeenten =
                    (int) Math.max(2, Math.min(NATIONAAL_GEMEENTEN, Math.round(NATIONAAL_GEMEENTEN * schaal * 10)));
            return new Opzet(schaal, 20_260_101L, LocalDate.of(2026, 12, 1), gemeenten);
        }

        int inburgeraars() {
            return (int) Math.round(NATIONAAL_INBURGERAARS * schaal);
        }
    }

    @FunctionalInterface
    interface Vulling {
        void vul(CopyStroom rijen) throws SQLException;
    }

    /** One table: its name, its columns in the order the method writes them, and that method. */
    record Tabel(String naam, String kolommen, Vulling vulling, boolean groot) {

        Tabel(String naam, String kolommen, Vulling vulling) {
            this(naam, kolommen, vulling, false);
        }
    }

    /** Rows and milliseconds per table, in the order they were filled, plus the closing VACUUM ANALYZE. */
    public record Verslag(Map<String, Long> rijen, Map<String, Long> millis, long totaalMillis) {

        @Override
        public String toString() {
            StringBuilder tekst = new StringBuilder("%-28s %12s %10s%n".formatted("tabel", "rijen", "ms"));
            millis.forEach((tabel, ms) -> tekst.append("%-28s %12s %10d%n"
                    .formatted(tabel, rijen.containsKey(tabel) ? "%,d".formatted(rijen.get(tabel)) : "", ms)));
            return tekst.append("%-28s %12s %10d%n".formatted("totaal", "", totaalMillis))
                    .toString();
        }
    }

    final Bevolking land;
    private final NationaleRijen rijen;

    public NationaleDataset(Opzet opzet) {
        this.land = new Bevolking(opzet.seed(), opzet.peildatum(), opzet.gemeenten(), opzet.inburgeraars());
        this.rijen = new NationaleRijen(land);
    }

    List<Tabel> tabellen() {
        return List.of(
                new Tabel("gemeente", "code, naam", rijen::gemeenten),
                new Tabel(
                        "gemeente_huisstijl",
                        "gemeentecode, officiele_naam, bezoekadres, postadres, telefoon, "
                                + "website, email, bezwaaradres",
                        rijen::huisstijlen),
                new Tabel(
                        "aanbieder",
                        "id, naam, kvk_nummer, keurmerk_soort, keurmerk_geldig_tot, taalschakelinstelling",
                        rijen::aanbieders),
                new Tabel("aanbieder_soort", "aanbieder_id, soort", rijen::aanbiederSoorten),
                new Tabel("aanbieder_contract", "aanbieder_id, gemeentecode", rijen::contracten),
                new Tabel(
                        "gebruiker",
                        "gebruikersnaam, wachtwoord_hash, rol, gemeentecode, aanbieder_id",
                        rijen::gebruikers),
                new Tabel("inburgeraar", NationaleRijen.INBURGERAAR, rijen::inburgeraars),
                new Tabel(
                        "informatieverzoek",
                        "inburgeraar_id, gemeentecode, volgnummer, derde, omschrijving, "
                                + "aangevraagd_op, ontvangen_op",
                        rijen::informatieverzoeken),
                new Tabel(
                        "termijnverlenging",
                        "inburgeraar_id, gemeentecode, volgnummer, datum_besluit, " + "nieuwe_einddatum, reden",
                        rijen::termijnverlengingen),
                new Tabel("intake", NationaleRijen.INTAKE, rijen::intakes),
                new Tabel(
                        "intake_gesprek",
                        "intake_id, volgnummer, gemeentecode, soort, datum, deelnemers, tolk, " + "tolk_taal, notities",
                        rijen::gesprekken),
                new Tabel(
                        "intake_niet_verschenen",
                        "intake_id, volgnummer, gemeentecode, datum, afspraak, " + "geldige_reden, toelichting",
                        rijen::nietVerschenen),
                new Tabel("pip", NationaleRijen.PIP, rijen::pips),
                new Tabel(
                        "deelname",
                        "id, gemeentecode, aanbieder_id, inburgeraar_id, soort, startdatum, einddatum, "
                                + "ingeschreven_door, ingeschreven_op, versie",
                        rijen::deelnames),
                new Tabel(
                        "urenupload",
                        "id, aanbieder_id, idempotentiesleutel, inhoud_hash, aantal_regels, "
                                + "ingediend_door, ingediend_op",
                        rijen::urenuploads),
                new Tabel(
                        "urenregel",
                        "gemeentecode, aanbieder_id, deelname_id, inburgeraar_id, datum, soort, uren, "
                                + "aanwezig, verzuimreden, upload_id",
                        rijen::urenregels,
                        true),
                new Tabel("toewijzing", "inburgeraar_id, gemeentecode, consulent, sinds", rijen::toewijzingen),
                new Tabel(
                        "toewijzing_historie",
                        "inburgeraar_id, gemeentecode, van_consulent, naar_consulent, door, " + "tijdstip, reden",
                        rijen::toewijzingHistorie),
                new Tabel(
                        "voortgangsgesprek",
                        "inburgeraar_id, gemeentecode, datum, gevoerd_door, vastgelegd_op",
                        rijen::voortgangsgesprekken),
                new Tabel(
                        "zroute_afronding",
                        "inburgeraar_id, gemeentecode, pip_id, datum_eindgesprek, cursusuren, "
                                + "participatieuren, afgerond_door, afgerond_op",
                        rijen::zrouteAfrondingen));
    }

    /** Fills every table through one owner connection, then VACUUM ANALYZE so plans see the real sizes. */
    public Verslag vul(DataSource eigenaar) throws SQLException {
        Map<String, Long> aantallen = new LinkedHashMap<>();
        Map<String, Long> millis = new LinkedHashMap<>();
        long begin = System.nanoTime();
        try (Connection verbinding = eigenaar.getConnection()) {
            weigerAlsGevuld(verbinding);
            try (Statement sql = verbinding.createStatement()) {
                sql.execute("set synchronous_commit = off");
            }
            for (Tabel tabel : tabellen()) {
                long start = System.nanoTime();
                List<String> herstel = tabel.groot() ? zonderIndexen(verbinding, tabel.naam()) : List.of();
                try (CopyStroom stroom = new CopyStroom(verbinding, tabel.naam(), tabel.kolommen())) {
                    tabel.vulling().vul(stroom);
                    aantallen.put(tabel.naam(), stroom.sluit());
                }
                millis.put(tabel.naam(), (System.nanoTime() - start) / 1_000_000);
                System.out.printf(
                        "%-28s %,12d rijen %,8d ms%n",
                        tabel.naam(), aantallen.get(tabel.naam()), millis.get(tabel.naam()));
                if (!herstel.isEmpty()) {
                    long opnieuw = System.nanoTime();
                    try (Statement sql = verbinding.createStatement()) {
                        sql.execute("set maintenance_work_mem = '512MB'");
                        for (String ddl : herstel) {
                            sql.execute(ddl);
                        }
                    }
                    millis.put(tabel.naam() + " (indexen, fk)", (System.nanoTime() - opnieuw) / 1_000_000);
                    System.out.printf(
                            "%-28s %,8d ms%n",
                            tabel.naam() + " (indexen, fk)", millis.get(tabel.naam() + " (indexen, fk)"));
                }
            }
            long start = System.nanoTime();
            try (Statement sql = verbinding.createStatement()) {
                sql.execute("vacuum (analyze)");
            }
            millis.put("vacuum analyze", (System.nanoTime() - start) / 1_000_000);
        }
        return new Verslag(aantallen, millis, (System.nanoTime() - begin) / 1_000_000);
    }

    /**
     * For a table of millions of rows: drops its secondary indexes and foreign keys before the COPY and returns
     * the DDL that puts them back afterwards (an index built by sorting once, a foreign key validated by one
     * join, instead of both per row). The primary key and unique constraints stay. The definitions come from the
     * catalogue, so the table keeps exactly what its migrations gave it.
     */
    private static List<String> zonderIndexen(Connection verbinding, String tabel) throws SQLException {
        List<String> herstel = new ArrayList<>();
        List<String> weg = new ArrayList<>();
        try (Statement sql = verbinding.createStatement()) {
            try (var rs = sql.executeQuery("select conname, pg_get_constraintdef(oid) from pg_constraint "
                    + "where conrelid = '" + tabel + "'::regclass and contype = 'f'")) {
                while (rs.next()) {
                    weg.add("alter table " + tabel + " drop constraint " + rs.getString(1));
                    herstel.add("alter table " + tabel + " add constraint " + rs.getString(1) + " " + rs.getString(2));
                }
            }
            try (var rs = sql.executeQuery("select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) "
                    + "from pg_index i where i.indrelid = '" + tabel + "'::regclass and not i.indisprimary "
                    + "and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)")) {
                while (rs.next()) {
                    weg.add("drop index " + rs.getString(1));
                    herstel.add(0, rs.getString(2));
                }
            }
            for (String ddl : weg) {
                sql.execute(ddl);
            }
        }
        return herstel;
    }

    private void weigerAlsGevuld(Connection verbinding) throws SQLException {
        try (Statement sql = verbinding.createStatement();
                var rs = sql.executeQuery("select count(*) from gemeente where code = '"
                        + land.gemeenten.getFirst().code() + "'")) {
            rs.next();
            if (rs.getLong(1) > 0) {
                throw new IllegalStateException("Deze database bevat de nationale dataset al; begin met een lege "
                        + "(--schoon of een nieuwe database).");
            }
        }
    }

    /**
     * {@code --schaal=1.0 --seed=N --peildatum=YYYY-MM-DD --gemeenten=N} and either {@code --map=DIR [--schoon]}
     * (embedded PostgreSQL, default {@code ./data/nationaal}) or {@code --jdbc=URL --gebruiker=OWNER
     * [--wachtwoord=..] [--approl=openinburgering_app]} (external PostgreSQL).
     */
    public static void main(String[] argumenten) throws Exception {
        Map<String, String> a = new LinkedHashMap<>();
        for (String argument : argumenten) {
            String[] delen = argument.replaceFirst("^--", "").split("=", 2);
            a.put(delen[0], delen.length > 1 ? delen[1] : "true");
        }
        Opzet standaard = Opzet.schaal(Double.parseDouble(a.getOrDefault("schaal", "1.0")));
        Opzet opzet = new Opzet(
                standaard.schaal(),
                Long.parseLong(a.getOrDefault("seed", "" + standaard.seed())),
                LocalDate.parse(
                        a.getOrDefault("peildatum", standaard.peildatum().toString())),
                Integer.parseInt(a.getOrDefault("gemeenten", "" + standaard.gemeenten())));
        long begin = System.nanoTime();
        NationaleDataset dataset = new NationaleDataset(opzet);
        System.out.printf(
                "Model: %d gemeenten, %,d inburgeraars, %d aanbieders in %d ms%n",
                dataset.land.gemeenten.size(),
                dataset.land.personen.size(),
                dataset.land.aanbieders.size(),
                (System.nanoTime() - begin) / 1_000_000);
        try (Doeldatabase doel = a.containsKey("jdbc")
                ? Doeldatabase.extern(
                        a.get("jdbc"),
                        a.getOrDefault("gebruiker", System.getProperty("user.name")),
                        a.get("wachtwoord"),
                        a.getOrDefault("approl", Doeldatabase.APP_ROL))
                : Doeldatabase.ingebed(Path.of(a.getOrDefault("map", "./data/nationaal")), a.containsKey("schoon"))) {
            long migratie = System.nanoTime();
            doel.migreer();
            System.out.printf("Flyway: %d ms%n", (System.nanoTime() - migratie) / 1_000_000);
            Verslag verslag = dataset.vul(doel.eigenaar());
            System.out.print(verslag);
            System.out.printf(
                    "Alles samen (model, migratie, vullen): %d ms%n", (System.nanoTime() - begin) / 1_000_000);
            dataset.beschrijf();
        }
    }

    /** The accounts a benchmark can use, per size of gemeente. */
    void beschrijf() {
        System.out.println("Fasen: "
                + land.personen.stream()
                        .collect(java.util.stream.Collectors.groupingBy(
                                Bevolking.Persoon::fase,
                                java.util.TreeMap::new,
                                java.util.stream.Collectors.counting())));
        System.out.println("Routes: "
                + land.personen.stream()
                        .filter(p -> p.route() != null)
                        .collect(java.util.stream.Collectors.groupingBy(
                                Bevolking.Persoon::route,
                                java.util.TreeMap::new,
                                java.util.stream.Collectors.counting())));
        System.out.printf(
                "Consulenten %d, teamleiders %d%n",
                land.gemeenten.stream()
                        .mapToInt(Bevolking.Gemeente::consulenten)
                        .sum(),
                land.gemeenten.stream()
                        .mapToInt(Bevolking.Gemeente::teamleiders)
                        .sum());
        List<Bevolking.Gemeente> opGrootte = new ArrayList<>(land.gemeenten);
        opGrootte.sort((x, y) -> Integer.compare(y.actief(), x.actief()));
        Bevolking.Gemeente groot = opGrootte.getFirst();
        Bevolking.Gemeente team = opGrootte.stream()
                .min((x, y) -> Integer.compare(Math.abs(x.actief() - 600), Math.abs(y.actief() - 600)))
                .orElseThrow();
        System.out.printf(
                "Grootste gemeente %s (%s): %,d inburgeraars, %,d actief, %d consulenten, %d teamleiders%n",
                groot.code(),
                groot.naam(),
                groot.inburgeraars(),
                groot.actief(),
                groot.consulenten(),
                groot.teamleiders());
        System.out.printf(
                "Gemeente met ~600 actieve zaken (een team): %s (%s), %d actief; accounts %s, %s "
                        + "(wachtwoord demo)%n",
                team.code(), team.naam(), team.actief(), team.consulent(0), team.teamleider(0));
    }
}
