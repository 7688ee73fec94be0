package nl.openinburgering.demo;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

import nl.openinburgering.begeleiding.Begeleiding;
import nl.openinburgering.begeleiding.BegeleidingBeheer;
import nl.openinburgering.begeleiding.Begeleidingsregel;
import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.inburgeraar.Termijnfeiten;
import nl.openinburgering.shared.Vandaag;

import static nl.openinburgering.AlsGebruiker.als;
import static nl.openinburgering.AlsGebruiker.consulentVanDalfsen;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo begeleiding of Dalfsen (with the other demo files, off in the other tests): each demo begeleider sees
 * their own people with contact moments, one agreed year ends within four weeks (R8.4) and one traject is closed
 * with a summary.
 */
@SpringBootTest(properties = "openinburgering.demo.dossiers=true")
class DemoBegeleidingIntegrationTests {

    @Autowired
    BegeleidingBeheer begeleiding;

    @Autowired
    InburgeraarBeheer inburgeraars;

    @Test
    void dalfsenHasStatushoudersInBegeleidingWithContactMomentsAndASignal() {
        Page<Begeleidingsregel> vluchtelingenwerk = als(
                "begeleider.vluchtelingenwerk",
                "MAATSCHAPPELIJK_BEGELEIDER",
                () -> begeleiding.mijnBegeleidingen(PageRequest.of(0, 20)));
        assertThat(vluchtelingenwerk.getTotalElements()).isEqualTo(4);
        assertThat(vluchtelingenwerk.getContent())
                .filteredOn(Begeleidingsregel::afgesloten)
                .hasSize(1);
        List<Begeleiding> details = vluchtelingenwerk.getContent().stream()
                .map(r -> als(
                        "begeleider.vluchtelingenwerk",
                        "MAATSCHAPPELIJK_BEGELEIDER",
                        () -> begeleiding.begeleiding(r.trajectId())))
                .toList();
        assertThat(details).allSatisfy(b -> assertThat(b.contactmomenten()).isNotEmpty());
        assertThat(details)
                .filteredOn(b -> b.traject().afgesloten())
                .singleElement()
                .satisfies(
                        b -> assertThat(b.traject().afsluiting().orElseThrow().samenvatting())
                                .contains("budgetcursus"));
        assertThat(als(
                                "begeleider.humanitas",
                                "MAATSCHAPPELIJK_BEGELEIDER",
                                () -> begeleiding.mijnBegeleidingen(PageRequest.of(0, 20)))
                        .getTotalElements())
                .isEqualTo(1);

        List<UUID> iedereen = consulentVanDalfsen(() ->
                inburgeraars.termijnfeiten().stream().map(Termijnfeiten::id).toList());
        assertThat(consulentVanDalfsen(() -> begeleiding.eindigend(iedereen, Vandaag.datum(), 4)))
                .hasSize(1);
    }
}
