package nl.openinburgering;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.IncompleteEventPublications;

import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.inburgeraar.InburgeraarGeregistreerd;
import nl.openinburgering.inburgeraar.Persoonsgegevens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The event publication registry is the outbox: a listener that fails leaves its publication incomplete in
 * {@code event_publication}, and resubmitting it (as the app does at start-up) delivers the event again
 * until the listener succeeds. Nothing a listener must do is lost.
 */
@SpringBootTest
class GebeurtenisregisterIntegrationTests {

    @Autowired
    InburgeraarBeheer inburgeraars;

    @Autowired
    IncompleteEventPublications onvoltooid;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Weigeraar weigeraar;

    @Test
    void aFailedListenerKeepsItsPublicationIncompleteUntilAResubmissionSucceeds() {
        UUID id = AlsGebruiker.consulentVanDalfsen(() -> inburgeraars.registreer(new Persoonsgegevens(
                        TestBsn.nieuw(),
                        "Amina",
                        "Haddad",
                        LocalDate.of(1994, 5, 17),
                        Doelgroep.ASIELSTATUSHOUDER,
                        LocalDate.of(2026, 1, 12),
                        LocalDate.of(2026, 2, 2),
                        null)))
                .id();

        await().atMost(Duration.ofSeconds(20)).until(() -> weigeraar.pogingen().contains(id));
        await().atMost(Duration.ofSeconds(20)).until(() -> status(id).equals("FAILED"));
        assertThat(weigeraar.verwerkt()).doesNotContain(id);
        assertThat(voltooid(id)).isFalse();

        weigeraar.staToe();
        onvoltooid.resubmitIncompletePublications(
                publicatie -> publicatie.getEvent() instanceof InburgeraarGeregistreerd g
                        && g.inburgeraarId().equals(id));

        await().atMost(Duration.ofSeconds(20)).until(() -> voltooid(id));
        assertThat(weigeraar.verwerkt()).containsExactly(id);
    }

    private String status(UUID id) {
        return jdbc.sql("select coalesce(status, '') from event_publication where listener_id like '%Weigeraar%' "
                        + "and serialized_event like :id")
                .param("id", "%" + id + "%")
                .query(String.class)
                .optional()
                .orElse("");
    }

    private boolean voltooid(UUID id) {
        return jdbc.sql(
                        "select completion_date is not null from event_publication where listener_id like '%Weigeraar%' "
                                + "and serialized_event like :id")
                .param("id", "%" + id + "%")
                .query(Boolean.class)
                .single();
    }

    /**
     * A listener that fails until it is allowed to work, as one would while something it needs is away. Its
     * state is read through methods: the bean is a proxy (the listener is asynchronous).
     */
    public static class Weigeraar {

        private volatile boolean weigert = true;
        private final Set<UUID> pogingen = ConcurrentHashMap.newKeySet();
        private final Set<UUID> verwerkt = ConcurrentHashMap.newKeySet();

        public Set<UUID> pogingen() {
            return pogingen;
        }

        public Set<UUID> verwerkt() {
            return verwerkt;
        }

        public void staToe() {
            weigert = false;
        }

        @ApplicationModuleListener
        public void geregistreerd(InburgeraarGeregistreerd geregistreerd) {
            pogingen.add(geregistreerd.inburgeraarId());
            if (weigert) {
                throw new IllegalStateException("Deze luisteraar weigert (test)");
            }
            verwerkt.add(geregistreerd.inburgeraarId());
        }
    }

    @TestConfiguration
    static class Luisteraar {

        @Bean
        Weigeraar weigeraar() {
            return new Weigeraar();
        }
    }
}
