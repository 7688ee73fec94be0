package nl.openinburgering.werkvoorraad;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.inburgeraar.Termijnfeiten;
import nl.openinburgering.pip.PipStand;
import nl.openinburgering.shared.Bsn;
import nl.openinburgering.shared.Leerroute;

import static org.assertj.core.api.Assertions.assertThat;

/** The facts of one worklist request are read once, however many signal sources ask for them. */
class ZaakfeitenTests {

    static final UUID AMINA = UUID.randomUUID();
    static final UUID OMAR = UUID.randomUUID();

    static Termijnfeiten persoon(UUID id) {
        return new Termijnfeiten(
                id,
                new Bsn("111222333"),
                "Amina",
                "Haddad",
                LocalDate.of(1990, 1, 1),
                Doelgroep.ASIELSTATUSHOUDER,
                Optional.empty(),
                Optional.empty());
    }

    @Test
    void readsTheDeadlineFactsAndThePipStateOnceForAllSources() {
        AtomicInteger termijnLezingen = new AtomicInteger();
        AtomicInteger pipLezingen = new AtomicInteger();
        Zaakfeiten feiten = new Zaakfeiten(
                Zaken.heleGemeente(),
                () -> {
                    termijnLezingen.incrementAndGet();
                    return List.of(persoon(AMINA), persoon(OMAR));
                },
                () -> {
                    pipLezingen.incrementAndGet();
                    return List.of(new PipStand(
                            AMINA, Leerroute.Z_ROUTE, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1), 2));
                });

        assertThat(termijnLezingen).hasValue(0);
        feiten.termijnfeiten();
        feiten.termijnfeiten(Set.of(AMINA));
        feiten.pipStand();
        feiten.pipStand();
        feiten.termijnfeiten();

        assertThat(termijnLezingen).hasValue(1);
        assertThat(pipLezingen).hasValue(1);
    }

    @Test
    void theFactsOfGivenIdsLeaveOutIdsThatAreNotInScope() {
        UUID gesloten = UUID.randomUUID();
        Zaakfeiten feiten =
                new Zaakfeiten(Zaken.van(Set.of(AMINA, OMAR)), () -> List.of(persoon(AMINA), persoon(OMAR)), List::of);

        assertThat(feiten.termijnfeiten(List.of(OMAR, gesloten)))
                .extracting(Termijnfeiten::id)
                .containsExactly(OMAR);
        assertThat(feiten.termijnfeiten(Set.of())).isEmpty();
    }
}
