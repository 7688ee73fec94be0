package nl.openinburgering.inburgeraar;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.test.context.support.WithMockUser;

import nl.openinburgering.TestBsn;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.shared.Gemeentecode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry with the platform only, no {@code pip}: the first PIP's event starts the inburgeringstermijn
 * after it was committed (R3.4), and a second delivery or a later PIP never moves it.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@WithMockUser(
        username = "consulent.dalfsen",
        authorities = {"ROLE_CONSULENT", "GEMEENTE_0148"})
class InburgeraarModuleTests {

    static final Gemeentecode DALFSEN = new Gemeentecode("0148");

    @Autowired
    InburgeraarBeheer inburgeraars;

    @Autowired
    JdbcClient jdbc;

    /** What {@code PipVastgesteld} tells this module, without depending on {@code pip}. */
    record PipVastgesteldInTest(UUID inburgeraarId, Gemeentecode gemeente, Optional<LocalDate> eerstePip)
            implements TermijnAanleiding {}

    @Test
    void r3_4_theFirstPipStartsTheTermTheNextDayAndASecondDeliveryLeavesIt(Scenario scenario) {
        UUID id = persoon();

        scenario.publish(new PipVastgesteldInTest(id, DALFSEN, Optional.of(LocalDate.of(2026, 3, 1))))
                .andWaitForStateChange(() -> termijn(id), Optional::isPresent)
                .andVerify(termijn -> assertThat(termijn)
                        .get()
                        .extracting(Inburgeringstermijn::startdatum)
                        .isEqualTo(LocalDate.of(2026, 3, 2)));

        scenario.publish(new PipVastgesteldInTest(id, DALFSEN, Optional.of(LocalDate.of(2026, 9, 1))))
                .andWaitForStateChange(this::afgehandeld)
                .andVerify(klaar -> assertThat(termijn(id))
                        .get()
                        .extracting(Inburgeringstermijn::startdatum)
                        .isEqualTo(LocalDate.of(2026, 3, 2)));
    }

    @Test
    void r3_4_aLaterPipDoesNotStartTheTerm(Scenario scenario) {
        UUID id = persoon();

        scenario.publish(new PipVastgesteldInTest(id, DALFSEN, Optional.empty()))
                .andWaitForStateChange(this::afgehandeld)
                .andVerify(klaar -> assertThat(termijn(id)).isEmpty());
    }

    private UUID persoon() {
        return inburgeraars
                .registreer(new Persoonsgegevens(
                        TestBsn.nieuw(),
                        "Amina",
                        "Haddad",
                        LocalDate.of(1994, 5, 17),
                        Doelgroep.ASIELSTATUSHOUDER,
                        LocalDate.of(2026, 1, 12),
                        LocalDate.of(2026, 2, 2),
                        null))
                .id();
    }

    /** True once the listener completed every publication (false keeps the scenario waiting). */
    private boolean afgehandeld() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null")
                        .query(Long.class)
                        .single()
                == 0;
    }

    /** Read as the gemeente: the listener and the poll run on other threads than the signed-in test user. */
    private Optional<Inburgeringstermijn> termijn(UUID id) {
        return Tenant.alsGemeente(DALFSEN, () -> inburgeraars.feiten(id).inburgeringstermijn());
    }
}
