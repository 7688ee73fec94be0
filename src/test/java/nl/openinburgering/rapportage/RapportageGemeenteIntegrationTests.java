package nl.openinburgering.rapportage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import nl.openinburgering.Testdossier;
import nl.openinburgering.Testdossier.Aanbieder;
import nl.openinburgering.aanbieder.UrenOverzicht;
import nl.openinburgering.aanbieder.Urentotalen;
import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.inburgeraar.Inburgeringstermijn;
import nl.openinburgering.inburgeraar.Termijnfeiten;
import nl.openinburgering.leerroute.ZrouteBeheer;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.shared.Gemeentecode;
import nl.openinburgering.shared.Leerroute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The per-gemeente report, one SQL statement under row-level security (a report read model, ADR 0007), against
 * the real database: only the active files of the own gemeente, and the same figures as the owning modules'
 * facades give for the same definitions, so the statement cannot drift from them unnoticed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RapportageGemeenteIntegrationTests {

    static final String DALFSEN = "0148";
    static final String STAPHORST = "0180";
    static final RequestPostProcessor CONSULENT_STAPHORST = httpBasic("consulent.staphorst", "demo");

    @Autowired
    MockMvc mvc;

    @Autowired
    RapportageBeheer rapportages;

    @Autowired
    InburgeraarBeheer inburgeraars;

    @Autowired
    UrenOverzicht uren;

    @Autowired
    ZrouteBeheer zroutes;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactie;

    /**
     * R3.4, R4.7, R4.5: a new active file of Dalfsen counts with its hours; an inactive file of Dalfsen (with
     * hours and a completed Z-route) and a file of Staphorst (with hours) do not.
     */
    @Test
    void leavesOutInactiveFilesAndTheFilesOfOtherGemeenten() throws Exception {
        Map<Integer, Cohortregel> voor = perJaar(rapport(DALFSEN));

        Testdossier.Persoon actiefDossier =
                Testdossier.in(mvc).persoon().metPip(Leerroute.B1_ROUTE).vastgesteld();
        actiefDossier.deelname(Aanbieder.TAALSCHOOL, "LEERROUTE").uren("TAALLES_KNM", "24", LocalDate.of(2025, 3, 3));
        String actief = actiefDossier.id();
        String inactief = zrouteAfgerond("800").id();
        deactiveer(inactief);
        deelnameInStaphorst(persoonInStaphorst()).uren("TAALLES_KNM", "16", LocalDate.of(2025, 6, 2));

        Map<Integer, Cohortregel> na = perJaar(rapport(DALFSEN));
        Integer jaar = cohort(DALFSEN, actief);
        assertThat(jaar).isNotNull();
        assertThat(na.keySet()).containsAll(voor.keySet());
        for (Integer j : na.keySet()) {
            Cohortregel v = voor.getOrDefault(j, new Cohortregel(j, 0, BigDecimal.ZERO, 0));
            Cohortregel n = na.get(j);
            long personen = j != null && j.equals(jaar) ? 1 : 0;
            String uur = j != null && j.equals(jaar) ? "24" : "0";
            assertThat(n.personen() - v.personen())
                    .as("persons in cohort %s", j)
                    .isEqualTo(personen);
            assertThat(n.gevolgdeUrenTaallesKnm().subtract(v.gevolgdeUrenTaallesKnm()))
                    .as("hours in cohort %s", j)
                    .isEqualByComparingTo(uur);
            assertThat(n.zroutesAfgerond()).as("Z-routes in cohort %s", j).isEqualTo(v.zroutesAfgerond());
        }
        assertThat(rapport(STAPHORST).stream().mapToLong(Cohortregel::personen).sum())
                .as("Staphorst's own report does count its file")
                .isPositive();
    }

    /**
     * R3.4, R4.7, R4.5: for every gemeente the statement gives exactly what the owning modules' facades give
     * (deadline facts of the registry, hour totals of the providers, completed Z-routes), added up per cohort.
     */
    @Test
    void givesTheSameFiguresAsTheOwningModulesFacadesForEveryGemeente() throws Exception {
        zrouteAfgerond("800")
                .deelname(Aanbieder.TAALSCHOOL, "LEERROUTE_ZELFBETAALD")
                .uren("TAALLES_KNM_BREDE_INTAKE", "12", LocalDate.of(2025, 3, 1));
        Testdossier.in(mvc)
                .persoon()
                .deelname(Aanbieder.TAALSCHOOL, "LEERROUTE")
                .uren("TAALLES_KNM", "16", LocalDate.of(2025, 6, 2));
        deactiveer(zrouteAfgerond("801").id());
        deelnameInStaphorst(persoonInStaphorst()).uren("TAALLES_KNM", "8", LocalDate.of(2025, 6, 2));

        int gemeenten = 0;
        for (String gemeente :
                jdbc.sql("select code from gemeente").query(String.class).list()) {
            assertThat(normaal(rapport(gemeente))).as("gemeente %s", gemeente).isEqualTo(doorDeFacades(gemeente));
            gemeenten++;
        }
        assertThat(gemeenten).isGreaterThan(1);
        assertThat(rapport(DALFSEN).stream()
                        .mapToLong(Cohortregel::zroutesAfgerond)
                        .sum())
                .isPositive();
    }

    private List<Cohortregel> rapport(String gemeente) {
        return Tenant.alsGemeente(new Gemeentecode(gemeente), rapportages::urenPerCohort);
    }

    private static Map<Integer, Cohortregel> perJaar(List<Cohortregel> regels) {
        Map<Integer, Cohortregel> per = new HashMap<>();
        regels.forEach(r -> per.put(r.jaar(), r));
        return per;
    }

    private Integer cohort(String gemeente, String id) {
        return Tenant.alsGemeente(
                        new Gemeentecode(gemeente), () -> inburgeraars.termijnfeiten(List.of(UUID.fromString(id))))
                .getFirst()
                .inburgeringstermijn()
                .map(t -> t.startdatum().getYear())
                .orElse(null);
    }

    /** The report as the modules' bulk facades define it, aggregated in Java (the implementation before issue 7). */
    private List<Cohortregel> doorDeFacades(String gemeente) {
        return Tenant.alsGemeente(
                new Gemeentecode(gemeente),
                () -> transactie.execute(status -> {
                    List<Termijnfeiten> feiten = inburgeraars.termijnfeiten();
                    List<UUID> ids = feiten.stream().map(Termijnfeiten::id).toList();
                    Map<UUID, Urentotalen> totalen = uren.totalen(ids);
                    Set<UUID> afgerond = zroutes.afgerond(ids);
                    Map<Integer, Cohortregel> per = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
                    for (Termijnfeiten f : feiten) {
                        Integer jaar = f.inburgeringstermijn()
                                .map(Inburgeringstermijn::startdatum)
                                .map(LocalDate::getYear)
                                .orElse(null);
                        BigDecimal gevolgd = Optional.ofNullable(totalen.get(f.id()))
                                .map(Urentotalen::taallesKnm)
                                .orElse(BigDecimal.ZERO);
                        per.merge(
                                jaar,
                                new Cohortregel(jaar, 1, gevolgd, afgerond.contains(f.id()) ? 1 : 0),
                                (a, b) -> new Cohortregel(
                                        jaar,
                                        a.personen() + b.personen(),
                                        a.gevolgdeUrenTaallesKnm().add(b.gevolgdeUrenTaallesKnm()),
                                        a.zroutesAfgerond() + b.zroutesAfgerond()));
                    }
                    return normaal(new ArrayList<>(per.values()));
                }));
    }

    /** Equal hours whatever their scale (0 and 0.00). */
    private static List<Cohortregel> normaal(List<Cohortregel> regels) {
        return regels.stream()
                .map(r -> new Cohortregel(
                        r.jaar(), r.personen(), r.gevolgdeUrenTaallesKnm().stripTrailingZeros(), r.zroutesAfgerond()))
                .toList();
    }

    /** A person of Dalfsen on the Z-route with the given hours, completed by the eindgesprek (R4.4). */
    private Testdossier.Persoon zrouteAfgerond(String urenTaal) throws Exception {
        Testdossier.Persoon persoon = Testdossier.in(mvc)
                .doelgroep(Doelgroep.GEZINSMIGRANT_OF_OVERIGE_MIGRANT)
                .persoon()
                .metPip(Leerroute.Z_ROUTE)
                .vastgesteld();
        persoon.deelname(Aanbieder.TAALSCHOOL, "LEERROUTE_ZELFBETAALD")
                .uren("TAALLES_KNM", urenTaal, LocalDate.of(2025, 3, 1));
        mvc.perform(post("/api/v1/inburgeraars/" + persoon.id() + "/z-route/afronding")
                        .with(Testdossier.CONSULENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"datumEindgesprek\": \"2026-06-01\"}"))
                .andExpect(status().isOk());
        return persoon;
    }

    /** No endpoint closes a file yet; the column is what the report reads. */
    private void deactiveer(String id) {
        int rijen = Tenant.alsGemeente(
                new Gemeentecode(DALFSEN),
                () -> transactie.execute(status -> jdbc.sql("update inburgeraar set actief = false where id = ?")
                        .param(UUID.fromString(id))
                        .update()));
        assertThat(rijen).isEqualTo(1);
    }

    private Testdossier.Persoon persoonInStaphorst() throws Exception {
        return Testdossier.in(mvc)
                .door(CONSULENT_STAPHORST)
                .naam("Samir", "Haddad")
                .geboren(LocalDate.of(1991, 7, 7))
                .persoon();
    }

    private Testdossier.Deelname deelnameInStaphorst(Testdossier.Persoon persoon) throws Exception {
        return persoon.deelname(Aanbieder.TAALSCHOOL, "LEERROUTE", LocalDate.of(2025, 6, 1));
    }
}
