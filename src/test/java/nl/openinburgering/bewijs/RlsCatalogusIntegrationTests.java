package nl.openinburgering.bewijs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19, point 2: row-level security proven on its own, table by table, from the database catalogue.
 *
 * <p>The tables are not listed in this test: it asks PostgreSQL ({@code pg_class}) for every table of the
 * schema, so a table another module adds tomorrow is checked too. A table without personal data is declared
 * in {@code bewijs/tabellen-zonder-persoonsgegevens.tsv} with its reason; every other table must have
 * row-level security on and a policy, and the application role, connected with another gemeente's (or
 * provider's) setting, must find none of its rows. The populated demo (all demo files of three gemeenten)
 * gives the rows.
 */
@SpringBootTest(properties = "openinburgering.demo.dossiers=true")
class RlsCatalogusIntegrationTests {

    static final String ALLOW_LIST = "/bewijs/tabellen-zonder-persoonsgegevens.tsv";

    /** A gemeente code that no demo row carries. */
    static final String ONBEKENDE_GEMEENTE = "9999";

    @Autowired
    EmbeddedPostgres postgres;

    @Autowired
    DataSource app;

    Connection eigenaar() throws SQLException {
        return postgres.getDatabase("openinburgering_eigenaar", "openinburgering")
                .getConnection();
    }

    static Map<String, String> tabellenZonderPersoonsgegevens() throws IOException {
        Map<String, String> lijst = new LinkedHashMap<>();
        try (InputStream in = RlsCatalogusIntegrationTests.class.getResourceAsStream(ALLOW_LIST)) {
            assertThat(in).as(ALLOW_LIST).isNotNull();
            for (String regel : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (regel.isBlank() || regel.startsWith("#")) {
                    continue;
                }
                String[] delen = regel.split("\t", 2);
                assertThat(delen)
                        .as("'%s' needs a table name, a tab and a reason", regel)
                        .hasSize(2);
                assertThat(delen[1].strip()).as("reason for %s", delen[0]).isNotEmpty();
                lijst.put(delen[0].strip(), delen[1].strip());
            }
        }
        return lijst;
    }

    record Tabel(String naam, boolean rls, int policies, boolean heeftGemeentecode, boolean heeftAanbiederId) {}

    /** Every ordinary and partitioned table of the application schema, straight from the catalogue. */
    static List<Tabel> tabellen(Connection verbinding) throws SQLException {
        List<Tabel> tabellen = new ArrayList<>();
        try (Statement sql = verbinding.createStatement();
                ResultSet rs = sql.executeQuery("""
                        select c.relname, c.relrowsecurity,
                               (select count(*) from pg_policy p where p.polrelid = c.oid),
                               exists (select 1 from pg_attribute a where a.attrelid = c.oid
                                       and a.attname = 'gemeentecode' and not a.attisdropped),
                               exists (select 1 from pg_attribute a where a.attrelid = c.oid
                                       and a.attname = 'aanbieder_id' and not a.attisdropped)
                        from pg_class c join pg_namespace n on n.oid = c.relnamespace
                        where c.relkind in ('r', 'p') and not c.relispartition
                          and n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast')
                          and n.nspname not like 'pg_temp%'
                        order by c.relname""")) {
            while (rs.next()) {
                tabellen.add(
                        new Tabel(rs.getString(1), rs.getBoolean(2), rs.getInt(3), rs.getBoolean(4), rs.getBoolean(5)));
            }
        }
        return tabellen;
    }

    /** The tables that break the rule: not declared free of personal data, and no RLS or no policy. */
    static Set<String> tabellenZonderBeveiliging(Connection verbinding, Set<String> vrijgesteld) throws SQLException {
        Set<String> fout = new TreeSet<>();
        for (Tabel tabel : tabellen(verbinding)) {
            if (!vrijgesteld.contains(tabel.naam()) && (!tabel.rls() || tabel.policies() == 0)) {
                fout.add(tabel.naam());
            }
        }
        return fout;
    }

    @Test
    void everyTableWithPersonalDataHasRowLevelSecurityAndAPolicy() throws Exception {
        Map<String, String> vrijgesteld = tabellenZonderPersoonsgegevens();
        try (Connection verbinding = eigenaar()) {
            List<Tabel> tabellen = tabellen(verbinding);
            assertThat(tabellen).hasSizeGreaterThan(40);
            assertThat(tabellenZonderBeveiliging(verbinding, vrijgesteld.keySet()))
                    .as("tables without RLS or without a policy; give them a policy, or declare them in %s", ALLOW_LIST)
                    .isEmpty();
            assertThat(tabellen.stream().map(Tabel::naam).toList())
                    .as("every table in %s must exist", ALLOW_LIST)
                    .containsAll(vrijgesteld.keySet());
            assertThat(tabellen.stream()
                            .filter(t -> !vrijgesteld.containsKey(t.naam()))
                            .filter(t -> !t.heeftGemeentecode() && !t.heeftAanbiederId())
                            .map(Tabel::naam))
                    .as("a table with personal data carries gemeentecode (or, for a provider's own data, aanbieder_id)")
                    .isEmpty();
        }
    }

    @Test
    void theCheckFailsForANewTableWithoutAPolicy() throws Exception {
        Set<String> vrijgesteld = tabellenZonderPersoonsgegevens().keySet();
        try (Connection verbinding = eigenaar();
                Statement sql = verbinding.createStatement()) {
            sql.execute("create table bewijs_nieuwe_tabel (id int primary key, gemeentecode char(4), bsn char(9))");
            try {
                assertThat(tabellenZonderBeveiliging(verbinding, vrijgesteld)).containsExactly("bewijs_nieuwe_tabel");
                sql.execute("alter table bewijs_nieuwe_tabel enable row level security");
                assertThat(tabellenZonderBeveiliging(verbinding, vrijgesteld))
                        .as("RLS on but no policy is still a failure")
                        .containsExactly("bewijs_nieuwe_tabel");
                sql.execute("""
                        create policy bewijs_per_gemeente on bewijs_nieuwe_tabel
                        using (gemeentecode = current_setting('openinburgering.gemeentecode', true))""");
                assertThat(tabellenZonderBeveiliging(verbinding, vrijgesteld)).isEmpty();
            } finally {
                sql.execute("drop table bewijs_nieuwe_tabel");
            }
        }
    }

    /** Rows per table as the owner sees them (the owner is not subject to RLS): all, and per gemeente. */
    record Telling(long totaal, Map<String, Long> perGemeente, Map<String, Long> perAanbieder) {}

    static Telling tel(Connection eigenaar, Tabel tabel) throws SQLException {
        long totaal;
        Map<String, Long> perGemeente = new LinkedHashMap<>();
        Map<String, Long> perAanbieder = new LinkedHashMap<>();
        try (Statement sql = eigenaar.createStatement()) {
            try (ResultSet rs = sql.executeQuery("select count(*) from " + tabel.naam())) {
                rs.next();
                totaal = rs.getLong(1);
            }
            if (tabel.heeftGemeentecode()) {
                try (ResultSet rs = sql.executeQuery("select gemeentecode, count(*) from " + tabel.naam()
                        + " where gemeentecode is not null group by 1")) {
                    while (rs.next()) {
                        perGemeente.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
            if (tabel.heeftAanbiederId()) {
                try (ResultSet rs = sql.executeQuery("select aanbieder_id::text, count(*) from " + tabel.naam()
                        + " where aanbieder_id is not null group by 1")) {
                    while (rs.next()) {
                        perAanbieder.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
        }
        return new Telling(totaal, perGemeente, perAanbieder);
    }

    /**
     * What the application role sees with the given tenant settings, as {@code TenantTransactieManager} sets
     * them (local to the transaction). A table the role may not read at all counts as "nothing seen".
     */
    long zichtbaarVoorApp(String tabel, String gemeente, String aanbieder, String filter) throws SQLException {
        try (Connection verbinding = app.getConnection()) {
            verbinding.setAutoCommit(false);
            try (PreparedStatement zet = verbinding.prepareStatement(
                    "select set_config('openinburgering.gemeentecode', ?, true), set_config('openinburgering.aanbieder', ?, true)")) {
                zet.setString(1, gemeente);
                zet.setString(2, aanbieder);
                zet.execute();
            }
            try (Statement sql = verbinding.createStatement();
                    ResultSet rs = sql.executeQuery("select count(*) from " + tabel + filter)) {
                rs.next();
                return rs.getLong(1);
            } catch (SQLException e) {
                if ("42501".equals(e.getSQLState())) {
                    return 0; // permission denied: the role cannot read this table at all
                }
                throw e;
            } finally {
                verbinding.rollback();
            }
        }
    }

    @Test
    void theAppRoleWithAnotherTenantsSettingFindsNoneOfTheRows() throws Exception {
        Set<String> vrijgesteld = tabellenZonderPersoonsgegevens().keySet();
        List<String> gecontroleerd = new ArrayList<>();
        List<String> leeg = new ArrayList<>();
        List<String> lekken = new ArrayList<>();
        long cellen = 0;
        try (Connection eigenaar = eigenaar()) {
            for (Tabel tabel : tabellen(eigenaar)) {
                if (vrijgesteld.contains(tabel.naam())) {
                    continue;
                }
                Telling telling = tel(eigenaar, tabel);
                if (telling.totaal() == 0) {
                    leeg.add(tabel.naam());
                }
                // No tenant at all, and a gemeente that has no rows: nothing.
                for (String[] instelling : new String[][] {{"", ""}, {ONBEKENDE_GEMEENTE, ""}}) {
                    cellen++;
                    long gezien = zichtbaarVoorApp(tabel.naam(), instelling[0], instelling[1], "");
                    if (gezien != 0) {
                        lekken.add("%s: %d rows for gemeente '%s'".formatted(tabel.naam(), gezien, instelling[0]));
                    }
                }
                // Each gemeente sees exactly its own rows, and none of another gemeente's.
                for (String gemeente : telling.perGemeente().keySet()) {
                    for (String ander : telling.perGemeente().keySet()) {
                        if (ander.equals(gemeente)) {
                            continue;
                        }
                        cellen++;
                        long gezien =
                                zichtbaarVoorApp(tabel.naam(), ander, "", " where gemeentecode = '" + gemeente + "'");
                        if (gezien != 0) {
                            lekken.add("%s: %d rows of %s for gemeente %s"
                                    .formatted(tabel.naam(), gezien, gemeente, ander));
                        }
                    }
                }
                // A provider sees no row of another provider, and no row of a gemeente through its own setting.
                for (String aanbieder : telling.perAanbieder().keySet()) {
                    for (String ander : telling.perAanbieder().keySet()) {
                        if (ander.equals(aanbieder)) {
                            continue;
                        }
                        cellen++;
                        long gezien = zichtbaarVoorApp(
                                tabel.naam(), "", ander, " where aanbieder_id::text = '" + aanbieder + "'");
                        if (gezien != 0) {
                            lekken.add("%s: %d rows of provider %s for provider %s"
                                    .formatted(tabel.naam(), gezien, aanbieder, ander));
                        }
                    }
                }
                gecontroleerd.add(tabel.naam() + "=" + telling.totaal());
            }
        }
        System.out.printf(
                "RLS proof: %d tables, %d tenant cells, empty in the demo: %s%n", gecontroleerd.size(), cellen, leeg);
        assertThat(lekken).as("rows visible to another tenant").isEmpty();
        assertThat(gecontroleerd).hasSizeGreaterThan(40);
        // The proof by rows is only worth something where there are rows: most tables must be filled by the demo.
        // For the ones the demo leaves empty, everyPolicyComparesWithTheTenantSetting is the proof.
        assertThat(leeg.size()).as("tables without demo rows: %s", leeg).isLessThan(gecontroleerd.size() / 2);
    }

    @Test
    void theOwnerCountsMatchWhatEachGemeenteSeesOfItsOwn() throws Exception {
        Set<String> vrijgesteld = tabellenZonderPersoonsgegevens().keySet();
        List<String> verschillen = new ArrayList<>();
        try (Connection eigenaar = eigenaar()) {
            for (Tabel tabel : tabellen(eigenaar)) {
                if (vrijgesteld.contains(tabel.naam()) || !tabel.heeftGemeentecode()) {
                    continue;
                }
                for (Map.Entry<String, Long> rij :
                        tel(eigenaar, tabel).perGemeente().entrySet()) {
                    long eigen = zichtbaarVoorApp(
                            tabel.naam(), rij.getKey(), "", " where gemeentecode = '" + rij.getKey() + "'");
                    // 0 is allowed: a table the app may only write (no select grant) shows nothing.
                    if (eigen != rij.getValue() && eigen != 0) {
                        verschillen.add("%s/%s: %d of %d".formatted(tabel.naam(), rij.getKey(), eigen, rij.getValue()));
                    }
                }
            }
        }
        assertThat(verschillen).isEmpty();
    }

    /**
     * The structural half of the proof, which also covers the tables the demo leaves empty: every policy of
     * a table with personal data compares a row with the transaction's tenant setting, and none admits
     * everything.
     */
    @Test
    void everyPolicyComparesWithTheTenantSetting() throws Exception {
        Set<String> vrijgesteld = tabellenZonderPersoonsgegevens().keySet();
        List<String> fout = new ArrayList<>();
        int policies = 0;
        try (Connection eigenaar = eigenaar();
                Statement sql = eigenaar.createStatement();
                ResultSet rs = sql.executeQuery(
                        "select tablename, policyname, permissive, cmd, coalesce(qual, ''), coalesce(with_check, '')"
                                + " from pg_policies order by 1, 2")) {
            while (rs.next()) {
                if (vrijgesteld.contains(rs.getString(1))) {
                    continue;
                }
                policies++;
                String qual = rs.getString(5);
                String check = rs.getString(6);
                String cmd = rs.getString(4);
                boolean leest = !cmd.equals("INSERT");
                boolean schrijft = !cmd.equals("SELECT") && !cmd.equals("DELETE");
                if (leest && !vergelijktMetTenant(qual)) {
                    fout.add(rs.getString(1) + "." + rs.getString(2) + " using " + qual);
                }
                if (schrijft && !vergelijktMetTenant(check.isEmpty() ? qual : check)) {
                    fout.add(rs.getString(1) + "." + rs.getString(2) + " with check " + check);
                }
            }
        }
        assertThat(policies).isGreaterThan(40);
        assertThat(fout)
                .as("policies that do not compare with the tenant setting")
                .isEmpty();
    }

    static boolean vergelijktMetTenant(String expressie) {
        return expressie.contains("current_setting('openinburgering.gemeentecode'")
                || expressie.contains("current_setting('openinburgering.aanbieder'");
    }
}
