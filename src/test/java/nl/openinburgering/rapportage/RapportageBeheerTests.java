package nl.openinburgering.rapportage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.openinburgering.aanbieder.Urentotalen;
import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.inburgeraar.Inburgeringstermijn;
import nl.openinburgering.inburgeraar.Termijnfeiten;
import nl.openinburgering.shared.Bsn;
import nl.openinburgering.TestBsn;

class RapportageBeheerTests {

    /** R3.4 (cohort = year the termijn started), R4.7 (attended taalles/KNM hours), R4.5 (completed Z-routes). */
    @Test
    void groupsPersonsByTheYearTheirTermijnStartedWithTheirAttendedHoursAndCompletedZroutes() {
        Termijnfeiten a = feiten(LocalDate.of(2023, 3, 1));
        Termijnfeiten b = feiten(LocalDate.of(2023, 11, 30));
        Termijnfeiten c = feiten(LocalDate.of(2025, 1, 2));
        Termijnfeiten zonderTermijn = feiten(null);
        Map<UUID, Urentotalen> uren = Map.of(a.id(), taal("120.50"), b.id(), taal("80.00"), c.id(), taal("10.00"));

        List<Cohortregel> regels = RapportageBeheer.urenPerCohort(List.of(c, zonderTermijn, a, b), uren, Set.of(b.id()));

        assertThat(regels).containsExactly(
                new Cohortregel(2023, 2, new BigDecimal("200.50"), 1),
                new Cohortregel(2025, 1, new BigDecimal("10.00"), 0),
                new Cohortregel(null, 1, BigDecimal.ZERO, 0));
        assertThat(regels.getFirst().gemiddeldeUren()).isEqualByComparingTo("100.25");
    }

    private static Termijnfeiten feiten(LocalDate startTermijn) {
        return new Termijnfeiten(UUID.randomUUID(), new Bsn(TestBsn.nieuw()), "Amina", "Haddad",
                LocalDate.of(1990, 1, 1), Doelgroep.ASIELSTATUSHOUDER, Optional.empty(),
                Optional.ofNullable(startTermijn).map(s -> new Inburgeringstermijn(s, s.plusYears(3))));
    }

    private static Urentotalen taal(String uren) {
        BigDecimal nul = BigDecimal.ZERO;
        return new Urentotalen(new BigDecimal(uren), nul, nul, nul, nul, nul, nul);
    }
}
