package nl.openinburgering.werkvoorraad.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.openinburgering.ontzorging.Machtiging;
import nl.openinburgering.ontzorging.Ontzorgingsstand;
import nl.openinburgering.werkvoorraad.Signaal;
import nl.openinburgering.werkvoorraad.Signaalsoort;

import static org.assertj.core.api.Assertions.assertThat;

/** The ontzorging signals on both sides of their boundaries, with a fixed peildatum. */
class OntzorgingSignalenTests {

    static final UUID ID = UUID.randomUUID();

    static Ontzorgingsstand stand(boolean beeindigd, boolean verlengd, Machtiging machtiging, LocalDate geplandEinde) {
        return new Ontzorgingsstand(
                ID,
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 6, 30),
                geplandEinde,
                beeindigd,
                verlengd,
                machtiging,
                machtiging == Machtiging.ONBEKEND ? Optional.empty() : Optional.of(LocalDate.of(2026, 1, 5)));
    }

    @Test
    void r7_3_the_sixth_month_is_signalled_from_its_first_day_until_the_ontzorging_ends() {
        Ontzorgingsstand lopend = stand(false, false, Machtiging.GETEKEND, LocalDate.of(2026, 6, 30));
        assertThat(OntzorgingSignalen.einde(lopend, LocalDate.of(2026, 5, 31))).isEmpty();
        assertThat(OntzorgingSignalen.einde(lopend, LocalDate.of(2026, 6, 1))).hasValueSatisfying(s -> {
            assertThat(s.soort()).isEqualTo(Signaalsoort.ONTZORGING_ZES_MAANDEN);
            assertThat(s.regel()).isEqualTo("R7.3");
            assertThat(s.uiterlijkeDatum()).isEqualTo(LocalDate.of(2026, 6, 30));
        });
        assertThat(OntzorgingSignalen.einde(lopend, LocalDate.of(2026, 8, 1)))
                .map(s -> s.dagenResterend(LocalDate.of(2026, 8, 1)))
                .hasValueSatisfying(dagen -> assertThat(dagen).isNegative());
        assertThat(OntzorgingSignalen.einde(
                        stand(true, false, Machtiging.GETEKEND, LocalDate.of(2026, 6, 30)), LocalDate.of(2026, 6, 15)))
                .isEmpty();
    }

    @Test
    void r7_4_a_refused_machtiging_of_a_running_ontzorging_is_signalled() {
        Optional<Signaal> signaal =
                OntzorgingSignalen.machtiging(stand(false, false, Machtiging.GEWEIGERD, LocalDate.of(2026, 6, 30)));
        assertThat(signaal).hasValueSatisfying(s -> {
            assertThat(s.regel()).isEqualTo("R7.4");
            assertThat(s.uiterlijkeDatum()).isEqualTo(LocalDate.of(2026, 1, 19));
        });
        assertThat(OntzorgingSignalen.machtiging(stand(false, false, Machtiging.GETEKEND, LocalDate.of(2026, 6, 30))))
                .isEmpty();
        assertThat(OntzorgingSignalen.machtiging(stand(true, false, Machtiging.GEWEIGERD, LocalDate.of(2026, 6, 30))))
                .isEmpty();
    }

    @Test
    void r7_4_r9_4_a_referral_on_or_after_the_refusal_replaces_the_refusal_signal_an_earlier_one_does_not() {
        var geweigerd = stand(false, false, Machtiging.GEWEIGERD, LocalDate.of(2026, 6, 30));
        LocalDate weigering = geweigerd.machtigingDatum().orElseThrow();
        assertThat(OntzorgingSignalen.machtiging(geweigerd, weigering)).isEmpty();
        assertThat(OntzorgingSignalen.machtiging(geweigerd, weigering.plusDays(1)))
                .isEmpty();
        assertThat(OntzorgingSignalen.machtiging(geweigerd, weigering.minusDays(1)))
                .isPresent();
        assertThat(OntzorgingSignalen.machtiging(geweigerd, null)).isPresent();
    }
}
