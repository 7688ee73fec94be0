package nl.openinburgering.werkvoorraad.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.inburgeraar.Termijnfeiten;
import nl.openinburgering.platform.Medewerkers;
import nl.openinburgering.platform.Rol;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.shared.Gemeentecode;

/**
 * Demo profile only: gives every demo inburgeraar nobody is responsible for a consulent of their gemeente, in
 * turn (Dalfsen: {@code consulent.dalfsen} and {@code consulent2.dalfsen}). Runs when the application is ready,
 * after the demo inburgeraars were loaded; writes no processing log (no user, fictitious people, ADR 0002).
 */
@Component
@ConditionalOnProperty(name = "openinburgering.demo.gegevens", havingValue = "true")
class DemoToewijzingen {

    private static final Logger LOG = LoggerFactory.getLogger(DemoToewijzingen.class);
    private static final List<String> GEMEENTEN = List.of("0148", "0180", "1896");

    private final InburgeraarBeheer inburgeraars;
    private final WerkvoorraadOpslag opslag;
    private final Medewerkers medewerkers;
    private final TransactionTemplate transactie;

    DemoToewijzingen(InburgeraarBeheer inburgeraars, WerkvoorraadOpslag opslag, Medewerkers medewerkers,
            TransactionTemplate transactie) {
        this.inburgeraars = inburgeraars;
        this.opslag = opslag;
        this.medewerkers = medewerkers;
        this.transactie = transactie;
    }

    /** Before {@link DemoDossiers}, which fills the files of the people assigned here. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE - 1)
    void wijsToe() {
        for (String code : GEMEENTEN) {
            Tenant.alsGemeente(new Gemeentecode(code), () -> transactie.execute(status -> vul(code)));
        }
    }

    private Integer vul(String gemeente) {
        List<String> consulenten = medewerkers.metRol(Rol.CONSULENT);
        if (consulenten.isEmpty()) {
            return 0;
        }
        Map<UUID, String> toegewezen = opslag.toewijzingen(gemeente);
        int n = 0;
        for (Termijnfeiten persoon : inburgeraars.termijnfeiten()) {
            if (!toegewezen.containsKey(persoon.id())) {
                opslag.wijs(gemeente, persoon.id(), Optional.empty(), consulenten.get(n++ % consulenten.size()),
                        "demo", "Demogegevens: eerste verdeling");
            }
        }
        if (n > 0) {
            LOG.info("Demogegevens: {} inburgeraars toegewezen in gemeente {}", n, gemeente);
        }
        return n;
    }
}
