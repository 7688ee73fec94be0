package nl.openinburgering.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import nl.openinburgering.platform.Tenant;
import nl.openinburgering.shared.Gemeentecode;
import nl.openinburgering.werkvoorraad.ToewijzingBeheer;

/**
 * Demo profile only: gives every demo inburgeraar nobody is responsible for a consulent of their gemeente, in
 * turn (Dalfsen: {@code consulent.dalfsen} and {@code consulent2.dalfsen}; Staphorst: {@code consulent.staphorst};
 * Zwartewaterland: {@code consulent.zwartewaterland}). Runs when the application is ready, after the demo
 * inburgeraars were loaded; through {@link ToewijzingBeheer#verdeelDemopersonen}, the werkvoorraad's demo entry
 * point, which writes no processing log (no user, fictitious people, ADR 0009).
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "openinburgering.demo.gegevens", havingValue = "true")
class DemoToewijzingen {

    private static final Logger LOG = LoggerFactory.getLogger(DemoToewijzingen.class);
    private static final List<String> GEMEENTEN = List.of("0148", "0180", "1896");

    private final ToewijzingBeheer toewijzingen;

    DemoToewijzingen(ToewijzingBeheer toewijzingen) {
        this.toewijzingen = toewijzingen;
    }

    /** Before {@link DemoDossiers}, which fills the files of the people assigned here. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE - 1)
    void wijsToe() {
        for (String code : GEMEENTEN) {
            Gemeentecode gemeente = new Gemeentecode(code);
            int verdeeld = Tenant.alsGemeente(gemeente, toewijzingen::verdeelDemopersonen)
                    .size();
            LOG.info("Demogegevens: {} inburgeraars hebben een consulent in gemeente {}", verdeeld, gemeente);
        }
    }
}
