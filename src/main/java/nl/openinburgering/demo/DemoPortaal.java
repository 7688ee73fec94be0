package nl.openinburgering.demo;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.inburgeraar.InburgeraarFeiten;
import nl.openinburgering.inburgeraar.Termijnfeiten;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.portaal.PortaalBeheer;

/**
 * Links the demo accounts of the portal ({@code db/demo/R__demo_platform_portaal.sql}) to one demo person each,
 * through the portal's facade: {@code inburgeraar1.<gemeente>} to the person with a vastgesteld PIP, a PVT
 * group and MAP themes (index 15), {@code inburgeraar2.dalfsen} to the newest person, who has no PIP yet and
 * so sees the 10-week term, {@code inburgeraar3.dalfsen} to a person in the middle of the leerroute (index 10). Each gets a demo e-mail address, so the embedded mail server receives its mails.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "openinburgering.demo.gegevens", havingValue = "true")
@ConditionalOnProperty(name = "openinburgering.demo.dossiers", havingValue = "true", matchIfMissing = true)
class DemoPortaal {

    private static final Logger LOG = LoggerFactory.getLogger(DemoPortaal.class);
    private static final Map<String, String> NAMEN =
            Map.of("0148", "dalfsen", "0180", "staphorst", "1896", "zwartewaterland");

    private final InburgeraarBeheer inburgeraars;
    private final PortaalBeheer portaal;

    DemoPortaal(InburgeraarBeheer inburgeraars, PortaalBeheer portaal) {
        this.inburgeraars = inburgeraars;
        this.portaal = portaal;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void koppel() {
        for (Demogemeente gemeente : Demogemeente.ALLE) {
            try {
                Tenant.alsGemeente(gemeente.code(), () -> {
                    koppel(gemeente);
                    return null;
                });
            } catch (RuntimeException fout) {
                LOG.warn("Demogegevens: portaalaccounts van gemeente {} niet gekoppeld", gemeente.code(), fout);
            }
        }
    }

    private void koppel(Demogemeente gemeente) {
        List<InburgeraarFeiten> personen = inburgeraars.termijnfeiten().stream()
                .filter(t -> t.bsn().waarde().startsWith("9999"))
                .map(Termijnfeiten::id)
                .map(inburgeraars::feiten)
                .sorted(Comparator.comparing(InburgeraarFeiten::datumVestigingGemeente)
                        .reversed())
                .toList();
        if (personen.size() < 20) {
            return;
        }
        String naam =
                NAMEN.getOrDefault(gemeente.code().waarde(), gemeente.code().waarde());
        portaal.koppelAccount(
                "inburgeraar1." + naam, personen.get(15).id(), Optional.of("inburgeraar1." + naam + "@demo.example"));
        if (gemeente.equals(Demogemeente.DALFSEN)) {
            portaal.koppelAccount(
                    "inburgeraar2.dalfsen", personen.getFirst().id(), Optional.of("inburgeraar2.dalfsen@demo.example"));
            portaal.koppelAccount(
                    "inburgeraar3.dalfsen", personen.get(10).id(), Optional.of("inburgeraar3.dalfsen@demo.example"));
        }
    }
}
