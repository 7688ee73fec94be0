package nl.openinburgering.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import nl.openinburgering.begeleiding.BegeleidingBeheer;
import nl.openinburgering.begeleiding.Begeleidingstraject;
import nl.openinburgering.begeleiding.NieuwContactmoment;
import nl.openinburgering.begeleiding.Onderwerp;
import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.inburgeraar.Termijnfeiten;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.shared.Vandaag;

import static nl.openinburgering.demo.DemoGebruiker.als;
import static nl.openinburgering.demo.DemoGebruiker.alsConsulent;

/**
 * Demo profile only: maatschappelijke begeleiding for five asielstatushouders of Dalfsen, through the module's
 * facade as the demo accounts would do it. Four are guided by VluchtelingenWerk Dalfsen (one whose agreed year
 * ends in two weeks, so the worklist signals it; one closed with a summary for the consulent), one by Humanitas
 * (whom the begeleider of VluchtelingenWerk does not see). Each has contact moments on several subjects. Leaves
 * Dalfsen alone when VluchtelingenWerk already guides anyone (a restart).
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "openinburgering.demo.gegevens", havingValue = "true")
@ConditionalOnProperty(name = "openinburgering.demo.dossiers", havingValue = "true", matchIfMissing = true)
class DemoBegeleiding {

    static final UUID VLUCHTELINGENWERK = UUID.fromString("4b1e0c6a-8d2f-4e53-9a71-2c0d5e8f0148");
    static final UUID HUMANITAS = UUID.fromString("4b1e0c6a-8d2f-4e53-9a71-2c0d5e8f1148");
    static final String BEGELEIDER = "begeleider.vluchtelingenwerk";

    private static final Logger LOG = LoggerFactory.getLogger(DemoBegeleiding.class);

    private final BegeleidingBeheer begeleiding;
    private final InburgeraarBeheer inburgeraars;
    private final Clock klok;

    DemoBegeleiding(BegeleidingBeheer begeleiding, InburgeraarBeheer inburgeraars, Clock klok) {
        this.begeleiding = begeleiding;
        this.inburgeraars = inburgeraars;
        this.klok = klok;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE - 1)
    void vul() {
        Demogemeente dalfsen = Demogemeente.DALFSEN;
        try {
            long al = begeleider(
                    BEGELEIDER,
                    () -> begeleiding.mijnBegeleidingen(PageRequest.of(0, 1)).getTotalElements());
            if (al > 0) {
                return;
            }
            List<UUID> personen = Tenant.alsGemeente(
                    dalfsen.code(),
                    () -> inburgeraars.termijnfeiten().stream()
                            .filter(t -> t.bsn().waarde().startsWith("9999"))
                            .filter(t -> t.doelgroep() == Doelgroep.ASIELSTATUSHOUDER)
                            .sorted(Comparator.comparing(Termijnfeiten::geslachtsnaam)
                                    .thenComparing(Termijnfeiten::id))
                            .map(Termijnfeiten::id)
                            .limit(5)
                            .toList());
            if (personen.size() < 5) {
                return;
            }
            laad(personen, Vandaag.datum(klok));
            LOG.info("Demogegevens: maatschappelijke begeleiding geladen voor gemeente {}", dalfsen.code());
        } catch (RuntimeException fout) {
            LOG.warn("Demogegevens: maatschappelijke begeleiding niet (volledig) geladen", fout);
        }
    }

    private void laad(List<UUID> personen, LocalDate vandaag) {
        // R8.4: the agreed year of the first ends in two weeks, so the worklist shows BEGELEIDING_EINDE.
        Begeleidingstraject bijnaKlaar = start(
                personen.get(0), VLUCHTELINGENWERK, vandaag.minusMonths(12).plusWeeks(2));
        contact(
                bijnaKlaar,
                vandaag.minusMonths(11),
                Onderwerp.HUISVESTING,
                "2",
                "Kennismaking en de nieuwe woning bekeken.",
                "Samen de huurovereenkomst doorgelezen.");
        contact(
                bijnaKlaar,
                vandaag.minusMonths(8),
                Onderwerp.INKOMEN,
                "1.5",
                "Toeslagen besproken.",
                "Huurtoeslag en zorgtoeslag aangevraagd.");
        contact(bijnaKlaar, vandaag.minusWeeks(3), Onderwerp.WERK, "1", "Gesprek over vrijwilligerswerk.", null);

        Begeleidingstraject lopend = start(personen.get(1), VLUCHTELINGENWERK, vandaag.minusMonths(6));
        contact(
                lopend,
                vandaag.minusMonths(6).plusDays(3),
                Onderwerp.VERZEKERINGEN,
                "1.5",
                "Zorgverzekering en aansprakelijkheid uitgelegd.",
                "Zorgverzekering afgesloten.");
        contact(
                lopend,
                vandaag.minusMonths(4),
                Onderwerp.ZORG,
                "1",
                "Inschrijving bij de huisarts.",
                "Mee naar de huisarts voor de kennismaking.");
        contact(
                lopend,
                vandaag.minusMonths(1),
                Onderwerp.ONDERWIJS,
                "2",
                "School van de kinderen.",
                "Aanmelding basisschool geregeld.");
        contact(
                lopend,
                vandaag.minusDays(5),
                Onderwerp.GEZINSHERENIGING,
                "1.5",
                "Nareis van de echtgenote besproken.",
                null);

        Begeleidingstraject nieuw = start(personen.get(2), VLUCHTELINGENWERK, vandaag.minusMonths(2));
        contact(
                nieuw,
                vandaag.minusMonths(2).plusDays(2),
                Onderwerp.HUISVESTING,
                "2.5",
                "Inrichting van de woning.",
                "Inrichtingskrediet aangevraagd.");
        contact(
                nieuw,
                vandaag.minusWeeks(2),
                Onderwerp.OVERIG,
                "1",
                "Kennismaking met de buurt en de bibliotheek.",
                null);

        Begeleidingstraject afgesloten = start(personen.get(3), VLUCHTELINGENWERK, vandaag.minusMonths(10));
        contact(
                afgesloten,
                vandaag.minusMonths(10).plusDays(5),
                Onderwerp.INKOMEN,
                "2",
                "Bankrekening en DigiD.",
                "Bankrekening geopend, DigiD aangevraagd.");
        contact(afgesloten, vandaag.minusMonths(3), Onderwerp.WERK, "1", "Werkt inmiddels twee dagen per week.", null);
        begeleider(
                BEGELEIDER,
                () -> begeleiding.sluitAf(
                        afgesloten.id(),
                        vandaag.minusDays(1),
                        "Woning, verzekeringen, toeslagen en school zijn geregeld; werkt twee dagen per week. "
                                + "Aandacht: de energierekening blijft lastig, budgetcursus aangeraden."));

        Begeleidingstraject humanitas = start(personen.get(4), HUMANITAS, vandaag.minusMonths(3));
        begeleider(
                "begeleider.humanitas",
                () -> begeleiding.legContactVast(
                        humanitas.id(),
                        new NieuwContactmoment(
                                vandaag.minusMonths(2), Onderwerp.ZORG, new BigDecimal("1"), "Kennismaking.", null)));
    }

    private Begeleidingstraject start(UUID persoon, UUID partner, LocalDate startdatum) {
        return alsConsulent(Demogemeente.DALFSEN, () -> begeleiding.start(persoon, partner, startdatum));
    }

    private void contact(
            Begeleidingstraject traject,
            LocalDate datum,
            Onderwerp onderwerp,
            String uren,
            String notitie,
            @Nullable String hulp) {
        begeleider(
                BEGELEIDER,
                () -> begeleiding.legContactVast(
                        traject.id(), new NieuwContactmoment(datum, onderwerp, new BigDecimal(uren), notitie, hulp)));
    }

    private static <T> T begeleider(String naam, Supplier<T> werk) {
        return als(naam, werk, "ROLE_MAATSCHAPPELIJK_BEGELEIDER", Demogemeente.DALFSEN.gemeenteAutoriteit());
    }
}
