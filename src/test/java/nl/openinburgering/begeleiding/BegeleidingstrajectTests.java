package nl.openinburgering.begeleiding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.shared.Conflict;
import nl.openinburgering.shared.OngeldigeInvoer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of a begeleidingstraject and its contact moments, without Spring. */
class BegeleidingstrajectTests {

    static final LocalDate VANDAAG = LocalDate.of(2026, 6, 15);
    static final Partner VLUCHTELINGENWERK = new Partner(UUID.randomUUID(), "VluchtelingenWerk Dalfsen");

    static Begeleidingstraject traject(LocalDate start, int maanden) {
        return Begeleidingstraject.start(
                UUID.randomUUID(), Doelgroep.ASIELSTATUSHOUDER, VLUCHTELINGENWERK, start, maanden, VANDAAG);
    }

    @Test
    void r8_1_anAsielstatushouderGetsATraject() {
        assertThat(traject(VANDAAG, 12).partner()).isEqualTo(VLUCHTELINGENWERK);
    }

    @Test
    void r8_1_aGezinsmigrantIsRefusedWithTheRuleId() {
        assertThatThrownBy(() -> Begeleidingstraject.start(
                        UUID.randomUUID(),
                        Doelgroep.GEZINSMIGRANT_OF_OVERIGE_MIGRANT,
                        VLUCHTELINGENWERK,
                        VANDAAG,
                        12,
                        VANDAAG))
                .isInstanceOfSatisfying(
                        OngeldigeInvoer.class,
                        fout -> assertThat(fout.fouten()).anySatisfy(v -> {
                            assertThat(v.code()).isEqualTo("R8.1");
                            assertThat(v.veld()).isEqualTo("doelgroep");
                        }));
    }

    @Test
    void r8_4_agreedDurationDefaultsToTwelveMonths() {
        assertThat(Begeleidingstraject.STANDAARD_DUUR_MAANDEN).isEqualTo(12);
        assertThat(traject(LocalDate.of(2026, 1, 31), Begeleidingstraject.STANDAARD_DUUR_MAANDEN)
                        .einddatum())
                .isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(traject(LocalDate.of(2026, 1, 31), 6).einddatum()).isEqualTo(LocalDate.of(2026, 7, 31));
    }

    @Test
    void r8_4_theDurationLiesBetweenOneAndSixtyMonths() {
        assertThatThrownBy(() -> Begeleidingstraject.toetsDuur(0)).isInstanceOf(OngeldigeInvoer.class);
        assertThatNoException().isThrownBy(() -> Begeleidingstraject.toetsDuur(1));
        assertThatNoException().isThrownBy(() -> Begeleidingstraject.toetsDuur(60));
        assertThatThrownBy(() -> Begeleidingstraject.toetsDuur(61))
                .isInstanceOfSatisfying(
                        OngeldigeInvoer.class,
                        fout -> assertThat(fout.fouten().getFirst().code()).isEqualTo("R8.4"));
    }

    @Test
    void r8_4_theEndIsSignalledFromFourWeeksBeforeUntilTheTrajectIsClosed() {
        Begeleidingstraject t = traject(LocalDate.of(2026, 1, 1), 12);
        LocalDate einde = LocalDate.of(2027, 1, 1);
        assertThat(t.eindeInZicht(einde.minusWeeks(4).minusDays(1), 4)).isFalse();
        assertThat(t.eindeInZicht(einde.minusWeeks(4), 4)).isTrue();
        assertThat(t.eindeInZicht(einde.plusDays(10), 4)).isTrue();

        Begeleidingstraject afgesloten =
                t.sluitAf(LocalDate.of(2026, 6, 1), "Huisvesting en zorg geregeld.", "begeleider", VANDAAG);
        assertThat(afgesloten.eindeInZicht(einde, 4)).isFalse();
    }

    @Test
    void aTrajectClosesOnceWithASummaryForTheConsulent() {
        Begeleidingstraject t = traject(LocalDate.of(2026, 1, 1), 12);
        assertThatThrownBy(() -> t.sluitAf(VANDAAG, " ", "begeleider", VANDAAG)).isInstanceOf(OngeldigeInvoer.class);
        assertThatThrownBy(() -> t.sluitAf(VANDAAG.plusDays(1), "Klaar.", "begeleider", VANDAAG))
                .isInstanceOf(OngeldigeInvoer.class);
        Begeleidingstraject afgesloten = t.sluitAf(VANDAAG, " Klaar. ", "begeleider", VANDAAG);
        assertThat(afgesloten.afsluiting().orElseThrow().samenvatting()).isEqualTo("Klaar.");
        assertThatThrownBy(() -> afgesloten.sluitAf(VANDAAG, "Nogmaals.", "begeleider", VANDAAG))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void r8_3_theHoursOfAContactMomentLieAboveZeroAndAtMostOneDay() {
        Begeleidingstraject t = traject(LocalDate.of(2026, 1, 1), 12);
        assertThatThrownBy(() -> contact("0", VANDAAG).toets(t, VANDAAG))
                .isInstanceOfSatisfying(
                        OngeldigeInvoer.class,
                        fout -> assertThat(fout.fouten().getFirst().code()).isEqualTo("R8.3"));
        assertThatNoException().isThrownBy(() -> contact("0.01", VANDAAG).toets(t, VANDAAG));
        assertThatNoException().isThrownBy(() -> contact("24", VANDAAG).toets(t, VANDAAG));
        assertThatThrownBy(() -> contact("24.01", VANDAAG).toets(t, VANDAAG)).isInstanceOf(OngeldigeInvoer.class);
    }

    @Test
    void aContactMomentLiesWithinTheTrajectAndNotInTheFuture() {
        Begeleidingstraject t = traject(LocalDate.of(2026, 1, 1), 12);
        assertThatThrownBy(() -> contact("1", LocalDate.of(2025, 12, 31)).toets(t, VANDAAG))
                .isInstanceOf(OngeldigeInvoer.class);
        assertThatNoException()
                .isThrownBy(() -> contact("1", LocalDate.of(2026, 1, 1)).toets(t, VANDAAG));
        assertThatThrownBy(() -> contact("1", VANDAAG.plusDays(1)).toets(t, VANDAAG))
                .isInstanceOf(OngeldigeInvoer.class);
    }

    private static NieuwContactmoment contact(String uren, LocalDate datum) {
        return new NieuwContactmoment(
                datum, Onderwerp.HUISVESTING, new BigDecimal(uren), "Huurcontract besproken.", null);
    }
}
