package nl.openinburgering.leerroute;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.inburgeraar.Inburgeringstermijn;
import nl.openinburgering.shared.Conflict;
import nl.openinburgering.shared.Gemeentecode;
import nl.openinburgering.shared.Leerroute;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ZrouteAfrondingTests {

    static final LocalDate VANDAAG = LocalDate.of(2027, 6, 1);
    static final Instant NU = Instant.parse("2027-06-01T10:00:00Z");
    static final Optional<Inburgeringstermijn> TERMIJN =
            Optional.of(new Inburgeringstermijn(LocalDate.of(2026, 3, 2), LocalDate.of(2029, 3, 2)));
    static final Optional<ZrouteAfronding.HuidigePip> Z_ROUTE =
            Optional.of(new ZrouteAfronding.HuidigePip(UUID.randomUUID(), Leerroute.Z_ROUTE));

    static Urenstand uren(
            String taalles, String taallesBredeIntake, String participatie, String participatieBredeIntake) {
        return new Urenstand(
                new BigDecimal(taalles),
                new BigDecimal(taallesBredeIntake),
                new BigDecimal(participatie),
                new BigDecimal(participatieBredeIntake));
    }

    static ZrouteAfronding afronden(Doelgroep doelgroep, Urenstand uren) {
        return ZrouteAfronding.afronden(
                UUID.randomUUID(),
                Z_ROUTE,
                Optional.empty(),
                LocalDate.of(2027, 5, 20),
                VANDAAG,
                doelgroep,
                TERMIJN,
                uren,
                "consulent.dalfsen",
                NU);
    }

    static Iterable<Veldfout> fouten(Runnable actie) {
        try {
            actie.run();
        } catch (OngeldigeInvoer ongeldig) {
            return ongeldig.fouten();
        }
        throw new AssertionError("geen OngeldigeInvoer");
    }

    @Test
    void r4_5_anAsielstatushouderNeeds800CourseAnd800ParticipationHours() {
        ZrouteAfronding afgerond = afronden(Doelgroep.ASIELSTATUSHOUDER, uren("800", "0", "800", "0"));
        assertThat(afgerond.datumEindgesprek()).isEqualTo(LocalDate.of(2027, 5, 20));
        assertThat(afgerond.cursusuren()).isEqualByComparingTo("800");
        assertThat(afgerond.participatieuren()).isEqualByComparingTo("800");

        assertThat(fouten(() -> afronden(Doelgroep.ASIELSTATUSHOUDER, uren("799.5", "0", "800", "0"))))
                .extracting(Veldfout::veld, Veldfout::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("taallesKnm", "R4.5"));
        assertThat(fouten(() -> afronden(Doelgroep.ASIELSTATUSHOUDER, uren("800", "0", "799.5", "0"))))
                .extracting(Veldfout::veld, Veldfout::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("participatie", "R4.5"));
    }

    /** R4.5 with R2.10: every brede-intake hour counts toward participation, none toward the 800 course hours. */
    @Test
    void r4_5_r2_10_bredeIntakeHoursCountForParticipationButNotForTheCourseHours() {
        assertThat(afronden(Doelgroep.ASIELSTATUSHOUDER, uren("800", "100", "650", "50"))
                        .participatieuren())
                .isEqualByComparingTo("800");
        assertThat(fouten(() -> afronden(Doelgroep.ASIELSTATUSHOUDER, uren("750", "100", "650", "49.5"))))
                .extracting(Veldfout::veld)
                .containsExactly("taallesKnm", "participatie");
    }

    @Test
    void r4_5_aGezinsmigrantNeeds800CourseHoursAndNoParticipation() {
        ZrouteAfronding afgerond = afronden(Doelgroep.GEZINSMIGRANT_OF_OVERIGE_MIGRANT, uren("800", "0", "0", "0"));
        assertThat(afgerond.participatieuren()).isNull();
        assertThat(fouten(() -> afronden(Doelgroep.GEZINSMIGRANT_OF_OVERIGE_MIGRANT, uren("799.9", "0", "900", "0"))))
                .extracting(Veldfout::code)
                .containsExactly("R4.5");
    }

    @Test
    void r4_4_refusesARouteThatIsNoZrouteOrIsCompletedAlready() {
        Urenstand genoeg = uren("900", "0", "900", "0");
        assertThatThrownBy(() -> ZrouteAfronding.afronden(
                        UUID.randomUUID(),
                        Optional.of(new ZrouteAfronding.HuidigePip(UUID.randomUUID(), Leerroute.B1_ROUTE)),
                        Optional.empty(),
                        VANDAAG,
                        VANDAAG,
                        Doelgroep.ASIELSTATUSHOUDER,
                        TERMIJN,
                        genoeg,
                        "c",
                        NU))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("geen Z-route");
        assertThatThrownBy(() -> ZrouteAfronding.afronden(
                        UUID.randomUUID(),
                        Optional.empty(),
                        Optional.empty(),
                        VANDAAG,
                        VANDAAG,
                        Doelgroep.ASIELSTATUSHOUDER,
                        TERMIJN,
                        genoeg,
                        "c",
                        NU))
                .isInstanceOf(Conflict.class);
        ZrouteAfronding eerder = afronden(Doelgroep.ASIELSTATUSHOUDER, genoeg);
        assertThatThrownBy(() -> ZrouteAfronding.afronden(
                        UUID.randomUUID(),
                        Z_ROUTE,
                        Optional.of(eerder),
                        VANDAAG,
                        VANDAAG,
                        Doelgroep.ASIELSTATUSHOUDER,
                        TERMIJN,
                        genoeg,
                        "c",
                        NU))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("al afgerond");
    }

    @Test
    void r4_4_refusesAnEindgesprekInTheFutureOrBeforeTheTerm() {
        Urenstand genoeg = uren("900", "0", "900", "0");
        assertThat(fouten(() -> ZrouteAfronding.afronden(
                        UUID.randomUUID(),
                        Z_ROUTE,
                        Optional.empty(),
                        VANDAAG.plusDays(1),
                        VANDAAG,
                        Doelgroep.ASIELSTATUSHOUDER,
                        TERMIJN,
                        genoeg,
                        "c",
                        NU)))
                .extracting(Veldfout::code)
                .containsExactly("datum.toekomst");
        assertThat(fouten(() -> ZrouteAfronding.afronden(
                        UUID.randomUUID(),
                        Z_ROUTE,
                        Optional.empty(),
                        LocalDate.of(2026, 3, 1),
                        VANDAAG,
                        Doelgroep.ASIELSTATUSHOUDER,
                        TERMIJN,
                        genoeg,
                        "c",
                        NU)))
                .extracting(Veldfout::code)
                .containsExactly("R4.4");
        assertThat(ZrouteAfronding.afronden(
                                UUID.randomUUID(),
                                Z_ROUTE,
                                Optional.empty(),
                                LocalDate.of(2026, 3, 2),
                                VANDAAG,
                                Doelgroep.ASIELSTATUSHOUDER,
                                TERMIJN,
                                genoeg,
                                "c",
                                NU)
                        .datumEindgesprek())
                .isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void r4_4_aCompletionIsReportedAsZrouteAfgerondWithTheDateOfTheEindgesprek() {
        ZrouteAfronding afgerond = afronden(Doelgroep.ASIELSTATUSHOUDER, uren("800", "0", "800", "0"));

        assertThat(afgerond.afgerond(new Gemeentecode("0148")))
                .isEqualTo(new ZrouteAfgerond(
                        afgerond.inburgeraarId(), new Gemeentecode("0148"), LocalDate.of(2027, 5, 20)));
    }
}
