package nl.openinburgering.werkvoorraad.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.openinburgering.aanbieder.Verzuim;
import nl.openinburgering.werkvoorraad.Signaal;
import nl.openinburgering.werkvoorraad.Signaalsoort;
import nl.openinburgering.werkvoorraad.Zaken;

import static org.assertj.core.api.Assertions.assertThat;

/** VERZUIM (policy threshold, R9.2 as the ground to follow it up): one signal per person, due in a week. */
class VerzuimSignalenTests {

    static final LocalDate PEILDATUM = LocalDate.of(2026, 10, 15);
    static final UUID AMINA = UUID.randomUUID();
    static final UUID OMAR = UUID.randomUUID();

    @Test
    void r9_2_onePersonWithTwoLowDeelnamesGetsOneSignalNamingTheLowestAttendance() {
        List<Verzuim> verzuim = List.of(
                new Verzuim(AMINA, UUID.randomUUID(), new BigDecimal("70.00"), 80),
                new Verzuim(AMINA, UUID.randomUUID(), new BigDecimal("45.50"), 80));

        List<Signaal> signalen = VerzuimSignalen.signalen(verzuim, Zaken.heleGemeente(), PEILDATUM);

        assertThat(signalen).hasSize(1);
        Signaal signaal = signalen.getFirst();
        assertThat(signaal.soort()).isEqualTo(Signaalsoort.VERZUIM);
        assertThat(signaal.regel()).isEqualTo("R9.2");
        assertThat(signaal.uiterlijkeDatum()).isEqualTo(PEILDATUM.plusDays(7));
        assertThat(signaal.actie()).contains("46%").contains("drempel 80%").contains("2 deelnames");
    }

    @Test
    void r9_2_onlyTheCasesInScopeGetASignal() {
        List<Verzuim> verzuim = List.of(
                new Verzuim(AMINA, UUID.randomUUID(), new BigDecimal("70"), 80),
                new Verzuim(OMAR, UUID.randomUUID(), new BigDecimal("60"), 80));

        assertThat(VerzuimSignalen.signalen(verzuim, Zaken.van(Set.of(OMAR)), PEILDATUM))
                .extracting(Signaal::inburgeraarId)
                .containsExactly(OMAR);
        assertThat(VerzuimSignalen.signalen(List.of(), Zaken.heleGemeente(), PEILDATUM))
                .isEmpty();
    }
}
