package nl.openinburgering.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.inburgeraar.Persoonsgegevens;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.shared.Bsn;
import nl.openinburgering.shared.Gemeentecode;
import nl.openinburgering.shared.Vandaag;

/**
 * Fills an empty gemeente with twenty fictitious inburgeraars in different stages (just coupled, waiting for
 * the PIP, deadline near, deadline passed). Demo profile only; a gemeente that has any file is left alone.
 * The BSNs are generated to pass the elfproef and start with 9999, as the BSNs used for testing do. Runs as an
 * {@link ApplicationRunner}, so before {@link DemoToewijzingen} and {@link DemoDossiers}, which wait for the
 * application to be ready. Registers through {@link InburgeraarBeheer#registreerDemopersonen}, the registry's
 * demo entry point (no user, no processing log, ADR 0009).
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "openinburgering.demo.gegevens", havingValue = "true")
class DemoInburgeraars implements ApplicationRunner {

    static final int PER_GEMEENTE = 20;
    private static final Logger LOG = LoggerFactory.getLogger(DemoInburgeraars.class);
    private static final List<String> GEMEENTEN = List.of("0148", "0180", "1896");
    private static final String[][] NAMEN = {
        {"Amina", "Haddad"}, {"Yonas", "Tesfaye"}, {"Rania", "Al-Masri"}, {"Samir", "Khalil"},
        {"Hiwet", "Gebremedhin"}, {"Oleksandr", "Kovalenko"}, {"Farah", "Yousef"}, {"Dawit", "Bekele"},
        {"Leyla", "Ahmadi"}, {"Omar", "Darwish"}, {"Selam", "Kidane"}, {"Nour", "Hamdan"},
        {"Mohammed", "Osman"}, {"Ayesha", "Rahimi"}, {"Tigist", "Alemu"}, {"Karim", "Nassar"},
        {"Zahra", "Hosseini"}, {"Abel", "Haile"}, {"Mariam", "Saleh"}, {"Youssef", "Barakat"}
    };

    private final InburgeraarBeheer inburgeraars;
    private final Clock klok;

    DemoInburgeraars(InburgeraarBeheer inburgeraars, Clock klok) {
        this.inburgeraars = inburgeraars;
        this.klok = klok;
    }

    @Override
    public void run(ApplicationArguments argumenten) {
        for (int g = 0; g < GEMEENTEN.size(); g++) {
            Gemeentecode gemeente = new Gemeentecode(GEMEENTEN.get(g));
            int gemeenteNummer = g;
            Tenant.alsGemeente(gemeente, () -> vul(gemeente, gemeenteNummer));
        }
    }

    private int vul(Gemeentecode gemeente, int gemeenteNummer) {
        LocalDate vandaag = Vandaag.datum(klok);
        List<String> bsns = demoBsns(gemeenteNummer * 1000, PER_GEMEENTE);
        List<Persoonsgegevens> personen = new ArrayList<>(PER_GEMEENTE);
        for (int i = 0; i < PER_GEMEENTE; i++) {
            String[] naam = NAMEN[(i + gemeenteNummer * 7) % NAMEN.length];
            // Spread the start of the 10-week term from 2 weeks ahead to 20 weeks ago: every stage appears.
            LocalDate startTermijn = vandaag.minusDays(7L * (i - 2));
            boolean asiel = i % 3 != 2;
            personen.add(new Persoonsgegevens(
                    bsns.get(i),
                    naam[0],
                    naam[1],
                    LocalDate.of(1975 + (i * 3) % 30, 1 + i % 12, 1 + (i * 5) % 28),
                    asiel ? Doelgroep.ASIELSTATUSHOUDER : Doelgroep.GEZINSMIGRANT_OF_OVERIGE_MIGRANT,
                    startTermijn.minusWeeks(asiel ? 12 : 2),
                    startTermijn,
                    startTermijn));
        }
        int aangemaakt = inburgeraars.registreerDemopersonen(personen);
        if (aangemaakt > 0) {
            LOG.info("Demogegevens: {} inburgeraars aangemaakt voor gemeente {}", aangemaakt, gemeente);
        }
        return aangemaakt;
    }

    /**
     * The numbers {@code vanaf} to {@code vanaf + aantal - 1} (counting from 0) of the form 9999xxxxC that pass
     * the elfproef, in one walk over the candidates. Looking each one up from the start cost about a second per
     * gemeente on the first start (60 walks of up to 22,000 candidates), time in which the app is not ready.
     */
    static List<String> demoBsns(int vanaf, int aantal) {
        List<String> bsns = new ArrayList<>(aantal);
        int gevonden = -1;
        for (int kandidaat = 0; kandidaat < 100_000 && bsns.size() < aantal; kandidaat++) {
            String bsn = "9999" + String.format("%05d", kandidaat);
            if (Bsn.voldoetAanElfproef(bsn) && ++gevonden >= vanaf) {
                bsns.add(bsn);
            }
        }
        if (bsns.size() < aantal) {
            throw new IllegalArgumentException("Geen " + aantal + " demo-BSN's vanaf nummer " + vanaf);
        }
        return bsns;
    }
}
