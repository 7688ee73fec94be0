package nl.openinburgering.nationaal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.openinburgering.nationaal.Bevolking.Fase;
import nl.openinburgering.nationaal.Bevolking.Persoon;
import nl.openinburgering.nationaal.Bevolking.Route;
import nl.openinburgering.shared.Bsn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The synthetic country of the national dataset: deterministic, with the shape issue 7 asks for. */
class BevolkingTests {

    static final LocalDate PEILDATUM = LocalDate.of(2026, 12, 1);
    static final Bevolking LAND = new Bevolking(42, PEILDATUM, 34, 25_000);

    @Test
    void sameSeedGivesTheSamePeople() {
        Bevolking nogmaals = new Bevolking(42, PEILDATUM, 34, 25_000);
        assertThat(nogmaals.personen).isEqualTo(LAND.personen);
        assertThat(new Bevolking(43, PEILDATUM, 34, 25_000).personen).isNotEqualTo(LAND.personen);
    }

    @Test
    void everyBsnIsUniqueSyntheticAndPassesTheElfproef() {
        Set<String> bsns = new HashSet<>();
        for (Persoon p : LAND.personen) {
            assertThat(p.bsn()).startsWith("98");
            assertThat(Bsn.voldoetAanElfproef(p.bsn())).isTrue();
            assertThat(bsns.add(p.bsn())).isTrue();
        }
    }

    @Test
    void spreadsPeopleOverFiveYearlyCohortsAndEveryStage() {
        Map<Integer, Long> cohorten = LAND.personen.stream()
                .collect(Collectors.groupingBy(p -> p.vestiging().getYear(), Collectors.counting()));
        assertThat(cohorten.keySet()).containsExactlyInAnyOrder(2022, 2023, 2024, 2025, 2026);
        assertThat(LAND.personen.stream().map(Persoon::fase).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Fase.values());
        assertThat(LAND.personen).allMatch(p -> !p.vestiging().isAfter(PEILDATUM));
    }

    @Test
    void dividesTheRoutes25PercentOnderwijs60PercentB1And15PercentZ() {
        var metRoute = LAND.personen.stream().filter(p -> p.route() != null).toList();
        Map<Route, Long> routes =
                metRoute.stream().collect(Collectors.groupingBy(Persoon::route, Collectors.counting()));
        assertThat(routes.get(Route.ONDERWIJSROUTE) / (double) metRoute.size()).isCloseTo(0.25, within(0.02));
        assertThat(routes.get(Route.B1_ROUTE) / (double) metRoute.size()).isCloseTo(0.60, within(0.02));
        assertThat(routes.get(Route.Z_ROUTE) / (double) metRoute.size()).isCloseTo(0.15, within(0.02));
    }

    @Test
    void givesEveryConsulentACaseloadOfAboutSixty() {
        Map<String, Long> caseload = LAND.personen.stream()
                .filter(Persoon::actief)
                .collect(Collectors.groupingBy(p -> p.gemeente().consulent(p.consulent()), Collectors.counting()));
        int consulenten = LAND.gemeenten.stream()
                .mapToInt(Bevolking.Gemeente::consulenten)
                .sum();
        assertThat(caseload).hasSize(consulenten);
        double gemiddeld =
                caseload.values().stream().mapToLong(Long::longValue).average().orElseThrow();
        assertThat(gemiddeld).isCloseTo(60, within(10.0));
    }

    @Test
    void skewsGemeenteSizesLikeARealPopulation() {
        Bevolking land = new Bevolking(42, PEILDATUM, 342, 25_000);
        var groottes = land.gemeenten.stream()
                .map(Bevolking.Gemeente::inburgeraars)
                .sorted()
                .toList();
        assertThat(groottes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(25_000);
        assertThat(groottes.getLast()).isGreaterThan(30 * groottes.getFirst());
        assertThat(groottes.getLast() / 25_000.0).isBetween(0.03, 0.05);
        assertThat(land.gemeenten.stream().map(Bevolking.Gemeente::code).collect(Collectors.toSet()))
                .hasSize(342);
    }

    @Test
    void thePipOfAPersonIsSetAfterTheIntakeAndStartsTheTermTheDayAfter() {
        for (Persoon p : LAND.personen) {
            if (p.eersteDagtekening() != null) {
                assertThat(p.eersteDagtekening()).isAfter(p.intakeKlaar()).isBeforeOrEqualTo(PEILDATUM);
                assertThat(p.dagtekening())
                        .isAfterOrEqualTo(p.eersteDagtekening())
                        .isBeforeOrEqualTo(PEILDATUM);
            }
        }
        assertThat(LAND.aanbieders.stream()
                        .flatMap(a -> a.gemeentecodes().stream())
                        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                        .keySet())
                .hasSize(34);
    }
}
