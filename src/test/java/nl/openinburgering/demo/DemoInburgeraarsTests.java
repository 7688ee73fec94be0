package nl.openinburgering.demo;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.openinburgering.shared.Bsn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoInburgeraarsTests {

    /** Every number 9999xxxxC that passes the elfproef, in order: the oracle, walked the slow, obvious way. */
    private static List<String> alleDemoBsns() {
        List<String> bsns = new ArrayList<>();
        for (int kandidaat = 0; kandidaat < 100_000; kandidaat++) {
            String bsn = "9999" + String.format("%05d", kandidaat);
            if (Bsn.voldoetAanElfproef(bsn)) {
                bsns.add(bsn);
            }
        }
        return bsns;
    }

    @Test
    void givesTheSameDemoBsnsAsCountingFromTheStartForEveryGemeente() {
        List<String> alle = alleDemoBsns();
        for (int gemeenteNummer = 0; gemeenteNummer < 3; gemeenteNummer++) {
            int vanaf = gemeenteNummer * 1000;
            assertThat(DemoInburgeraars.demoBsns(vanaf, DemoInburgeraars.PER_GEMEENTE))
                    .containsExactlyElementsOf(alle.subList(vanaf, vanaf + DemoInburgeraars.PER_GEMEENTE));
        }
    }

    @Test
    void refusesToInventMoreDemoBsnsThanTheRangeHolds() {
        int beschikbaar = alleDemoBsns().size();
        assertThat(DemoInburgeraars.demoBsns(beschikbaar - 1, 1)).hasSize(1);
        assertThatThrownBy(() -> DemoInburgeraars.demoBsns(beschikbaar - 1, 2))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
