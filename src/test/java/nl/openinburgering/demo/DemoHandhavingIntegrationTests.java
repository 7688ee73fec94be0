package nl.openinburgering.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import nl.openinburgering.AlsGebruiker;
import nl.openinburgering.handhaving.Betaalstatus;
import nl.openinburgering.handhaving.Boeteregel;
import nl.openinburgering.handhaving.HandhavingBeheer;
import nl.openinburgering.handhaving.Stap;
import nl.openinburgering.handhaving.WachtendeStap;
import nl.openinburgering.handhaving.Zaakgegevens;
import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.inburgeraar.Termijnfeiten;
import nl.openinburgering.shared.Vandaag;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo handhaving of Dalfsen: three people with absence without leave, one case at each step that shows on the
 * screens (warning sent, voornemen waiting for the zienswijze, boetebeschikking fixed and open for payment), each on
 * the provider's own absent hour lines, no date in the future.
 */
@SpringBootTest(properties = "openinburgering.demo.dossiers=true")
class DemoHandhavingIntegrationTests {

    @Autowired
    HandhavingBeheer handhaving;

    @Autowired
    InburgeraarBeheer inburgeraars;

    @Test
    void r9_2_r9_6_r9_7_dalfsen_has_a_warning_a_voornemen_waiting_for_the_zienswijze_and_a_fixed_open_fine() {
        LocalDate vandaag = Vandaag.datum();
        // Only the demo people (BSN 9999…): other tests in the same database use Dalfsen too.
        Set<UUID> demo = AlsGebruiker.consulentVanDalfsen(() -> inburgeraars.termijnfeiten().stream()
                .filter(t -> t.bsn().waarde().startsWith("9999"))
                .map(Termijnfeiten::id)
                .collect(Collectors.toSet()));
        List<Zaakgegevens> open =
                AlsGebruiker.als("teamleider.dalfsen", "TEAMLEIDER", () -> handhaving.openZaken(0, 500)).stream()
                        .filter(z -> demo.contains(z.kern().inburgeraarId()))
                        .toList();
        assertThat(open).extracting(Zaakgegevens::stap).containsExactlyInAnyOrder(Stap.GEWAARSCHUWD, Stap.VOORNEMEN);
        Zaakgegevens gewaarschuwd = open.stream()
                .filter(z -> z.stap() == Stap.GEWAARSCHUWD)
                .findFirst()
                .orElseThrow();
        assertThat(gewaarschuwd.waarschuwing()).isNotNull();
        assertThat(gewaarschuwd.waarschuwing().termijnEinde()).isAfter(vandaag);
        Zaakgegevens voornemen = open.stream()
                .filter(z -> z.stap() == Stap.VOORNEMEN)
                .findFirst()
                .orElseThrow();
        assertThat(voornemen.voornemen()).isNotNull();
        assertThat(voornemen.voornemen().zienswijzetermijnEinde()).isAfterOrEqualTo(vandaag);
        assertThat(open).allSatisfy(z -> {
            assertThat(z.bewijs()).isNotEmpty().noneMatch(b -> b.verschoonbaar());
            assertThat(z.stapSinds()).isBeforeOrEqualTo(vandaag);
        });

        List<Boeteregel> boetes = AlsGebruiker.als("teamleider.dalfsen", "TEAMLEIDER", handhaving::boetes).stream()
                .filter(b -> b.bsn().startsWith("9999"))
                .toList();
        assertThat(boetes).singleElement().satisfies(b -> {
            assertThat(b.betaalstatus()).isEqualTo(Betaalstatus.OPEN);
            assertThat(b.bedrag()).isPositive().isLessThanOrEqualTo(new BigDecimal("800.00"));
            assertThat(b.besluitDatum()).isBeforeOrEqualTo(vandaag);
        });

        // The worklist shows the two waiting steps (R9.6 warning term, R9.7 zienswijze term).
        List<WachtendeStap> wachtend = AlsGebruiker.consulentVanDalfsen(() -> handhaving.wachtendeStappen(demo));
        assertThat(wachtend)
                .extracting(WachtendeStap::soort)
                .contains(WachtendeStap.Soort.WAARSCHUWINGSTERMIJN, WachtendeStap.Soort.ZIENSWIJZETERMIJN);
    }
}
