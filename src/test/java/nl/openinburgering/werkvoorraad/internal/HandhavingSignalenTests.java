package nl.openinburgering.werkvoorraad.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.openinburgering.handhaving.WachtendeStap;
import nl.openinburgering.werkvoorraad.Signaal;
import nl.openinburgering.werkvoorraad.Signaalsoort;
import nl.openinburgering.werkvoorraad.Zaken;

import static org.assertj.core.api.Assertions.assertThat;

class HandhavingSignalenTests {

    static final UUID EIGEN = UUID.randomUUID();
    static final UUID ANDER = UUID.randomUUID();
    static final LocalDate DATUM = LocalDate.of(2026, 4, 1);

    @Test
    void r9_6_r9_7_r9_4_each_waiting_step_of_the_own_cases_is_one_signal() {
        List<Signaal> signalen = HandhavingSignalen.signalen(
                List.of(
                        new WachtendeStap(
                                EIGEN, UUID.randomUUID(), WachtendeStap.Soort.WAARSCHUWINGSTERMIJN, DATUM, "R9.6"),
                        new WachtendeStap(
                                EIGEN, UUID.randomUUID(), WachtendeStap.Soort.ZIENSWIJZETERMIJN, DATUM, "R9.7"),
                        new WachtendeStap(EIGEN, UUID.randomUUID(), WachtendeStap.Soort.PW_VERWIJZING, DATUM, "R9.4"),
                        new WachtendeStap(ANDER, UUID.randomUUID(), WachtendeStap.Soort.BESLUIT, DATUM, "R9.2")),
                Zaken.van(Set.of(EIGEN)));
        assertThat(signalen)
                .extracting(Signaal::soort, Signaal::regel)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Signaalsoort.HANDHAVING, "R9.6"),
                        org.assertj.core.groups.Tuple.tuple(Signaalsoort.HANDHAVING, "R9.7"),
                        org.assertj.core.groups.Tuple.tuple(Signaalsoort.PW_VERWIJZING, "R9.4"));
        assertThat(signalen).allSatisfy(s -> assertThat(s.uiterlijkeDatum()).isEqualTo(DATUM));
    }
}
