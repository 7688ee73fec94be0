package nl.openinburgering.werkvoorraad.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nl.openinburgering.aanbieder.Deelname;
import nl.openinburgering.aanbieder.DeelnameBeheer;
import nl.openinburgering.aanbieder.Deelnamesoort;
import nl.openinburgering.aanbieder.NieuweDeelname;
import nl.openinburgering.aanbieder.RuweUrenregel;
import nl.openinburgering.aanbieder.UrenRegistratie;
import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.inburgeraar.InburgeraarBeheer;
import nl.openinburgering.inburgeraar.InburgeraarFeiten;
import nl.openinburgering.inburgeraar.Termijnfeiten;
import nl.openinburgering.leerroute.Examenmelding;
import nl.openinburgering.leerroute.Examenonderdeel;
import nl.openinburgering.leerroute.Examenuitslag;
import nl.openinburgering.leerroute.RedenGeenUitslag;
import nl.openinburgering.leerroute.ResultatenBeheer;
import nl.openinburgering.leerroute.Taalniveau;
import nl.openinburgering.leerroute.Voortgangsmelding;
import nl.openinburgering.leerroute.ZrouteBeheer;
import nl.openinburgering.map.MapBeheer;
import nl.openinburgering.map.ThemaStatus;
import nl.openinburgering.pip.Alfabetisering;
import nl.openinburgering.shared.Leerroute;
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
import nl.openinburgering.shared.Gemeentecode;
import nl.openinburgering.shared.MapThema;
import nl.openinburgering.shared.Vandaag;

/**
 * Demo profile only: gives Dalfsen's (0148) demo inburgeraars a living file according to their stage: vastgesteld
 * PIPs (Z-route, B1-route and onderwijsroute in roughly 25/60/15), deelnames at the two demo providers with the
 * hours those providers reported over the past months (some below 80% attendance in the last four weeks, so the
 * VERZUIM signal shows; a Z-route asielstatushouder near 800/800 hours; a B1 person above 600 hours), exam results,
 * progress reports, one completed Z-route, a PVT group with sessions, attendance and one signed
 * participatieverklaring, and MAP themes (one waived with a reason).
 * <p>
 * Everything goes through the modules' public facades, so every rule is checked; each facade call runs as a demo
 * account in a temporary security context ({@code consulent.dalfsen}, {@code teamleider.dalfsen} for the four-eyes
 * vaststelling, the providers' accounts for hours and exams), cleared in {@code finally}. Those facades write
 * processing-log lines: acceptable here, the people are fictitious (unlike {@link DemoToewijzingen}, which writes
 * none, ADR 0002). All dates are computed backwards from {@link Vandaag#datum()} and never lie in the future.
 * <p>
 * Runs when the application is ready, after {@link DemoToewijzingen} (its order is one higher), and does nothing
 * when the gemeente already has a PIP (a restart, or data entered by hand). On with the demo data unless
 * {@code openinburgering.demo.dossiers=false}, as the test properties set it: the data would disturb other tests'
 * counts (not set in application-demo.yml, whose profile-specific value would beat the test properties).
 */
@Component
@ConditionalOnProperty(name = "openinburgering.demo.gegevens", havingValue = "true")
@ConditionalOnProperty(name = "openinburgering.demo.dossiers", havingValue = "true", matchIfMissing = true)
class DemoDossiers {

    static final Gemeentecode DALFSEN = new Gemeentecode("0148");
    static final UUID TAALSCHOOL = UUID.fromString("6a0c1b6e-2f4d-4c36-9a77-1f0e5b1d0a01");
    static final UUID PARTICIPATIEWERK = UUID.fromString("6a0c1b6e-2f4d-4c36-9a77-1f0e5b1d0a02");
    private static final Logger LOG = LoggerFactory.getLogger(DemoDossiers.class);
    private static final String CONSULENT = "consulent.dalfsen";
    private static final String TEAMLEIDER = "teamleider.dalfsen";
    /** Most hour lines go in one upload per deelname; the provider facade takes a batch whole. */
    private static final int BATCH = 500;

    /**
     * What a demo person's file holds. {@code index} is the person's place in {@link DemoDossiers}' order of the
     * demo people (0: the newest term, 19: the oldest), as DemoInburgeraars spreads them over the stages.
     */
    private record Plan(int index, Leerroute route, int urenPerDag, boolean participatie, BigDecimal doel,
            boolean verzuim) {
    }

    /** Twelve of the twenty people have a PIP: three Z-route, seven B1-route, two onderwijsroute. */
    private static final List<Plan> PLANNEN = List.of(
            new Plan(7, Leerroute.B1_ROUTE, 3, false, null, false),
            new Plan(8, Leerroute.B1_ROUTE, 3, false, null, false),
            new Plan(9, Leerroute.B1_ROUTE, 3, false, null, true),
            new Plan(10, Leerroute.ONDERWIJSROUTE, 4, false, null, false),
            new Plan(11, Leerroute.B1_ROUTE, 3, false, null, false),
            new Plan(12, Leerroute.Z_ROUTE, 4, true, null, true),
            new Plan(14, Leerroute.B1_ROUTE, 3, false, null, false),
            new Plan(15, Leerroute.B1_ROUTE, 6, false, new BigDecimal("640"), false),
            new Plan(16, Leerroute.Z_ROUTE, 7, true, new BigDecimal("805"), false),
            new Plan(17, Leerroute.ONDERWIJSROUTE, 4, false, null, false),
            new Plan(18, Leerroute.B1_ROUTE, 3, false, null, true),
            new Plan(19, Leerroute.Z_ROUTE, 7, true, new BigDecimal("790"), false));

    private final InburgeraarBeheer inburgeraars;
    private final PipBeheer pips;
    private final DeelnameBeheer deelnames;
    private final UrenRegistratie uren;
    private final ResultatenBeheer resultaten;
    private final ZrouteBeheer zroute;
    private final Groepsplanning planning;
    private final PvtBeheer pvt;
    private final MapBeheer map;
    private final WerkvoorraadOpslag toewijzingen;
    private final TransactionTemplate transactie;

    DemoDossiers(InburgeraarBeheer inburgeraars, PipBeheer pips, DeelnameBeheer deelnames, UrenRegistratie uren,
            ResultatenBeheer resultaten, ZrouteBeheer zroute, Groepsplanning planning, PvtBeheer pvt, MapBeheer map,
            WerkvoorraadOpslag toewijzingen, TransactionTemplate transactie) {
        this.toewijzingen = toewijzingen;
        this.transactie = transactie;
        this.inburgeraars = inburgeraars;
        this.pips = pips;
        this.deelnames = deelnames;
        this.uren = uren;
        this.resultaten = resultaten;
        this.zroute = zroute;
        this.planning = planning;
        this.pvt = pvt;
        this.map = map;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void vul() {
        try {
            boolean leeg = Tenant.alsGemeente(DALFSEN, () -> pips.stand().isEmpty());
            if (!leeg) {
                return;
            }
            List<InburgeraarFeiten> personen = demoPersonen();
            if (personen.size() < 20) {
                return;
            }
            laad(personen, Vandaag.datum());
            LOG.info("Demogegevens: PIP's, deelnames, uren, examens, PVT en MAP geladen voor gemeente {}", DALFSEN);
        } catch (RuntimeException fout) {
            // Demo data must never stop the application from starting; the log says what went wrong.
            LOG.warn("Demogegevens: dossiers van gemeente {} niet (volledig) geladen", DALFSEN, fout);
        }
    }

    /** Dalfsen's demo people (BSN 9999…), newest term first: the order in which DemoInburgeraars made them. */
    private List<InburgeraarFeiten> demoPersonen() {
        return Tenant.alsGemeente(DALFSEN, () -> {
            List<UUID> ids = inburgeraars.termijnfeiten().stream()
                    .filter(t -> t.bsn().waarde().startsWith("9999")).map(Termijnfeiten::id).toList();
            return ids.stream().map(inburgeraars::feiten)
                    .sorted(Comparator.comparing(InburgeraarFeiten::datumVestigingGemeente).reversed()).toList();
        });
    }

    private void laad(List<InburgeraarFeiten> personen, LocalDate vandaag) {
        Map<Integer, InburgeraarFeiten> perIndex = new java.util.HashMap<>();
        for (int i = 0; i < personen.size(); i++) {
            perIndex.put(i, personen.get(i));
        }
        Map<Integer, Deelname> taal = new java.util.HashMap<>();
        for (Plan plan : metVerzuimBijConsulent(perIndex)) {
            InburgeraarFeiten persoon = perIndex.get(plan.index());
            stelPipVast(persoon, plan, vandaag);
            LocalDate start = plan.doel() != null ? persoon.datumStartInburgeringsplicht()
                    : persoon.datumVestigingGemeente().plusDays(7);
            Deelname lessen = schrijfIn(persoon.id(), TAALSCHOOL, Deelnamesoort.LEERROUTE, start);
            taal.put(plan.index(), lessen);
            meldUren(TAALSCHOOL, "aanbieder.taalschool", lessen, "TAALLES_KNM", plan, start, vandaag);
            if (plan.participatie()) {
                Deelname werk = schrijfIn(persoon.id(), PARTICIPATIEWERK, Deelnamesoort.PARTICIPATIE, start);
                meldUren(PARTICIPATIEWERK, "aanbieder.participatie", werk, "PARTICIPATIE", plan, start, vandaag);
            }
        }
        examensEnVoortgang(taal, vandaag);
        als(CONSULENT, () -> zroute.afronden(perIndex.get(16).id(), vandaag.minusDays(3)),
                "ROLE_CONSULENT", "GEMEENTE_0148");
        pvtGroep(List.of(7, 9, 10, 15, 16, 19).stream().map(i -> perIndex.get(i).id()).toList(), vandaag);
        UUID b1 = perIndex.get(15).id();
        als(CONSULENT, () -> {
            map.spreekThemaAf(b1, MapThema.BEROEPENORIENTATIE, ThemaStatus.AFGESPROKEN, null);
            map.spreekThemaAf(b1, MapThema.NETWERK_OPBOUWEN, ThemaStatus.AFGESPROKEN, null);
            return map.spreekThemaAf(b1, MapThema.WERKCULTUUR, ThemaStatus.VRIJGESTELD,
                    "Werkte vier jaar bij een Nederlands bedrijf in Syrië en kent de Nederlandse werkcultuur.");
        }, "ROLE_CONSULENT", "GEMEENTE_0148");
        als(CONSULENT, () -> map.spreekThemaAf(perIndex.get(19).id(), MapThema.WERK_VINDEN, ThemaStatus.AFGESPROKEN,
                null), "ROLE_CONSULENT", "GEMEENTE_0148");
    }

    /**
     * The plans, with at least one person of {@code consulent.dalfsen} (as {@link DemoToewijzingen} assigned them)
     * below the attendance threshold, so the VERZUIM signal shows on that demo account's own worklist.
     */
    private List<Plan> metVerzuimBijConsulent(Map<Integer, InburgeraarFeiten> perIndex) {
        Map<UUID, String> verdeling = Tenant.alsGemeente(DALFSEN,
                () -> transactie.execute(status -> toewijzingen.toewijzingen(DALFSEN.waarde())));
        boolean alEen = PLANNEN.stream().anyMatch(
                p -> p.verzuim() && CONSULENT.equals(verdeling.get(perIndex.get(p.index()).id())));
        if (alEen) {
            return PLANNEN;
        }
        List<Plan> plannen = new ArrayList<>(PLANNEN);
        for (int n = 0; n < plannen.size(); n++) {
            Plan p = plannen.get(n);
            if (p.doel() == null && !p.verzuim() && CONSULENT.equals(verdeling.get(perIndex.get(p.index()).id()))) {
                plannen.set(n, new Plan(p.index(), p.route(), p.urenPerDag(), p.participatie(), null, true));
                break;
            }
        }
        return plannen;
    }

    /**
     * The consulent drafts, the teamleider fixes it (the four-eyes policy is on by default). R3.13: the
     * dagtekening lies on or after the settlement in the gemeente (the start of the ten weeks) and before today;
     * for the older files within the ten weeks (eight weeks after the start), for recent ones a week ago.
     */
    private void stelPipVast(InburgeraarFeiten persoon, Plan plan, LocalDate vandaag) {
        LocalDate vestiging = persoon.datumVestigingGemeente();
        LocalDate dagtekening = vestiging.plusDays(56);
        if (!dagtekening.isBefore(vandaag)) {
            dagtekening = vandaag.minusDays(7);
        }
        PipInhoud inhoud = inhoud(plan.route(), persoon.doelgroep() == Doelgroep.ASIELSTATUSHOUDER);
        Pip concept = als(CONSULENT, () -> pips.opstellen(persoon.id(), inhoud), "ROLE_CONSULENT", "GEMEENTE_0148");
        LocalDate datum = dagtekening;
        als(TEAMLEIDER, () -> pips.vaststellen(persoon.id(), concept.id(), datum),
                "ROLE_TEAMLEIDER", "GEMEENTE_0148");
    }

    private static PipInhoud inhoud(Leerroute route, boolean asiel) {
        boolean onderwijs = route == Leerroute.ONDERWIJSROUTE;
        return new PipInhoud(route, null, asiel && route == Leerroute.B1_ROUTE ? 1200 : null,
                route == Leerroute.Z_ROUTE ? Alfabetisering.ANALFABEET : Alfabetisering.NVT, false,
                "Maandelijks gesprek met de consulent; maatschappelijke begeleiding het eerste jaar.",
                route == Leerroute.Z_ROUTE ? "Kinderopvang tijdens de lessen." : null,
                "PVT in de groep van het voorjaar, twaalf uur met excursie.", 15,
                onderwijs ? null : "MAP bij Participatiewerk Dalfsen, met een werkervaringsplek.", onderwijs ? null : 64,
                asiel ? "Taalschool Regio Zwolle, " + (route == Leerroute.Z_ROUTE ? "Z-route met participatie."
                        : onderwijs ? "schakeltraject naar het mbo." : "B1-traject van vier dagdelen per week.")
                        : null,
                asiel, asiel ? "Vaste lasten (huur, energie, zorgverzekering) zes maanden ingehouden en betaald." : null,
                null, route == Leerroute.Z_ROUTE ? "Vrijwilligerswerk bij de voedselbank, twee dagen per week." : null,
                4, null);
    }

    private Deelname schrijfIn(UUID persoon, UUID aanbieder, Deelnamesoort soort, LocalDate start) {
        return als(CONSULENT, () -> deelnames.inschrijven(persoon, new NieuweDeelname(aanbieder, soort, start, null)),
                "ROLE_CONSULENT", "GEMEENTE_0148");
    }

    /**
     * The provider reports a line per lesson day (Monday to Thursday; Monday to Friday for the intensive plans)
     * from the start up to yesterday. Now and then the person is ill; with {@code verzuim} the person missed
     * two of every five lesson days in the last four weeks, below the 80% threshold (R9.2). With a {@code doel}
     * the attended hours stop just at that total, counted back from yesterday.
     */
    private void meldUren(UUID aanbieder, String account, Deelname deelname, String soort, Plan plan, LocalDate start,
            LocalDate vandaag) {
        List<RuweUrenregel> regels = new ArrayList<>();
        BigDecimal aanwezig = BigDecimal.ZERO;
        BigDecimal perDag = BigDecimal.valueOf(plan.urenPerDag());
        int lesdag = 0;
        for (LocalDate dag = vandaag.minusDays(1); !dag.isBefore(start); dag = dag.minusDays(1)) {
            DayOfWeek weekdag = dag.getDayOfWeek();
            boolean intensief = plan.doel() != null;
            if (weekdag == DayOfWeek.SATURDAY || weekdag == DayOfWeek.SUNDAY
                    || (!intensief && weekdag == DayOfWeek.FRIDAY)) {
                continue;
            }
            lesdag++;
            boolean recent = dag.isAfter(vandaag.minusDays(29));
            String reden = plan.verzuim() && recent && lesdag % 5 < 2 ? (lesdag % 2 == 0 ? "ONGEOORLOOFD" : "AFGEMELD")
                    : (lesdag + plan.index()) % 13 == 0 ? "ZIEK" : null;
            if (reden == null && plan.doel() != null && aanwezig.add(perDag).compareTo(plan.doel()) > 0) {
                break;
            }
            if (reden == null) {
                aanwezig = aanwezig.add(perDag);
            }
            regels.add(new RuweUrenregel(deelname.id().toString(), dag.toString(), soort, perDag.toPlainString(),
                    Boolean.toString(reden == null), reden));
        }
        for (int van = 0; van < regels.size(); van += BATCH) {
            List<RuweUrenregel> deel = regels.subList(van, Math.min(van + BATCH, regels.size()));
            UUID sleutel = UUID.nameUUIDFromBytes((deelname.id() + "/" + van).getBytes(StandardCharsets.UTF_8));
            als(account, () -> uren.registreer(sleutel, deel), "ROLE_AANBIEDER", "AANBIEDER_" + aanbieder);
        }
    }

    /** The taalschool reports exam results and progress; dates lie in the past. */
    private void examensEnVoortgang(Map<Integer, Deelname> taal, LocalDate vandaag) {
        als("aanbieder.taalschool", () -> {
            UUID b1 = taal.get(15).id();
            resultaten.meldExamen(b1, new Examenmelding(Examenonderdeel.LE, Taalniveau.B1, Examenuitslag.GESLAAGD,
                    null, vandaag.minusDays(30)));
            resultaten.meldExamen(b1, new Examenmelding(Examenonderdeel.LU, Taalniveau.B1, Examenuitslag.GESLAAGD,
                    null, vandaag.minusDays(30)));
            resultaten.meldExamen(b1, new Examenmelding(Examenonderdeel.KNM, null, Examenuitslag.GESLAAGD, null,
                    vandaag.minusDays(21)));
            resultaten.meldExamen(b1, new Examenmelding(Examenonderdeel.SP, Taalniveau.B1, Examenuitslag.GEZAKT, null,
                    vandaag.minusDays(10)));
            resultaten.meldExamen(taal.get(11).id(), new Examenmelding(Examenonderdeel.KNM, null, Examenuitslag.GEEN,
                    RedenGeenUitslag.NIET_VERWIJTBAAR, vandaag.minusDays(12)));
            resultaten.meldVoortgang(b1, new Voortgangsmelding(vandaag.minusDays(14), Taalniveau.B1, Taalniveau.B1,
                    Taalniveau.A2, Taalniveau.A2, Taalniveau.B1,
                    "Goede vooruitgang; spreken blijft achter. Extra spreekoefening afgesproken voor de herkansing."));
            return resultaten.meldVoortgang(taal.get(9).id(), new Voortgangsmelding(vandaag.minusDays(5), Taalniveau.A1,
                    Taalniveau.A2, Taalniveau.A1, Taalniveau.A1, null,
                    "Was de laatste weken vaak afwezig; graag een gesprek met de consulent over de aanwezigheid."));
        }, "ROLE_AANBIEDER", "AANBIEDER_" + TAALSCHOOL);
    }

    /**
     * A PVT group following the default programme (D2) over the last five weeks: four dagdelen of three hours,
     * an excursion and the signing session yesterday. Everyone came, except one person who missed two dagdelen
     * and the excursion; the person with the completed Z-route signed the participatieverklaring (R5.2, R5.3).
     */
    private void pvtGroep(List<UUID> leden, LocalDate vandaag) {
        als(CONSULENT, () -> {
            Groep groep = planning.maakGroep("PVT-groep Dalfsen, voorjaar", Programma.PVT);
            planning.nodigUit(groep.id(), leden);
            Object[][] sessies = { { 36, "Kernwaarden: vrijheid, gelijkwaardigheid, solidariteit en participatie", "3.0", false },
                    { 29, "Gezondheid (GGD)", "3.0", false }, { 22, "Wonen (woningcorporatie)", "3.0", false },
                    { 15, "Werk en de gemeente", "3.0", false },
                    { 8, "Excursie naar het gemeentehuis en de raadszaal", "2.0", true },
                    { 1, "Ondertekening van de participatieverklaring met de wethouder", "1.0", false } };
            UUID afwezige = leden.get(1);
            for (int s = 0; s < sessies.length; s++) {
                Object[] sessie = sessies[s];
                LocalDate datum = vandaag.minusDays((Integer) sessie[0]);
                Bijeenkomst bijeenkomst = planning.plan(groep.id(), new NieuweBijeenkomst(datum, LocalTime.of(9, 30),
                        LocalTime.of(12, 30), "Gemeentehuis Dalfsen, Kerkplein 2", (String) sessie[1],
                        new BigDecimal((String) sessie[2]), (Boolean) sessie[3], null, PARTICIPATIEWERK));
                boolean mist = afwezige != null && (s == 1 || s == 2 || s == 4);
                Set<UUID> aanwezig = leden.stream().filter(id -> !(mist && id.equals(afwezige)))
                        .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
                planning.registreerAanwezigheid(groep.id(), bijeenkomst.id(), aanwezig);
            }
            return pvt.onderteken(leden.get(4), vandaag.minusDays(1), null);
        }, "ROLE_CONSULENT", "GEMEENTE_0148");
    }

    /** Runs the work as a demo account in a fresh security context, always cleared afterwards. */
    private static <T> T als(String gebruiker, Supplier<T> werk, String... autoriteiten) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(gebruiker, null,
                AuthorityUtils.createAuthorityList(autoriteiten)));
        SecurityContextHolder.setContext(context);
        try {
            return werk.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
