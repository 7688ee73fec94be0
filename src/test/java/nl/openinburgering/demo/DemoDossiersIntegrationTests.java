package nl.openinburgering.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import nl.openinburgering.AlsGebruiker;
import nl.openinburgering.aanbieder.DeelnameBeheer;
import nl.openinburgering.aanbieder.UrenOverzicht;
import nl.openinburgering.aanbieder.Urentotalen;
import nl.openinburgering.leerroute.ResultatenBeheer;
import nl.openinburgering.leerroute.ZrouteBeheer;
import nl.openinburgering.map.MapBeheer;
import nl.openinburgering.map.ThemaStatus;
import nl.openinburgering.pip.PipBeheer;
import nl.openinburgering.pip.PipStand;
import nl.openinburgering.pvt.Groepsplanning;
import nl.openinburgering.pvt.PvtBeheer;
import nl.openinburgering.shared.Leerroute;
import nl.openinburgering.shared.Vandaag;
import nl.openinburgering.werkvoorraad.Signaalsoort;
import nl.openinburgering.werkvoorraad.WerkvoorraadBeheer;
import nl.openinburgering.werkvoorraad.Werkvoorraadfilter;
import nl.openinburgering.werkvoorraad.Werkvoorraadregel;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo files of Dalfsen, Staphorst and Zwartewaterland (off in the other tests): loaded through the facades when
 * the application is ready, and visible where a consulent looks.
 */
@SpringBootTest(properties = "openinburgering.demo.dossiers=true")
class DemoDossiersIntegrationTests {

    @Autowired
    DemoDossiers demo;

    @Autowired
    PipBeheer pips;

    @Autowired
    UrenOverzicht uren;

    @Autowired
    ZrouteBeheer zroute;

    @Autowired
    PvtBeheer pvt;

    @Autowired
    Groepsplanning planning;

    @Autowired
    MapBeheer map;

    @Autowired
    ResultatenBeheer resultaten;

    @Autowired
    WerkvoorraadBeheer werkvoorraad;

    @Autowired
    DeelnameBeheer deelnames;

    /** As the demo consulent of Staphorst (0180) or Zwartewaterland (1896). */
    static String consulentVan(String gemeente) {
        return gemeente.equals("0180") ? "consulent.staphorst" : "consulent.zwartewaterland";
    }

    static <T> T alsConsulentVan(String gemeente, Supplier<T> werk) {
        String naam = consulentVan(gemeente);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        naam, null, AuthorityUtils.createAuthorityList("ROLE_CONSULENT", "GEMEENTE_" + gemeente)));
        try {
            return werk.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static <T> T alsConsulent(Supplier<T> werk) {
        return AlsGebruiker.consulentVanDalfsen(werk);
    }

    private List<PipStand> stand() {
        return alsConsulent(pips::stand);
    }

    private List<UUID> metRoute(Leerroute route) {
        return stand().stream()
                .filter(p -> p.leerroute() == route)
                .map(PipStand::inburgeraarId)
                .toList();
    }

    @Test
    void twelveDemoPeopleHaveAVastgesteldPipInEveryRouteWithADagtekeningInThePast() {
        List<PipStand> stand = stand();

        assertThat(stand)
                .hasSize(12)
                .allSatisfy(p -> assertThat(p.dagtekening()).isBefore(Vandaag.datum()));
        Map<Leerroute, Long> perRoute =
                stand.stream().collect(Collectors.groupingBy(PipStand::leerroute, Collectors.counting()));
        assertThat(perRoute)
                .containsEntry(Leerroute.Z_ROUTE, 3L)
                .containsEntry(Leerroute.B1_ROUTE, 7L)
                .containsEntry(Leerroute.ONDERWIJSROUTE, 2L);
    }

    @Test
    void providersReportedHoursWithAZrouteNearAndOneAtEightHundredAndAB1PersonAboveSixHundred() {
        List<UUID> metPip = stand().stream().map(PipStand::inburgeraarId).toList();
        Map<UUID, Urentotalen> totalen = alsConsulent(() -> uren.totalen(metPip));
        assertThat(totalen.values()).allSatisfy(t -> assertThat(t.taallesKnm()).isPositive());

        List<Urentotalen> zroute =
                metRoute(Leerroute.Z_ROUTE).stream().map(totalen::get).toList();
        assertThat(zroute).anySatisfy(t -> {
            assertThat(t.taallesKnm()).isBetween(new BigDecimal("750"), new BigDecimal("799.99"));
            assertThat(t.participatie()).isBetween(new BigDecimal("750"), new BigDecimal("799.99"));
        });
        assertThat(metRoute(Leerroute.B1_ROUTE).stream().map(totalen::get))
                .anySatisfy(t -> assertThat(t.taallesKnm()).isGreaterThan(new BigDecimal("600")));
    }

    /** R4.4, R4.5: one Z-route completed after 800 course and 800 participation hours. */
    @Test
    void oneZrouteIsCompleted() {
        List<UUID> zroutes = metRoute(Leerroute.Z_ROUTE);

        assertThat(alsConsulent(() -> zroute.afgerond(zroutes))).hasSize(1);
    }

    /** R9.2: attendance below 80% in the last four weeks shows on the demo consulent's own worklist. */
    @Test
    void theDemoConsulentSeesAVerzuimSignal() {
        List<Werkvoorraadregel> regels = alsConsulent(() -> werkvoorraad.werkvoorraad(
                        new Werkvoorraadfilter(
                                Optional.of(Signaalsoort.VERZUIM), Optional.empty(), Optional.empty(), null, 1, 100),
                        Vandaag.datum()))
                .regels();

        assertThat(regels)
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.consulent()).contains("consulent.dalfsen"));
    }

    /** R5.2, R5.3: a PVT group with sessions in the past; one member signed the participatieverklaring. */
    @Test
    void aPvtGroupHasSessionsAndOneSignedParticipatieverklaring() {
        var groepen = alsConsulent(() -> planning.groepen(PageRequest.of(0, 10)));
        assertThat(groepen.getContent()).hasSize(1);
        var groep = alsConsulent(
                () -> planning.groep(groepen.getContent().getFirst().id()));
        assertThat(groep.leden()).hasSize(6);
        assertThat(groep.bijeenkomsten())
                .hasSize(6)
                .allSatisfy(b -> assertThat(b.datum()).isBefore(Vandaag.datum()));

        Map<UUID, ?> getekend = alsConsulent(() -> pvt.ondertekeningen(
                groep.leden().stream().map(l -> l.inburgeraarId()).toList()));
        assertThat(getekend).hasSize(1);
    }

    /** R6.2: a MAP theme is waived with its reason; R4.1: exam results and a progress report were reported. */
    @Test
    void aMapThemeIsWaivedWithAReasonAndExamResultsShow() {
        List<UUID> b1 = metRoute(Leerroute.B1_ROUTE);
        UUID persoon = b1.stream()
                .filter(id -> !alsConsulent(() -> resultaten.examens(id)).isEmpty()
                        && alsConsulent(() -> map.voortgang(id)).themas().stream()
                                .anyMatch(t -> t.status().equals(Optional.of(ThemaStatus.VRIJGESTELD))))
                .findFirst()
                .orElseThrow();

        assertThat(alsConsulent(() -> resultaten.examens(persoon))).hasSize(4);
        assertThat(alsConsulent(() -> resultaten.voortgang(persoon))).hasSize(1);
        assertThat(alsConsulent(() -> map.voortgang(persoon)).themas())
                .filteredOn(t -> t.status().equals(Optional.of(ThemaStatus.VRIJGESTELD)))
                .singleElement()
                .satisfies(t -> assertThat(t.reden()).isNotBlank());
    }

    /** R3.13: in both, seven people have a vastgesteld PIP (five B1-route, two onderwijsroute) dated in the past. */
    @Test
    void staphorstAndZwartewaterlandHaveVastgesteldPipsWithADagtekeningInThePast() {
        for (String gemeente : List.of("0180", "1896")) {
            List<PipStand> stand = alsConsulentVan(gemeente, () -> pips.stand());

            assertThat(stand).hasSize(7).allSatisfy(p -> {
                assertThat(p.dagtekening()).isBefore(Vandaag.datum());
                assertThat(p.leerroute()).isIn(Leerroute.B1_ROUTE, Leerroute.ONDERWIJSROUTE);
            });
            assertThat(stand)
                    .filteredOn(p -> p.leerroute() == Leerroute.ONDERWIJSROUTE)
                    .hasSize(2);
        }
    }

    /** R4.7: lessons at the language school, the one provider contracted there, with the hours it reported. */
    @Test
    void staphorstAndZwartewaterlandPeopleFollowLessonsAtTheLanguageSchoolWithReportedHours() {
        for (String gemeente : List.of("0180", "1896")) {
            List<UUID> metPip = alsConsulentVan(gemeente, () -> pips.stand()).stream()
                    .map(PipStand::inburgeraarId)
                    .toList();

            for (UUID persoon : metPip) {
                assertThat(alsConsulentVan(gemeente, () -> deelnames.deelnames(persoon)))
                        .singleElement()
                        .satisfies(d -> assertThat(d.aanbiederId()).isEqualTo(Demogemeente.TAALSCHOOL));
            }
            Map<UUID, Urentotalen> totalen = alsConsulentVan(gemeente, () -> uren.totalen(metPip));
            assertThat(totalen.values())
                    .hasSize(7)
                    .allSatisfy(t -> assertThat(t.taallesKnm()).isPositive())
                    .anySatisfy(t -> assertThat(t.taallesKnm()).isGreaterThan(new BigDecimal("600")));
        }
    }

    /** R9.2, R4.1: each demo consulent sees a VERZUIM signal of their own, and a B1 person has exam results. */
    @Test
    void theDemoConsulentsOfStaphorstAndZwartewaterlandSeeVerzuimAndExamResults() {
        for (String gemeente : List.of("0180", "1896")) {
            List<Werkvoorraadregel> regels = alsConsulentVan(
                            gemeente,
                            () -> werkvoorraad.werkvoorraad(
                                    new Werkvoorraadfilter(
                                            Optional.of(Signaalsoort.VERZUIM),
                                            Optional.empty(),
                                            Optional.empty(),
                                            null,
                                            1,
                                            100),
                                    Vandaag.datum()))
                    .regels();
            assertThat(regels)
                    .isNotEmpty()
                    .allSatisfy(r -> assertThat(r.consulent()).contains(consulentVan(gemeente)));

            List<UUID> b1 = alsConsulentVan(gemeente, () -> pips.stand()).stream()
                    .filter(p -> p.leerroute() == Leerroute.B1_ROUTE)
                    .map(PipStand::inburgeraarId)
                    .toList();
            assertThat(b1)
                    .anySatisfy(id -> assertThat(alsConsulentVan(gemeente, () -> resultaten.examens(id)))
                            .hasSize(4));
        }
    }

    @Test
    void runningTheLoaderAgainAddsNothing() {
        Map<UUID, PipStand> voor =
                stand().stream().collect(Collectors.toMap(PipStand::inburgeraarId, Function.identity()));

        demo.vul();

        assertThat(stand()).hasSize(voor.size());
        assertThat(alsConsulentVan("0180", () -> pips.stand())).hasSize(7);
        assertThat(alsConsulent(() -> planning.groepen(PageRequest.of(0, 10))).getContent())
                .hasSize(1);
    }
}
