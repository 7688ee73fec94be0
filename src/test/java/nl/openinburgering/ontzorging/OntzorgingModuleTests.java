package nl.openinburgering.ontzorging;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;

import nl.openinburgering.AlsGebruiker;
import nl.openinburgering.Testdossier;
import nl.openinburgering.shared.Vandaag;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ontzorging module with what it uses (the registry, the platform): a refused machtiging publishes
 * {@link MachtigingGeweigerd} for the art. 18 Pw referral (R7.4), with ids only; a signed one publishes nothing.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@AutoConfigureMockMvc
class OntzorgingModuleTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OntzorgingBeheer beheer;

    @Test
    void r7_4_a_refused_machtiging_publishes_the_event_for_the_art_18_referral(Scenario scenario) throws Exception {
        UUID id = UUID.fromString(Testdossier.in(mvc).persoon().id());
        LocalDate vandaag = Vandaag.datum();
        AlsGebruiker.consulentVanDalfsen(() -> beheer.start(id, Vergunning.ASIEL, vandaag.minusMonths(1)));

        scenario.stimulate(() -> AlsGebruiker.consulentVanDalfsen(
                        () -> beheer.legMachtigingVast(id, Machtiging.GEWEIGERD, vandaag)))
                .andWaitForEventOfType(MachtigingGeweigerd.class)
                .matching(e -> e.inburgeraarId().equals(id))
                .toArriveAndVerify(e -> {
                    assertThat(e.datum()).isEqualTo(vandaag);
                    assertThat(e.gemeente().waarde()).isEqualTo("0148");
                });
        OntzorgingDossier dossier = AlsGebruiker.consulentVanDalfsen(() -> beheer.dossier(id));
        assertThat(dossier.historie())
                .extracting(Historiestap::stap)
                .containsExactly("GESTART", "MACHTIGING_GEWEIGERD");
    }
}
