package nl.openinburgering.werkvoorraad;

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
import org.springframework.transaction.support.TransactionTemplate;

import nl.openinburgering.TestBsn;
import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.inburgeraar.InburgeraarGeregistreerd;
import nl.openinburgering.inburgeraar.Persoonsgegevens;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.shared.Gemeentecode;
import nl.openinburgering.werkvoorraad.internal.WerkvoorraadOpslag;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The werkvoorraad with what it reads: on {@link InburgeraarGeregistreerd} the registering consulent becomes
 * responsible for the person, after the registration committed and as the event's gemeente; a second
 * delivery changes nothing, and a registration by someone else assigns no one.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@WithMockUser(
        username = "teamleider.dalfsen",
        authorities = {"ROLE_TEAMLEIDER", "GEMEENTE_0148"})
class WerkvoorraadModuleTests {

    static final Gemeentecode DALFSEN = new Gemeentecode("0148");

    @Autowired
    InburgeraarBeheer inburgeraars;

    @Autowired
    WerkvoorraadOpslag opslag;

    @Autowired
    TransactionTemplate transactie;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPersonRegisteredByAConsulentIsAssignedToThatConsulentOnce(Scenario scenario) {
        UUID id = persoon();
        assertThat(consulent(id)).isEmpty();

        scenario.publish(new InburgeraarGeregistreerd(id, DALFSEN, "consulent.dalfsen"))
                .andWaitForStateChange(() -> consulent(id))
                .andVerify(consulent -> assertThat(consulent).contains("consulent.dalfsen"));

        scenario.publish(new InburgeraarGeregistreerd(id, DALFSEN, "consulent2.dalfsen"))
                .andWaitForStateChange(this::afgehandeld)
                .andVerify(klaar -> assertThat(consulent(id)).contains("consulent.dalfsen"));
    }

    @Test
    void aPersonRegisteredByATeamleiderIsAssignedToNoOne(Scenario scenario) {
        UUID id = persoon();

        scenario.publish(new InburgeraarGeregistreerd(id, DALFSEN, null))
                .andWaitForStateChange(this::afgehandeld)
                .andVerify(klaar -> assertThat(consulent(id)).isEmpty());
    }

    /** Registered by the teamleider: the facade's own event names no consulent. */
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

    private Optional<String> consulent(UUID id) {
        return Tenant.alsGemeente(
                DALFSEN, () -> transactie.execute(status -> opslag.consulentVan(DALFSEN.waarde(), id)));
    }

    private boolean afgehandeld() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null")
                        .query(Long.class)
                        .single()
                == 0;
    }
}
