package nl.openinburgering.begroting.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.openinburgering.begroting.Budgetrealisatie;
import nl.openinburgering.begroting.Kostencomponent;
import nl.openinburgering.begroting.Kostenregel;
import nl.openinburgering.begroting.Periode;
import nl.openinburgering.rapportage.Halfjaar;
import nl.openinburgering.rapportage.Halfjaarcijfers;
import nl.openinburgering.rapportage.Halfjaarrapport;
import nl.openinburgering.rapportage.Rapporttabel;
import nl.openinburgering.rapportage.Rapporttabel.Rij;

import static org.assertj.core.api.Assertions.assertThat;

/** D10 with D6: the budget realisation as the last table of the half-year report, laid out in euros. */
class BudgettabelTests {

    private static final Halfjaar H1_2026 = new Halfjaar(2026, 1);
    private static final Halfjaar H2_2025 = new Halfjaar(2025, 2);

    @Test
    void d10_theHalfYearReportShowsSpentPerComponentAndBudgetForecastAndBalancePerSource() {
        Periode periode = new Periode(H1_2026.vanaf(), H1_2026.tot(), LocalDate.of(2026, 12, 3));
        Budgetrealisatie huidig = new Budgetrealisatie(
                periode,
                List.of(
                        regel(Kostencomponent.LEERROUTE, 400_000_00L, 300_000_00L, 400_000_00L),
                        regel(Kostencomponent.LEERROUTE, 10_000_00L, 5_000_00L, 10_000_00L),
                        regel(Kostencomponent.MAP, 20_000_00L, 12_345_67L, 20_000_00L),
                        regel(Kostencomponent.ONTZORGING, 1_000_00L, 750_50L, 1_000_00L)),
                500_000_00L,
                44_000_00L);
        Budgetrealisatie vorig = new Budgetrealisatie(
                new Periode(H2_2025.vanaf(), H2_2025.tot(), LocalDate.of(2026, 12, 3)),
                List.of(),
                450_000_00L,
                44_000_00L);

        Rapporttabel tabel = Budgettabel.van(H1_2026, huidig, H2_2025, vorig);

        assertThat(tabel.kolommen()).containsExactly("1e helft 2026", "2e helft 2025");
        // by hand: leerroutes 300,000 + 5,000 spent; SPUK forecast 400,000 + 10,000 + 20,000 = 430,000;
        // SPUK balance 500,000 - 430,000 = 70,000; uitvoeringsbudget 44,000 - 1,000 = 43,000
        assertThat(waarde(tabel, "Besteed: leerroutes")).isEqualByComparingTo("305000.00");
        assertThat(waarde(tabel, "Besteed: module arbeidsmarkt en participatie (MAP)"))
                .isEqualByComparingTo("12345.67");
        assertThat(waarde(tabel, "Besteed: tolken")).isEqualByComparingTo("0");
        assertThat(waarde(tabel, "SPUK: budget")).isEqualByComparingTo("500000.00");
        assertThat(waarde(tabel, "SPUK: besteed")).isEqualByComparingTo("317345.67");
        assertThat(waarde(tabel, "SPUK: prognose")).isEqualByComparingTo("430000.00");
        assertThat(waarde(tabel, "SPUK: saldo (budget min prognose)")).isEqualByComparingTo("70000.00");
        assertThat(waarde(tabel, "Uitvoeringsbudget: besteed")).isEqualByComparingTo("750.50");
        assertThat(waarde(tabel, "Uitvoeringsbudget: saldo (budget min prognose)"))
                .isEqualByComparingTo("43000.00");
        assertThat(rij(tabel, "SPUK: budget").tekst(1)).isEqualTo("€ 450.000,00");
        assertThat(tabel.rijen()).hasSize(Kostencomponent.values().length + 2 * 4);
    }

    @Test
    void d10_theReportWithoutABudgetTableEndsWithHandhaving() {
        Halfjaarrapport zonder = new Halfjaarrapport(leeg(H1_2026), leeg(H2_2025));
        Rapporttabel budget = Budgettabel.van(
                H1_2026,
                new Budgetrealisatie(
                        new Periode(H1_2026.vanaf(), H1_2026.tot(), LocalDate.of(2026, 12, 3)), List.of(), 0, 0),
                H2_2025,
                new Budgetrealisatie(
                        new Periode(H2_2025.vanaf(), H2_2025.tot(), LocalDate.of(2026, 12, 3)), List.of(), 0, 0));
        Halfjaarrapport met = new Halfjaarrapport(leeg(H1_2026), leeg(H2_2025), budget);

        assertThat(zonder.tabellen().getLast().sleutel()).isEqualTo("Handhaving");
        assertThat(met.tabellen().getLast().sleutel()).isEqualTo("Budget");
        assertThat(met.tabellen()).hasSize(zonder.tabellen().size() + 1);
    }

    private static Kostenregel regel(Kostencomponent component, long verplicht, long besteed, long prognose) {
        return new Kostenregel(component, component.name(), 1, verplicht, besteed, prognose, Optional.empty());
    }

    private static Rij rij(Rapporttabel tabel, String label) {
        return tabel.rijen().stream()
                .filter(r -> r.label().equals(label))
                .findFirst()
                .orElseThrow();
    }

    private static BigDecimal waarde(Rapporttabel tabel, String label) {
        BigDecimal waarde = rij(tabel, label).waarden().getFirst();
        assertThat(waarde).isNotNull();
        return waarde;
    }

    private static Halfjaarcijfers leeg(Halfjaar periode) {
        return new Halfjaarcijfers(
                periode,
                null,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                new Halfjaarcijfers.Handhavingscijfers(0, 0, 0, BigDecimal.ZERO));
    }
}
