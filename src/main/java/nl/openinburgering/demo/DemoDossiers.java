package nl.openinburgering.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import nl.openinburgering.aanbieder.Deelname;
import nl.openinburgering.aanbieder.DeelnameBeheer;
import nl.openinburgering.aanbieder.Deelnamesoort;
import nl.openinburgering.aanbieder.NieuweDeelname;
import nl.openinburgering.aanbieder.UrenRegistratie;
import nl.openinburgering.demo.Demogemeente.Plan;
import nl.openinburgering.duo.simulator.SimulatorRegister;
import nl.openinburgering.handhaving.HandhavingBeheer;
import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.inburgeraar.InburgeraarFeiten;
import nl.openinburgering.inburgeraar.Termijnfeiten;
import nl.openinburgering.intake.Gesprek;
import nl.openinburgering.intake.Gesprekssoort;
import nl.openinburgering.intake.IntakeBeheer;
import nl.openinburgering.intake.LbtResultaat;
import nl.openinburgering.intake.Leerbaarheidstoets;
import nl.openinburgering.leerroute.ResultatenBeheer;
import nl.openinburgering.leerroute.ZrouteBeheer;
import nl.openinburgering.map.MapBeheer;
import nl.openinburgering.map.ThemaStatus;
import nl.openinburgering.pip.Alfabetisering;
import nl.openinburgering.pip.Pip;
import nl.openinburgering.pip.PipBeheer;
import nl.openinburgering.pip.PipInhoud;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.pvt.Bijeenkomst;
import nl.openinburgering.pvt.Groep;
import nl.openinburgering.pvt.Groepsplanning;
import nl.openinburgering.pvt.NieuweBijeenkomst;
import nl.openinburgering.pvt.Programma;
import nl.openinburgering.pvt.PvtBeheer;
import nl.openinburgering.shared.Leerroute;
import nl.openinburgering.shared.MapThema;
import nl.openinburgering.shared.Vandaag;
import nl.openinburgering.werkvoorraad.ToewijzingBeheer;

import static nl.openinburgering.demo.DemoGebruiker.als;
import static nl.openinburgering.demo.DemoGebruiker.alsConsulent;

/**
 * Demo profile only: gives the demo inburgeraars of each gemeente a living file according to their stage
 * ({@link Demogemeente} says what and as whom). In Dalfsen (0148): vastgesteld PIPs (Z-route, B1-route and
 * onderwijsroute in roughly 25/60/15), deelnames at the two demo providers with the hours those providers reported
 * over the past months (some below 80% attendance in the last four weeks, so the VERZUIM signal shows; a Z-route
 * asielstatushouder near 800/800 hours; a B1 person above 600 hours), exam results, progress reports, one completed
 * Z-route, a PVT group with sessions, attendance and one signed participatieverklaring, and MAP themes (one waived
 * with a reason). In Staphorst (0180) and Zwartewaterland (1896), where only the language school is contracted:
 * B1-route and onderwijsroute PIPs with lessons and hours there (one below the threshold, one above 600 hours with
 * exam results and a progress report) and MAP themes.
 * <p>
 * Everything goes through the modules' public facades, so every rule is checked; each facade call runs as a demo
 * account in a temporary security context (the gemeente's consulent, its teamleider for the four-eyes vaststelling,
 * the providers' accounts for hours and exams), cleared in {@code finally}. Those facades write processing-log
 * lines: acceptable here, the people are fictitious (unlike {@link DemoToewijzingen}, which writes none, ADR 0009).
 * With the DUO simulator on (profile demo), the gemeente's demo people are first registered at the simulated DUO
 * ({@link SimulatorRegister}), so the PIPs the outbox sends there are accepted, not refused as unknown persons.
 * All dates are computed backwards from today (the injected {@link Clock}) and never lie in the future.
 * <p>
 * Runs when the application is ready, after {@link DemoToewijzingen} (its order is one higher), and leaves a
 * gemeente alone that already has a PIP (a restart, or data entered by hand). On with the demo data unless
 * {@code openinburgering.demo.dossiers=false}, as the test properties set it: the data would disturb other tests'
 * counts (not set in application-demo.yml, whose profile-specific value would beat the test properties).
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "openinburgering.demo.gegevens", havingValue = "true")
@ConditionalOnProperty(name = "openinburgering.demo.dossiers", havingValue = "true", matchIfMissing = true)
class DemoDossiers {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDossiers.class);

    private final InburgeraarBeheer inburgeraars;
    private final PipBeheer pips;
    private final DeelnameBeheer deelnames;
    private final DemoMeldingen meldingen;
    private final ZrouteBeheer zroute;
    private final Groepsplanning planning;
    private final PvtBeheer pvt;
    private final MapBeheer map;
    private final ToewijzingBeheer toewijzingen;
    private final DemoHandhaving handhaving;
    private final IntakeBeheer intakes;
    private final Clock klok;
    private final ObjectProvider<SimulatorRegister> duo;

    DemoDossiers(
            InburgeraarBeheer inburgeraars,
            PipBeheer pips,
            DeelnameBeheer deelnames,
            UrenRegistratie uren,
            ResultatenBeheer resultaten,
            ZrouteBeheer zroute,
            Groepsplanning planning,
            PvtBeheer pvt,
            MapBeheer map,
            ToewijzingBeheer toewijzingen,
            HandhavingBeheer handhaving,
            IntakeBeheer intakes,
            Clock klok,
            ObjectProvider<SimulatorRegister> duo) {
        this.inburgeraars = inburgeraars;
        this.pips = pips;
        this.deelnames = deelnames;
        this.meldingen = new DemoMeldingen(uren, resultaten);
        this.zroute = zroute;
        this.planning = planning;
        this.pvt = pvt;
        this.map = map;
        this.toewijzingen = toewijzingen;
        this.handhaving = new DemoHandhaving(handhaving);
        this.intakes = intakes;
        this.klok = klok;
        this.duo = duo;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void vul() {
        for (Demogemeente gemeente : Demogemeente.ALLE) {
            vul(gemeente);
        }
    }

    /** One gemeente; a failure there is logged and leaves the other gemeenten to load. */
    void vul(Demogemeente gemeente) {
        try {
            boolean leeg =
                    Tenant.alsGemeente(gemeente.code(), () -> pips.stand().isEmpty());
            if (!leeg) {
                return;
            }
            List<InburgeraarFeiten> personen = demoPersonen(gemeente);
            if (personen.size() < 20) {
                return;
            }
            laad(gemeente, personen, Vandaag.datum(klok));
            LOG.info(
                    "Demogegevens: dossiers (PIP's, deelnames, uren, examens, MAP{}) geladen voor gemeente {}",
                    gemeente.participatiewerk() ? ", Z-route en PVT" : "",
                    gemeente.code());
        } catch (RuntimeException fout) {
            // Demo data must never stop the application from starting; the log says what went wrong.
            LOG.warn("Demogegevens: dossiers van gemeente {} niet (volledig) geladen", gemeente.code(), fout);
        }
    }

    /** The gemeente's demo people (BSN 9999…), newest term first: the order in which DemoInburgeraars made them. */
    private List<InburgeraarFeiten> demoPersonen(Demogemeente gemeente) {
        return Tenant.alsGemeente(gemeente.code(), () -> {
            List<UUID> ids = inburgeraars.termijnfeiten().stream()
                    .filter(t -> t.bsn().waarde().startsWith("9999"))
                    .map(Termijnfeiten::id)
                    .toList();
            return ids.stream()
                    .map(inburgeraars::feiten)
                    .sorted(Comparator.comparing(InburgeraarFeiten::datumVestigingGemeente)
                            .reversed())
                    .toList();
        });
    }

    private void laad(Demogemeente gemeente, List<InburgeraarFeiten> personen, LocalDate vandaag) {
        // R10.3: DUO knows every inburgeringsplichtige; with the simulator on, it learns the demo people before
        // their PIPs go to it, so it accepts them as real DUO would (no DUO_WEIGERING signals in the demo).
        duo.ifAvailable(register -> personen.forEach(p -> register.kent(gemeente.code(), p)));
        Map<Integer, InburgeraarFeiten> perIndex = new HashMap<>();
        for (int i = 0; i < personen.size(); i++) {
            perIndex.put(i, personen.get(i));
        }
        if (gemeente.teamleider().isEmpty()) {
            Tenant.alsGemeente(gemeente.code(), () -> {
                pips.stelVierOgenBeleidIn(false);
                return null;
            });
        }
        Map<Integer, Deelname> taal = new HashMap<>();
        List<Plan> plannen = metVerzuimBijConsulent(gemeente, perIndex);
        for (Plan plan : plannen) {
            InburgeraarFeiten persoon = persoon(perIndex, plan.index());
            stelPipVast(gemeente, persoon, plan, vandaag);
            taal.put(plan.index(), volgLessen(gemeente, persoon, plan, vandaag));
        }
        meldingen.examensEnVoortgang(taal, vandaag);
        if (gemeente.participatiewerk()) {
            // R4.5: the Z-route is completed last, on the day the PVT is signed below (DUO refuses a later PVT result)
            alsConsulent(gemeente, () -> zroute.afronden(persoon(perIndex, 16).id(), vandaag.minusDays(1)));
            pvtGroep(
                    gemeente,
                    List.of(7, 9, 10, 15, 16, 19).stream()
                            .map(i -> persoon(perIndex, i).id())
                            .toList(),
                    vandaag);
        }
        UUID b1 = persoon(perIndex, 15).id();
        alsConsulent(gemeente, () -> {
            map.spreekThemaAf(b1, MapThema.BEROEPENORIENTATIE, ThemaStatus.AFGESPROKEN, null);
            map.spreekThemaAf(b1, MapThema.NETWERK_OPBOUWEN, ThemaStatus.AFGESPROKEN, null);
            return map.spreekThemaAf(
                    b1,
                    MapThema.WERKCULTUUR,
                    ThemaStatus.VRIJGESTELD,
                    "Werkte vier jaar bij een Nederlands bedrijf in Syrië en kent de Nederlandse werkcultuur.");
        });
        if (gemeente.participatiewerk()) {
            alsConsulent(
                    gemeente,
                    () -> map.spreekThemaAf(
                            persoon(perIndex, 19).id(), MapThema.WERK_VINDEN, ThemaStatus.AFGESPROKEN, null));
        }
        if (gemeente.equals(Demogemeente.DALFSEN)) {
            handhavingszaken(gemeente, plannen, perIndex, vandaag);
        }
    }

    /** DemoInburgeraars registers everyone with a settlement date; without one, the start of the plicht. */
    private static LocalDate vestiging(InburgeraarFeiten persoon) {
        return Objects.requireNonNullElse(persoon.datumVestigingGemeente(), persoon.datumStartInburgeringsplicht());
    }

    /** The demo person with this index of the registry's twenty; each gemeente has all of them. */
    private static InburgeraarFeiten persoon(Map<Integer, InburgeraarFeiten> perIndex, int index) {
        InburgeraarFeiten persoon = perIndex.get(index);
        if (persoon == null) {
            throw new IllegalStateException("Demopersoon " + index + " ontbreekt");
        }
        return persoon;
    }

    /** Handhaving for the people with absence without leave (DemoHandhaving); a failure leaves the rest loaded. */
    private void handhavingszaken(
            Demogemeente gemeente, List<Plan> plannen, Map<Integer, InburgeraarFeiten> perIndex, LocalDate vandaag) {
        try {
            List<UUID> metVerzuim = plannen.stream()
                    .filter(Plan::verzuim)
                    .map(p -> persoon(perIndex, p.index()).id())
                    .toList();
            int zaken = handhaving.laad(gemeente, metVerzuim, vandaag);
            LOG.info("Demogegevens: {} handhavingszaken geladen voor gemeente {}", zaken, gemeente.code());
        } catch (RuntimeException fout) {
            LOG.warn("Demogegevens: handhavingszaken van gemeente {} niet (volledig) geladen", gemeente.code(), fout);
        }
    }

    /**
     * Enrols the person at the language school, and with participation in the plan at Participatiewerk too; each
     * provider reports the hours. Returns the language deelname.
     */
    private Deelname volgLessen(Demogemeente gemeente, InburgeraarFeiten persoon, Plan plan, LocalDate vandaag) {
        LocalDate start = plan.doel() != null
                ? persoon.datumStartInburgeringsplicht()
                : vestiging(persoon).plusDays(7);
        // R2.9: the gemeente buys the leerroute of an asielstatushouder only; the others pay their own.
        Deelnamesoort taal = persoon.doelgroep() == Doelgroep.ASIELSTATUSHOUDER
                ? Deelnamesoort.LEERROUTE
                : Deelnamesoort.LEERROUTE_ZELFBETAALD;
        Deelname lessen = schrijfIn(gemeente, persoon.id(), Demogemeente.TAALSCHOOL, taal, start);
        meldingen.meldUren(
                Demogemeente.TAALSCHOOL, DemoMeldingen.TAALSCHOOL_ACCOUNT, lessen, "TAALLES_KNM", plan, start, vandaag);
        if (plan.participatie()) {
            Deelname werk =
                    schrijfIn(gemeente, persoon.id(), Demogemeente.PARTICIPATIEWERK, Deelnamesoort.PARTICIPATIE, start);
            meldingen.meldUren(
                    Demogemeente.PARTICIPATIEWERK,
                    "aanbieder.participatie",
                    werk,
                    "PARTICIPATIE",
                    plan,
                    start,
                    vandaag);
        }
        return lessen;
    }

    /**
     * The plans, with at least one person of the gemeente's demo consulent (as {@link DemoToewijzingen} assigned
     * them) below the attendance threshold, so the VERZUIM signal shows on that demo account's own worklist.
     */
    private List<Plan> metVerzuimBijConsulent(Demogemeente gemeente, Map<Integer, InburgeraarFeiten> perIndex) {
        Map<UUID, String> verdeling = Tenant.alsGemeente(gemeente.code(), toewijzingen::verdeelDemopersonen);
        String consulent = gemeente.consulent();
        List<Plan> plannen = gemeente.plannen();
        if (plannen.stream()
                .anyMatch(p -> p.verzuim()
                        && consulent.equals(
                                verdeling.get(persoon(perIndex, p.index()).id())))) {
            return plannen;
        }
        List<Plan> aangepast = new ArrayList<>(plannen);
        for (int n = 0; n < aangepast.size(); n++) {
            Plan p = aangepast.get(n);
            if (p.doel() == null
                    && !p.verzuim()
                    && consulent.equals(
                            verdeling.get(persoon(perIndex, p.index()).id()))) {
                aangepast.set(n, p.metVerzuim());
                break;
            }
        }
        return aangepast;
    }

    /**
     * The consulent drafts, the teamleider fixes it (the four-eyes policy is on by default; where the demo has no
     * teamleider the policy is off and the consulent fixes it). R3.13: the dagtekening lies on or after the
     * settlement in the gemeente (the start of the ten weeks) and before today; for the older files within the ten
     * weeks (eight weeks after the start), for recent ones a week ago.
     */
    private void stelPipVast(Demogemeente gemeente, InburgeraarFeiten persoon, Plan plan, LocalDate vandaag) {
        LocalDate vestiging = vestiging(persoon);
        LocalDate dagtekening = vestiging.plusDays(56);
        if (!dagtekening.isBefore(vandaag)) {
            dagtekening = vandaag.minusDays(7);
        }
        PipInhoud inhoud =
                inhoud(plan.route(), persoon.doelgroep() == Doelgroep.ASIELSTATUSHOUDER, gemeente.mapAfspraken());
        houdIntake(gemeente, persoon, plan.route(), dagtekening.minusDays(21));
        Pip concept = alsConsulent(gemeente, () -> pips.opstellen(persoon.id(), inhoud));
        LocalDate datum = dagtekening;
        // R3.2: the demo builds files that started in the past, so their dagtekening lies before today.
        Supplier<Pip> vaststellen = () ->
                pips.vaststellen(persoon.id(), concept.id(), datum, "Demogegevens: dossier achteraf opgebouwd.", null);
        if (gemeente.teamleider().isPresent()) {
            als(gemeente.teamleider().get(), vaststellen, "ROLE_TEAMLEIDER", gemeente.gemeenteAutoriteit());
        } else {
            alsConsulent(gemeente, vaststellen);
        }
    }

    /**
     * R2.1, R2.4: the brede intake before the PIP (a PIP needs it, R3.1): an intakegesprek and the
     * leerbaarheidstoets, whose result fits the route the plan chose.
     */
    private void houdIntake(Demogemeente gemeente, InburgeraarFeiten persoon, Leerroute route, LocalDate datum) {
        alsConsulent(gemeente, () -> {
            if (!intakes.raadpleeg(persoon.id()).gesprekken().isEmpty()) {
                return null; // a later PIP rests on the intake already held
            }
            intakes.voegGesprekToe(
                    persoon.id(),
                    new Gesprek.Gespreksverslag(
                            Gesprekssoort.INTAKEGESPREK,
                            datum,
                            "Inburgeraar, consulent en tolk",
                            true,
                            "Arabisch",
                            "Demogegevens: brede intake achteraf vastgelegd."));
            return intakes.legLeerbaarheidstoetsVast(
                    persoon.id(),
                    intakes.raadpleeg(persoon.id()).versie(),
                    new Leerbaarheidstoets(
                            datum,
                            route == Leerroute.Z_ROUTE
                                    ? LbtResultaat.B1_ROUTE_NIET_HAALBAAR
                                    : LbtResultaat.B1_ROUTE_HAALBAAR,
                            null,
                            null,
                            null,
                            null));
        });
    }

    private static PipInhoud inhoud(Leerroute route, boolean asiel, String mapAfspraken) {
        boolean onderwijs = route == Leerroute.ONDERWIJSROUTE;
        return new PipInhoud(
                route,
                null,
                asiel && route == Leerroute.B1_ROUTE ? 1200 : null,
                route == Leerroute.Z_ROUTE ? Alfabetisering.ANALFABEET : Alfabetisering.NVT,
                false,
                "Maandelijks gesprek met de consulent; maatschappelijke begeleiding het eerste jaar.",
                route == Leerroute.Z_ROUTE ? "Kinderopvang tijdens de lessen." : null,
                "PVT in de groep van het voorjaar, twaalf uur met excursie.",
                15,
                onderwijs ? null : mapAfspraken,
                onderwijs ? null : 64,
                asiel
                        ? "Taalschool Regio Zwolle, "
                                + (route == Leerroute.Z_ROUTE
                                        ? "Z-route met participatie."
                                        : onderwijs
                                                ? "schakeltraject naar het mbo."
                                                : "B1-traject van vier dagdelen per week.")
                        : null,
                asiel,
                asiel ? "Vaste lasten (huur, energie, zorgverzekering) zes maanden ingehouden en betaald." : null,
                null,
                route == Leerroute.Z_ROUTE ? "Vrijwilligerswerk bij de voedselbank, twee dagen per week." : null,
                4,
                null);
    }

    private Deelname schrijfIn(
            Demogemeente gemeente, UUID persoon, UUID aanbieder, Deelnamesoort soort, LocalDate start) {
        return alsConsulent(
                gemeente, () -> deelnames.inschrijven(persoon, new NieuweDeelname(aanbieder, soort, start, null)));
    }

    /**
     * A PVT group following the default programme (D2) over the last five weeks: four dagdelen of three hours,
     * an excursion and the signing session yesterday. Everyone came, except one person who missed two dagdelen
     * and the excursion; the person with the completed Z-route signed the participatieverklaring (R5.2, R5.3).
     */
    private void pvtGroep(Demogemeente gemeente, List<UUID> leden, LocalDate vandaag) {
        alsConsulent(gemeente, () -> {
            Groep groep = planning.maakGroep("PVT-groep Dalfsen, voorjaar", Programma.PVT);
            planning.nodigUit(groep.id(), leden);
            Object[][] sessies = {
                {36, "Kernwaarden: vrijheid, gelijkwaardigheid, solidariteit en participatie", "3.0", false},
                {29, "Gezondheid (GGD)", "3.0", false},
                {22, "Wonen (woningcorporatie)", "3.0", false},
                {15, "Werk en de gemeente", "3.0", false},
                {8, "Excursie naar het gemeentehuis en de raadszaal", "2.0", true},
                {1, "Ondertekening van de participatieverklaring met de wethouder", "1.0", false}
            };
            UUID afwezige = leden.get(1);
            for (int s = 0; s < sessies.length; s++) {
                Object[] sessie = sessies[s];
                LocalDate datum = vandaag.minusDays((Integer) sessie[0]);
                Bijeenkomst bijeenkomst = planning.plan(
                        groep.id(),
                        new NieuweBijeenkomst(
                                datum,
                                LocalTime.of(9, 30),
                                LocalTime.of(12, 30),
                                "Gemeentehuis Dalfsen, Kerkplein 2",
                                (String) sessie[1],
                                new BigDecimal((String) sessie[2]),
                                (Boolean) sessie[3],
                                null,
                                Demogemeente.PARTICIPATIEWERK));
                boolean mist = afwezige != null && (s == 1 || s == 2 || s == 4);
                Set<UUID> aanwezig = leden.stream()
                        .filter(id -> !(mist && id.equals(afwezige)))
                        .collect(Collectors.toCollection(LinkedHashSet::new));
                planning.registreerAanwezigheid(groep.id(), bijeenkomst.id(), aanwezig);
            }
            return pvt.onderteken(leden.get(4), vandaag.minusDays(1), null);
        });
    }
}
