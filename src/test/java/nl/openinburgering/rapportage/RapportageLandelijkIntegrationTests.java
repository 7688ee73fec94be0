package nl.openinburgering.rapportage;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;

import nl.openinburgering.Gebeurtenissen;
import nl.openinburgering.Testdossier;
import nl.openinburgering.Testdossier.Aanbieder;
import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.shared.Gemeentecode;
import nl.openinburgering.shared.Leerroute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code GET /api/v1/rapportages/uren-per-cohort?niveau=LANDELIJK} against the real database (ADR 0007): the
 * national report equals the per-gemeente reports added up, through the one security-definer function, while
 * row-level security still keeps the app role inside one gemeente for everything else.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RapportageLandelijkIntegrationTests {

    static final String PAD = "/api/v1/rapportages/uren-per-cohort";
    static final String DALFSEN = "0148";
    static final String STAPHORST = "0180";
    static final RequestPostProcessor CONSULENT_STAPHORST = httpBasic("consulent.staphorst", "demo");
    static final RequestPostProcessor BELEID_DALFSEN = httpBasic("beleid.dalfsen", "demo");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactie;

    @Autowired
    RapportageBeheer rapportage;

    @Autowired
    io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres;

    /** Cohort year (null: no termijn yet) to persons, hours and completed Z-routes. */
    record Totalen(long personen, BigDecimal uren, long zroutes) {

        static final Totalen NUL = new Totalen(0, BigDecimal.ZERO, 0);

        Totalen plus(Totalen ander) {
            return new Totalen(personen + ander.personen, uren.add(ander.uren), zroutes + ander.zroutes);
        }

        Totalen min(Totalen ander) {
            return new Totalen(personen - ander.personen, uren.subtract(ander.uren), zroutes - ander.zroutes);
        }

        /** Equal amounts whatever the scale of the hours (0 and 0.00). */
        Totalen genormaliseerd() {
            return new Totalen(personen, uren.stripTrailingZeros(), zroutes);
        }
    }

    Map<Integer, Totalen> rapport(RequestPostProcessor wie, String niveau) throws Exception {
        String json = mvc.perform(get(PAD).param("niveau", niveau).with(wie))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Map<String, Object>> cohorten = JsonPath.read(json, "$.cohorten");
        Map<Integer, Totalen> per = new HashMap<>();
        for (Map<String, Object> cohort : cohorten) {
            per.put(
                    (Integer) cohort.get("jaar"),
                    new Totalen(
                                    ((Number) cohort.get("aantalInburgeraars")).longValue(),
                                    new BigDecimal(
                                            cohort.get("gevolgdeUrenTaallesKnm").toString()),
                                    ((Number) cohort.get("aantalZroutesAfgerond")).longValue())
                            .genormaliseerd());
        }
        return per;
    }

    /** A beleidsmedewerker of any gemeente, with the authorities a login gives (only Dalfsen has a demo account). */
    static RequestPostProcessor beleid(String gemeente) {
        return user("beleid." + gemeente)
                .authorities(
                        new SimpleGrantedAuthority("ROLE_BELEIDSMEDEWERKER"),
                        new SimpleGrantedAuthority("GEMEENTE_" + gemeente));
    }

    /** Every gemeente's own report, added up per cohort. */
    Map<Integer, Totalen> somVanAlleGemeenten() throws Exception {
        Map<Integer, Totalen> som = new HashMap<>();
        for (String gemeente :
                jdbc.sql("select code from gemeente").query(String.class).list()) {
            rapport(beleid(gemeente), "GEMEENTE").forEach((jaar, t) -> som.merge(jaar, t, Totalen::plus));
        }
        som.replaceAll((jaar, t) -> t.genormaliseerd());
        return som;
    }

    static Totalen totalen(long personen, String uren, long zroutes) {
        return new Totalen(personen, new BigDecimal(uren), zroutes).genormaliseerd();
    }

    static Totalen verschil(Map<Integer, Totalen> na, Map<Integer, Totalen> voor, Integer jaar) {
        return na.getOrDefault(jaar, Totalen.NUL)
                .min(voor.getOrDefault(jaar, Totalen.NUL))
                .genormaliseerd();
    }

    /** Cohort year to the national cells as the API gives them (null: suppressed). */
    record Landelijk(Long personen, BigDecimal uren, Long zroutes) {}

    Map<Integer, Landelijk> landelijk(RequestPostProcessor wie) throws Exception {
        String json = mvc.perform(get(PAD).param("niveau", "LANDELIJK").with(wie))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.berekendOp").isNotEmpty())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Map<String, Object>> cohorten = JsonPath.read(json, "$.cohorten");
        Map<Integer, Landelijk> per = new HashMap<>();
        for (Map<String, Object> c : cohorten) {
            Object uren = c.get("gevolgdeUrenTaallesKnm");
            per.put(
                    (Integer) c.get("jaar"),
                    new Landelijk(
                            c.get("aantalInburgeraars") == null
                                    ? null
                                    : ((Number) c.get("aantalInburgeraars")).longValue(),
                            uren == null ? null : new BigDecimal(uren.toString()).stripTrailingZeros(),
                            c.get("aantalZroutesAfgerond") == null
                                    ? null
                                    : ((Number) c.get("aantalZroutesAfgerond")).longValue()));
        }
        return per;
    }

    /**
     * R3.4, R4.7, R4.5, issue 17 points 6 and 7: persons, attended taalles/KNM hours (not the brede intake's, not
     * the absent ones) and completed Z-routes of two gemeenten land in the same national cohort; after the stand
     * is recomputed the national table is exactly the sum of every gemeente's own table, with each count of 1 to
     * 9 persons, or of 1 to 9 outside Dalfsen, suppressed (and the hours of a suppressed cohort with it).
     */
    @Test
    void theNationalReportIsTheProtectedSumOfEveryGemeentesReportPerCohort() throws Exception {
        Map<Integer, Totalen> dalfsenVoor = rapport(BELEID_DALFSEN, "GEMEENTE");

        Testdossier.Persoon zroute = Testdossier.in(mvc)
                .doelgroep(Doelgroep.GEZINSMIGRANT_OF_OVERIGE_MIGRANT)
                .persoon()
                .metPip(Leerroute.Z_ROUTE)
                .vastgesteld();
        zroute.deelname(Aanbieder.TAALSCHOOL, "LEERROUTE_ZELFBETAALD")
                .uren("TAALLES_KNM", "800", LocalDate.of(2025, 3, 1))
                .uren("TAALLES_KNM_BREDE_INTAKE", "12", LocalDate.of(2025, 3, 1));
        mvc.perform(post("/api/v1/inburgeraars/" + zroute.id() + "/z-route/afronding")
                        .with(Testdossier.CONSULENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"datumEindgesprek\": \"2026-06-01\"}"))
                .andExpect(status().isOk());

        Testdossier.Persoon staphorst = persoonInStaphorst();
        pipInStaphorst(staphorst.id(), LocalDate.of(2025, 5, 1));
        Testdossier.Deelname staphorstLes = deelnameInStaphorst(staphorst);
        staphorstLes.uren("TAALLES_KNM", "40", LocalDate.of(2025, 6, 2));
        staphorstLes.uren("TAALLES_KNM_BREDE_INTAKE", "10", LocalDate.of(2025, 6, 2));
        afwezig(staphorstLes.id(), LocalDate.of(2025, 9, 1));
        deelnameInStaphorst(persoonInStaphorst()).uren("TAALLES_KNM", "16", LocalDate.of(2025, 6, 2));

        Tenant.alsGemeente(new Gemeentecode(DALFSEN), rapportage::vernieuwLandelijk);
        Map<Integer, Totalen> som = somVanAlleGemeenten();
        Map<Integer, Totalen> dalfsen = rapport(BELEID_DALFSEN, "GEMEENTE");
        Map<Integer, Landelijk> na = landelijk(BELEID_DALFSEN);
        assertThat(na.keySet()).isEqualTo(som.keySet());
        for (Integer jaar : som.keySet()) {
            Totalen s = som.get(jaar);
            Totalen eigen = dalfsen.getOrDefault(jaar, Totalen.NUL);
            Long personen = Kleinecellen.toonbaar(s.personen(), eigen.personen());
            assertThat(na.get(jaar))
                    .as("cohort " + jaar)
                    .isEqualTo(new Landelijk(
                            personen,
                            personen == null ? null : s.uren(),
                            Kleinecellen.toonbaar(s.zroutes(), eigen.zroutes())));
        }
        assertThat(verschil(dalfsen, dalfsenVoor, 2025))
                .as("the gemeente report of Dalfsen still shows only Dalfsen")
                .isEqualTo(totalen(1, "800", 1));
    }

    /**
     * Issue 17 point 6, the difference attack: gemeente X has 12 persons in cohort 2031 and Y has 3. X must not
     * see the national 15 (15 - 12 = Y's 3); Y and a gemeente without anyone in 2031 may (15 - 3 = 12 of X). A
     * national cohort of 1 person (2032) is suppressed for everyone.
     */
    @Test
    void nationalMinusOwnRevealsNoOtherGemeentesSmallCohort() throws Exception {
        String x;
        String y;
        try (Halfjaardataset dx = new Halfjaardataset(postgres);
                Halfjaardataset dy = new Halfjaardataset(postgres)) {
            x = dx.gemeente;
            y = dy.gemeente;
            for (int i = 0; i < 12; i++) {
                dx.inCohort(LocalDate.of(2031, 2, 1));
            }
            for (int i = 0; i < 3; i++) {
                dy.inCohort(LocalDate.of(2031, 3, 1));
            }
            dy.inCohort(LocalDate.of(2032, 1, 10));
        }
        Tenant.alsGemeente(new Gemeentecode(x), rapportage::vernieuwLandelijk);

        assertThat(cohort(x, 2031).personen()).isNull();
        assertThat(cohort(x, 2031).gevolgdeUrenTaallesKnm()).isNull();
        assertThat(cohort(y, 2031).personen()).isEqualTo(15);
        assertThat(cohort(DALFSEN, 2031).personen()).isEqualTo(15);
        assertThat(cohort(DALFSEN, 2032).personen()).isNull();
        assertThat(cohort(y, 2032).personen()).isNull();
        assertThat(landelijk(beleid(x)).get(2031).personen()).isNull();
        assertThat(landelijk(beleid(y)).get(2031).personen()).isEqualTo(15);
    }

    private LandelijkCohort cohort(String gemeente, int jaar) {
        return Tenant.alsGemeente(new Gemeentecode(gemeente), rapportage::urenPerCohortLandelijk).cohorten().stream()
                .filter(c -> Integer.valueOf(jaar).equals(c.jaar()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void withoutNiveauTheReportIsThatOfTheOwnGemeente() throws Exception {
        String json = mvc.perform(get(PAD).with(BELEID_DALFSEN))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String gemeente = mvc.perform(get(PAD).param("niveau", "GEMEENTE").with(BELEID_DALFSEN))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(json).isEqualTo(gemeente);
    }

    /** The function crosses RLS; the app role's own queries still see only the transaction's gemeente. */
    @Test
    void theAppRoleStillCannotReadAnotherGemeentesRowsDirectly() throws Exception {
        Testdossier.Persoon staphorst = persoonInStaphorst();
        deelnameInStaphorst(staphorst).uren("TAALLES_KNM", "8", LocalDate.of(2025, 6, 2));
        String persoon = staphorst.id();

        record Zicht(long inburgeraars, long urenregels, long landelijkePersonen) {}
        Zicht dalfsen = Tenant.alsGemeente(
                new Gemeentecode(DALFSEN),
                () -> transactie.execute(status -> new Zicht(
                        jdbc.sql("select count(*) from inburgeraar where gemeentecode = ?")
                                .param(STAPHORST)
                                .query(Long.class)
                                .single(),
                        jdbc.sql("select count(*) from urenregel where inburgeraar_id = ?")
                                .param(UUID.fromString(persoon))
                                .query(Long.class)
                                .single(),
                        jdbc.sql("select sum(personen) from rapportage_uren_per_cohort_landelijk()")
                                .query(Long.class)
                                .single())));
        long actiefPerGemeenteOpgeteld = 0;
        for (String gemeente :
                jdbc.sql("select code from gemeente").query(String.class).list()) {
            actiefPerGemeenteOpgeteld += Tenant.alsGemeente(
                    new Gemeentecode(gemeente),
                    () -> transactie.execute(status -> jdbc.sql("select count(*) from inburgeraar where actief")
                            .query(Long.class)
                            .single()));
        }

        assertThat(dalfsen.inburgeraars()).isZero();
        assertThat(dalfsen.urenregels()).isZero();
        assertThat(dalfsen.landelijkePersonen()).isEqualTo(actiefPerGemeenteOpgeteld);
    }

    /** The gate is narrow: owned by another role than the app's, search_path pinned, not executable by PUBLIC. */
    @Test
    void theNationalFunctionIsASecurityDefinerWithAPinnedSearchPathThatOnlyTheAppRoleMayRun() {
        record Functie(boolean definer, String eigenaar, String instellingen, String rechten, String ik) {}
        Functie f = jdbc.sql("""
                select p.prosecdef, pg_get_userbyid(p.proowner), array_to_string(p.proconfig, ';'),
                       coalesce(array_to_string(p.proacl, ';'), ''), current_user
                from pg_proc p where p.proname = 'rapportage_uren_per_cohort_landelijk'""")
                .query((rij, n) -> new Functie(
                        rij.getBoolean(1), rij.getString(2), rij.getString(3), rij.getString(4), rij.getString(5)))
                .single();

        assertThat(f.definer()).isTrue();
        assertThat(f.eigenaar()).isNotEqualTo(f.ik());
        assertThat(f.instellingen()).isEqualTo("search_path=public, pg_temp");
        assertThat(f.rechten().split(";"))
                .noneMatch(acl -> acl.startsWith("="))
                .anyMatch(acl -> acl.startsWith(f.ik() + "=X/"));
    }

    /** The psql comparison of docs/performance.md times the same statement as the function runs. */
    @Test
    void theSqlFileForPsqlHoldsTheFunctionsStatementWordForWord() throws Exception {
        String functie = jdbc.sql("select prosrc from pg_proc where proname = 'rapportage_uren_per_cohort_landelijk'")
                .query(String.class)
                .single();
        String bestand = Files.readString(Path.of("src/test/sql/rapportage-landelijk.sql"));

        assertThat(zonderWit(bestand)).contains(zonderWit(functie));
    }

    private static String zonderWit(String sql) {
        return sql.replaceAll("\\s+", " ").strip();
    }

    @Test
    void aConsulentMayNotReadTheNationalReport() throws Exception {
        mvc.perform(get(PAD).param("niveau", "LANDELIJK").with(Testdossier.CONSULENT))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
    }

    @Test
    void anUnknownNiveauIsRefusedInDutch() throws Exception {
        mvc.perform(get(PAD).param("niveau", "provinciaal").with(BELEID_DALFSEN))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.invalidParams[0].name").value("niveau"))
                .andExpect(jsonPath("$.invalidParams[0].code").value("niveau.ongeldig"))
                .andExpect(jsonPath("$.invalidParams[0].reason").value("Het niveau is GEMEENTE of LANDELIJK."));
    }

    private Testdossier.Persoon persoonInStaphorst() throws Exception {
        return Testdossier.in(mvc)
                .door(CONSULENT_STAPHORST)
                .naam("Samir", "Haddad")
                .geboren(LocalDate.of(1991, 7, 7))
                .persoon();
    }

    /** Four eyes: the consulent drafts, a teamleider of Staphorst (no demo account) fixes it. */
    private void pipInStaphorst(String id, LocalDate dagtekening) throws Exception {
        String pip = JsonPath.read(
                mvc.perform(post("/api/v1/inburgeraars/" + id + "/pips")
                                .with(CONSULENT_STAPHORST)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(Testdossier.metMinimuminhoud("{\"leerroute\": \"B1_ROUTE\"}")))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        Testdossier.in(mvc).door(CONSULENT_STAPHORST).persoon(id).metIntake();
        mvc.perform(post("/api/v1/inburgeraars/" + id + "/pips/" + pip + "/vaststelling")
                        .with(user("teamleider.staphorst")
                                .authorities(
                                        new SimpleGrantedAuthority("ROLE_TEAMLEIDER"),
                                        new SimpleGrantedAuthority("GEMEENTE_" + STAPHORST)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"dagtekening\": \"" + dagtekening
                                + "\", \"redenEerdereDagtekening\": \"Test: dagtekening achteraf\"}"))
                .andExpect(status().isOk());
        Gebeurtenissen.afgehandeld(mvc);
    }

    private Testdossier.Deelname deelnameInStaphorst(Testdossier.Persoon persoon) throws Exception {
        return persoon.deelname(Aanbieder.TAALSCHOOL, "LEERROUTE", LocalDate.of(2025, 6, 1));
    }

    /** A reported lesson the person missed: not attended, so never counted. */
    private void afwezig(String deelnameId, LocalDate datum) throws Exception {
        mvc.perform(post("/api/v1/aanbieder/urenregistraties")
                        .with(Aanbieder.TAALSCHOOL.account())
                        .header("Idempotency-Key", UUID.randomUUID())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"regels": [{"deelnameId": "%s", "datum": "%s", "soort": "TAALLES_KNM", "uren": 3,
                          "aanwezig": false, "verzuimreden": "ZIEK"}]}""".formatted(deelnameId, datum)))
                .andExpect(status().isCreated());
    }
}
