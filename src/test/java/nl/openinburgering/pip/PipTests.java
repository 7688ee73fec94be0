package nl.openinburgering.pip;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.inburgeraar.Examendeel;
import nl.openinburgering.inburgeraar.InburgeraarFeiten;
import nl.openinburgering.shared.Bsn;
import nl.openinburgering.shared.Conflict;
import nl.openinburgering.shared.Gemeentecode;
import nl.openinburgering.shared.Leerroute;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PipTests {

    static final Gemeentecode DALFSEN = new Gemeentecode("0148");
    static final LocalDate PLICHT = LocalDate.of(2026, 1, 12);
    static final LocalDate VESTIGING = LocalDate.of(2026, 2, 2);
    static final LocalDate VANDAAG = LocalDate.of(2026, 12, 1);

    static InburgeraarFeiten persoon(Doelgroep doelgroep) {
        return new InburgeraarFeiten(
                UUID.randomUUID(), new Bsn("999996708"), doelgroep, PLICHT, VESTIGING, Optional.empty());
    }

    static PipInhoud inhoud(Leerroute route, Niveau niveau) {
        return new PipInhoud(
                route,
                niveau,
                null,
                null,
                false,
                "Wekelijks contact",
                "4 dagdelen",
                route == Leerroute.ONDERWIJSROUTE ? null : "MAP bij de gemeente",
                4,
                null);
    }

    static Pip concept(InburgeraarFeiten persoon, PipInhoud inhoud, Optional<Pip> vorige, double uren) {
        return Pip.opstellen(DALFSEN, persoon, inhoud, vorige, uren, "consulent.dalfsen", Instant.EPOCH);
    }

    static Pip vastgesteld(InburgeraarFeiten persoon, PipInhoud inhoud, LocalDate dagtekening) {
        Pip pip = concept(persoon, inhoud, Optional.empty(), 0);
        pip.vaststellen(vaststelling(dagtekening), persoon, Optional.empty(), 0, VANDAAG);
        return pip;
    }

    /**
     * A vaststelling by a teamleider with a reason for a dagtekening before {@link #VANDAAG} (R3.2), after a held
     * brede intake with a leerbaarheidstoets result (R2.1, R2.4).
     */
    static Vaststelling vaststelling(LocalDate dagtekening) {
        return vaststelling(dagtekening, "Dagtekening achteraf (test)", "Teamleider", Instant.EPOCH);
    }

    static Vaststelling vaststelling(LocalDate dagtekening, String reden, String functie, Instant op) {
        return new Vaststelling(
                dagtekening, reden, "teamleider.dalfsen", functie, op, null, Intakestand.GEHOUDEN, null, true);
    }

    /**
     * R3.2: a dagtekening before the day of vaststelling is refused without a reason; on that day itself it needs
     * none; with a reason the earlier day is accepted and the reason, the moment and the function are kept.
     */
    @Test
    void r3_2_aDagtekeningBeforeTheDayOfVaststellingNeedsARecordedReason() {
        InburgeraarFeiten persoon = persoon(Doelgroep.ASIELSTATUSHOUDER);
        Instant moment = Instant.parse("2026-12-01T10:15:00Z");
        weigert(
                () -> concept(persoon, inhoud(Leerroute.B1_ROUTE, Niveau.B1), Optional.empty(), 0)
                        .vaststellen(
                                vaststelling(VANDAAG.minusDays(1), "  ", "Teamleider", moment),
                                persoon,
                                Optional.empty(),
                                0,
                                VANDAAG),
                "redenEerdereDagtekening",
                "R3.2");

        Pip vandaag = concept(persoon, inhoud(Leerroute.B1_ROUTE, Niveau.B1), Optional.empty(), 0);
        vandaag.vaststellen(vaststelling(VANDAAG, "", "Teamleider", moment), persoon, Optional.empty(), 0, VANDAAG);
        assertThat(vandaag.redenEerdereDagtekening()).isNull();
        assertThat(vandaag.vastgesteldOp()).contains(moment);
        assertThat(vandaag.vastgesteldDoorFunctie()).isEqualTo("Teamleider");

        Pip eerder = concept(persoon, inhoud(Leerroute.B1_ROUTE, Niveau.B1), Optional.empty(), 0);
        eerder.vaststellen(
                vaststelling(VANDAAG.minusDays(1), " Brief gisteren getekend ", "Teamleider", moment),
                persoon,
                Optional.empty(),
                0,
                VANDAAG);
        assertThat(eerder.dagtekening()).contains(VANDAAG.minusDays(1));
        assertThat(eerder.redenEerdereDagtekening()).isEqualTo("Brief gisteren getekend");
    }

    static void weigert(Runnable actie, String veld, String regel) {
        assertThatThrownBy(actie::run)
                .isInstanceOfSatisfying(
                        OngeldigeInvoer.class,
                        fout -> assertThat(fout.fouten())
                                .extracting(Veldfout::veld, Veldfout::code)
                                .contains(org.assertj.core.groups.Tuple.tuple(veld, regel)));
    }

    @Test
    void r3_13_rejectsA2WithOnderwijsroute() {
        weigert(
                () -> concept(
                        persoon(Doelgroep.ASIELSTATUSHOUDER),
                        inhoud(Leerroute.ONDERWIJSROUTE, Niveau.A2),
                        Optional.empty(),
                        0),
                "niveau",
                "R3.13");
    }

    @Test
    void r3_13_rejectsB1WithZRoute() {
        weigert(
                () -> concept(
                        persoon(Doelgroep.ASIELSTATUSHOUDER),
                        inhoud(Leerroute.Z_ROUTE, Niveau.B1),
                        Optional.empty(),
                        0),
                "niveau",
                "R3.13");
    }

    @Test
    void r3_13_rejectsA2InTheB1RouteOnTheFirstPip() {
        weigert(
                () -> concept(
                        persoon(Doelgroep.ASIELSTATUSHOUDER),
                        inhoud(Leerroute.B1_ROUTE, Niveau.A2),
                        Optional.empty(),
                        0),
                "niveau",
                "R3.13");
    }

    @Test
    void r3_13_defaultsToB1ForTheB1RouteAndOnderwijsrouteAndToNothingForTheZRoute() {
        assertThat(inhoud(Leerroute.B1_ROUTE, null).niveau()).isEqualTo(Niveau.B1);
        assertThat(inhoud(Leerroute.ONDERWIJSROUTE, null).niveau()).isEqualTo(Niveau.B1);
        assertThat(inhoud(Leerroute.Z_ROUTE, null).niveau()).isNull();
    }

    @Test
    void r3_11_afschalenToA2NeedsAtLeast600Hours() {
        InburgeraarFeiten persoon = persoon(Doelgroep.ASIELSTATUSHOUDER);
        Pip eerste = vastgesteld(persoon, inhoud(Leerroute.B1_ROUTE, Niveau.B1), LocalDate.of(2026, 3, 1));
        PipInhoud afschalen = new PipInhoud(
                        Leerroute.B1_ROUTE,
                        Niveau.A2,
                        null,
                        null,
                        false,
                        null,
                        null,
                        null,
                        4,
                        "Afschalen: B1 niet haalbaar")
                .metAfschaling(true, true, Set.of(Examendeel.LE, Examendeel.LU, Examendeel.SC, Examendeel.SP));

        weigert(() -> concept(persoon, afschalen, Optional.of(eerste), 599.5), "niveau", "R3.11");
        assertThat(concept(persoon, afschalen, Optional.of(eerste), 600).niveau())
                .isEqualTo(Niveau.A2);
    }

    @Test
    void r3_3_r2_9_intensityOnlyForAnAsielstatushouderInTheB1Route() {
        PipInhoud metIntensiteit = new PipInhoud(Leerroute.B1_ROUTE, null, 600, null, false, null, null, null, 4, null);
        assertThat(concept(persoon(Doelgroep.ASIELSTATUSHOUDER), metIntensiteit, Optional.empty(), 0)
                        .geschatteIntensiteitB1Route())
                .isEqualTo(600);
        weigert(
                () -> concept(persoon(Doelgroep.GEZINSMIGRANT_OF_OVERIGE_MIGRANT), metIntensiteit, Optional.empty(), 0),
                "geschatteIntensiteitB1Route",
                "R2.9");
        weigert(
                () -> concept(
                        persoon(Doelgroep.ASIELSTATUSHOUDER),
                        new PipInhoud(Leerroute.Z_ROUTE, null, 600, null, false, null, null, null, 4, null),
                        Optional.empty(),
                        0),
                "geschatteIntensiteitB1Route",
                "R3.3");
    }

    @Test
    void r3_3_intensityLiesBetween1And9999Hours() {
        for (int uren : new int[] {0, 10_000}) {
            weigert(
                    () -> concept(
                            persoon(Doelgroep.ASIELSTATUSHOUDER),
                            new PipInhoud(Leerroute.B1_ROUTE, null, uren, null, false, null, null, null, 4, null),
                            Optional.empty(),
                            0),
                    "geschatteIntensiteitB1Route",
                    "R3.3");
        }
        for (int uren : new int[] {1, 9999}) {
            assertThat(concept(
                                    persoon(Doelgroep.ASIELSTATUSHOUDER),
                                    new PipInhoud(
                                            Leerroute.B1_ROUTE, null, uren, null, false, null, null, null, 4, null),
                                    Optional.empty(),
                                    0)
                            .geschatteIntensiteitB1Route())
                    .isEqualTo(uren);
        }
    }

    @Test
    void r6_1_noMapAgreementsInTheOnderwijsroute() {
        PipInhoud metMap = new PipInhoud(
                Leerroute.ONDERWIJSROUTE, null, null, null, false, null, null, "MAP bij Participatiewerk", 4, null);
        weigert(
                () -> concept(persoon(Doelgroep.ASIELSTATUSHOUDER), metMap, Optional.empty(), 0),
                "afsprakenMap",
                "R6.1");
        assertThat(concept(
                                persoon(Doelgroep.ASIELSTATUSHOUDER),
                                new PipInhoud(
                                        Leerroute.B1_ROUTE,
                                        null,
                                        null,
                                        null,
                                        false,
                                        null,
                                        null,
                                        "MAP bij Participatiewerk",
                                        4,
                                        null),
                                Optional.empty(),
                                0)
                        .afsprakenMap())
                .isNotNull();
    }

    @Test
    void aLaterPipNeedsAReason() {
        InburgeraarFeiten persoon = persoon(Doelgroep.ASIELSTATUSHOUDER);
        Pip eerste = vastgesteld(persoon, inhoud(Leerroute.B1_ROUTE, Niveau.B1), LocalDate.of(2026, 3, 1));

        weigert(() -> concept(persoon, inhoud(Leerroute.Z_ROUTE, null), Optional.of(eerste), 0), "reden", "verplicht");
    }

    @Test
    void r3_13_dagtekeningNotBeforeThePlichtTheSettlementOrThePreviousPip() {
        InburgeraarFeiten persoon = persoon(Doelgroep.ASIELSTATUSHOUDER);
        weigert(
                () -> concept(persoon, inhoud(Leerroute.B1_ROUTE, null), Optional.empty(), 0)
                        .vaststellen(vaststelling(PLICHT.minusDays(1)), persoon, Optional.empty(), 0, VANDAAG),
                "dagtekening",
                "R3.13");
        weigert(
                () -> concept(persoon, inhoud(Leerroute.B1_ROUTE, null), Optional.empty(), 0)
                        .vaststellen(vaststelling(VESTIGING.minusDays(1)), persoon, Optional.empty(), 0, VANDAAG),
                "dagtekening",
                "R3.13");

        Pip eerste = vastgesteld(persoon, inhoud(Leerroute.B1_ROUTE, null), LocalDate.of(2026, 3, 1));
        PipInhoud schakelen = new PipInhoud(
                Leerroute.Z_ROUTE, null, null, null, false, "Wekelijks contact", "PVT", "MAP", 4, "Schakelen");
        weigert(
                () -> concept(persoon, schakelen, Optional.of(eerste), 0)
                        .vaststellen(vaststelling(LocalDate.of(2026, 2, 28)), persoon, Optional.of(eerste), 0, VANDAAG),
                "dagtekening",
                "R3.13");

        assertThat(concept(persoon, schakelen, Optional.of(eerste), 0)
                        .vaststellen(vaststelling(LocalDate.of(2026, 3, 1)), persoon, Optional.of(eerste), 0, VANDAAG)
                        .eerste())
                .isFalse();
    }

    @Test
    void aPipIsVastgesteldOnlyOnce() {
        InburgeraarFeiten persoon = persoon(Doelgroep.ASIELSTATUSHOUDER);
        Pip pip = vastgesteld(persoon, inhoud(Leerroute.B1_ROUTE, null), LocalDate.of(2026, 3, 1));

        assertThat(pip.status()).isEqualTo(PipStatus.VASTGESTELD);
        assertThatThrownBy(() ->
                        pip.vaststellen(vaststelling(LocalDate.of(2026, 3, 2)), persoon, Optional.empty(), 0, VANDAAG))
                .isInstanceOf(Conflict.class);
    }

    /** R3.11: from the onderwijsroute at B1 straight to an A2 B1-route is afschalen too. */
    @Test
    void r3_11_switchingFromOnderwijsrouteToA2InTheB1RouteIsAfschalenToo() {
        InburgeraarFeiten persoon = persoon(Doelgroep.ASIELSTATUSHOUDER);
        Pip onderwijs = vastgesteld(persoon, inhoud(Leerroute.ONDERWIJSROUTE, Niveau.B1), LocalDate.of(2026, 3, 1));
        PipInhoud a2 =
                new PipInhoud(Leerroute.B1_ROUTE, Niveau.A2, null, null, false, null, null, null, 4, "Schakelen");

        weigert(() -> concept(persoon, a2, Optional.of(onderwijs), 0), "niveau", "R3.11");
    }

    /** R3.11: a Z-route PIP followed by a B1-route PIP at A2 is afschalen: 599.5 hours refused, 600 accepted. */
    @Test
    void r3_11_aZroutePipFollowedByAnA2B1RoutePipIsAfschalenAndNeedsThe600Hours() {
        InburgeraarFeiten persoon = persoon(Doelgroep.ASIELSTATUSHOUDER);
        Pip zroute = vastgesteld(persoon, inhoud(Leerroute.Z_ROUTE, null), LocalDate.of(2026, 3, 1));
        PipInhoud a2 = new PipInhoud(Leerroute.B1_ROUTE, Niveau.A2, null, null, false, null, null, null, 4, "Schakelen")
                .metAfschaling(true, true, Set.of(Examendeel.SP));

        weigert(() -> concept(persoon, a2, Optional.of(zroute), 599.5), "niveau", "R3.11");
        assertThat(concept(persoon, a2, Optional.of(zroute), 600).niveau()).isEqualTo(Niveau.A2);
    }

    /**
     * R3.11 with R3.12: after a move whose herkomst names no level, an A2 B1-route needs the 600 hours; after a
     * move from an A2 B1-route (afgeschaald in the previous gemeente) the A2 is kept without them.
     */
    @Test
    void r3_11_r3_12_aMoveWithoutALevelCannotLandAtA2WithoutThe600Hours() {
        InburgeraarFeiten persoon = persoon(Doelgroep.ASIELSTATUSHOUDER);
        Optional<Pip> zonderNiveau = Optional.of(Pip.vanVorigeGemeente(new Herkomst(
                persoon.id(), "0193", Leerroute.B1_ROUTE, null, LocalDate.of(2026, 2, 10), LocalDate.of(2026, 2, 20))));
        Optional<Pip> alA2 = Optional.of(Pip.vanVorigeGemeente(new Herkomst(
                persoon.id(),
                "0193",
                Leerroute.B1_ROUTE,
                Niveau.A2,
                LocalDate.of(2026, 2, 10),
                LocalDate.of(2026, 2, 20))));
        PipInhoud a2 = new PipInhoud(
                        Leerroute.B1_ROUTE, Niveau.A2, null, null, false, null, null, null, 4, "Verhuizing")
                .metAfschaling(true, true, Set.of(Examendeel.LE));

        weigert(() -> concept(persoon, a2, zonderNiveau, 599.5), "niveau", "R3.11");
        assertThat(concept(persoon, a2, zonderNiveau, 600).niveau()).isEqualTo(Niveau.A2);
        assertThat(concept(persoon, a2, alA2, 0).niveau()).isEqualTo(Niveau.A2);
    }

    /**
     * R3.11: afschalen records both statutory findings (B1 not feasible; sufficient effort) and the skills it
     * lowers, per skill; without either finding or without a skill it is refused, KNM is no skill, and the
     * findings are refused on a PIP that is not at A2 in the B1-route.
     */
    @Test
    void r3_11_afschalenRecordsBothStatutoryFindingsAndTheSkillsItLowers() {
        InburgeraarFeiten persoon = persoon(Doelgroep.ASIELSTATUSHOUDER);
        Optional<Pip> eerste =
                Optional.of(vastgesteld(persoon, inhoud(Leerroute.B1_ROUTE, Niveau.B1), LocalDate.of(2026, 3, 1)));
        PipInhoud a2 =
                new PipInhoud(Leerroute.B1_ROUTE, Niveau.A2, null, null, false, null, null, null, 4, "Afschalen");
        Set<Examendeel> spreken = Set.of(Examendeel.SP, Examendeel.SC);

        weigert(
                () -> concept(persoon, a2.metAfschaling(false, true, spreken), eerste, 600),
                "afschalingB1NietHaalbaar",
                "R3.11");
        weigert(
                () -> concept(persoon, a2.metAfschaling(true, false, spreken), eerste, 600),
                "afschalingVoldoendeInspanning",
                "R3.11");
        weigert(
                () -> concept(persoon, a2.metAfschaling(true, true, Set.of()), eerste, 600),
                "afschalingVaardigheden",
                "R3.11");
        weigert(
                () -> concept(persoon, a2.metAfschaling(true, true, Set.of(Examendeel.KNM)), eerste, 600),
                "afschalingVaardigheden",
                "R3.11");
        weigert(
                () -> concept(
                        persoon, inhoud(Leerroute.B1_ROUTE, Niveau.B1).metAfschaling(true, true, spreken), eerste, 600),
                "afschalingB1NietHaalbaar",
                "R3.11");

        Pip afgeschaald = concept(persoon, a2.metAfschaling(true, true, spreken), eerste, 600);
        assertThat(afgeschaald.afschalingB1NietHaalbaar()).isTrue();
        assertThat(afgeschaald.afschalingVoldoendeInspanning()).isTrue();
        assertThat(afgeschaald.afschalingVaardigheden()).containsExactly(Examendeel.SC, Examendeel.SP);
    }

    @Test
    void refusesANumberOfProgressTalksOutside0To99() {
        for (int aantal : new int[] {-1, 100}) {
            weigert(
                    () -> concept(
                            persoon(Doelgroep.ASIELSTATUSHOUDER),
                            new PipInhoud(Leerroute.B1_ROUTE, null, null, null, false, null, null, null, aantal, null),
                            Optional.empty(),
                            0),
                    "aantalVoortgangsgesprekken",
                    "aantal.ongeldig");
        }
    }

    @Test
    void aBeschikkingIsNotDatedInTheFuture() {
        InburgeraarFeiten persoon = persoon(Doelgroep.ASIELSTATUSHOUDER);
        weigert(
                () -> concept(persoon, inhoud(Leerroute.B1_ROUTE, null), Optional.empty(), 0)
                        .vaststellen(vaststelling(VANDAAG.plusDays(1)), persoon, Optional.empty(), 0, VANDAAG),
                "dagtekening",
                "datum.toekomst");
    }

    static PipInhoud breed(
            Leerroute route, Integer pvtUren, Integer mapUren, String aanbod, boolean bijstand, String ontzorgen) {
        return new PipInhoud(
                route,
                null,
                null,
                null,
                false,
                "Wekelijks contact",
                "Taalmaatje",
                "PVT in groep",
                pvtUren,
                route == Leerroute.ONDERWIJSROUTE ? null : "MAP bij Participatiewerk",
                mapUren,
                aanbod,
                bijstand,
                ontzorgen,
                "Peuteropvang voor de dochter",
                "Vrijwilligerswerk",
                4,
                null);
    }

    @Test
    void r3_1_keepsTheWholePlanVveParticipationSupportAndIntensities() {
        Pip pip = concept(
                persoon(Doelgroep.ASIELSTATUSHOUDER),
                breed(Leerroute.B1_ROUTE, 12, 40, "Taalschool Zwolle, 16 uur per week", true, "Vaste lasten 6 maanden"),
                Optional.empty(),
                0);
        assertThat(pip.intensiteitPvtUren()).isEqualTo(12);
        assertThat(pip.intensiteitMapUren()).isEqualTo(40);
        assertThat(pip.ondersteuning()).isEqualTo("Taalmaatje");
        assertThat(pip.afsprakenVve()).isEqualTo("Peuteropvang voor de dochter");
        assertThat(pip.afsprakenParticipatie()).isEqualTo("Vrijwilligerswerk");
        assertThat(pip.inhoud())
                .isEqualTo(breed(
                        Leerroute.B1_ROUTE,
                        12,
                        40,
                        "Taalschool Zwolle, 16 uur per week",
                        true,
                        "Vaste lasten 6 maanden"));
    }

    @Test
    void r3_1_pvtAndMapIntensityLieBetween0And9999Hours() {
        InburgeraarFeiten persoon = persoon(Doelgroep.GEZINSMIGRANT_OF_OVERIGE_MIGRANT);
        weigert(
                () -> concept(persoon, breed(Leerroute.B1_ROUTE, -1, null, null, false, null), Optional.empty(), 0),
                "intensiteitPvtUren",
                "R3.1");
        weigert(
                () -> concept(persoon, breed(Leerroute.B1_ROUTE, 10_000, null, null, false, null), Optional.empty(), 0),
                "intensiteitPvtUren",
                "R3.1");
        weigert(
                () -> concept(persoon, breed(Leerroute.B1_ROUTE, null, -1, null, false, null), Optional.empty(), 0),
                "intensiteitMapUren",
                "R3.1");
        weigert(
                () -> concept(persoon, breed(Leerroute.B1_ROUTE, null, 10_000, null, false, null), Optional.empty(), 0),
                "intensiteitMapUren",
                "R3.1");
        Pip grenzen = concept(persoon, breed(Leerroute.B1_ROUTE, 0, 9999, null, false, null), Optional.empty(), 0);
        assertThat(grenzen.intensiteitPvtUren()).isZero();
        assertThat(grenzen.intensiteitMapUren()).isEqualTo(9999);
    }

    @Test
    void r6_1_noMapIntensityInTheOnderwijsroute() {
        weigert(
                () -> concept(
                        persoon(Doelgroep.ASIELSTATUSHOUDER),
                        breed(Leerroute.ONDERWIJSROUTE, 12, 40, null, false, null),
                        Optional.empty(),
                        0),
                "intensiteitMapUren",
                "R6.1");
        assertThat(concept(
                                persoon(Doelgroep.ASIELSTATUSHOUDER),
                                breed(Leerroute.ONDERWIJSROUTE, 12, null, null, false, null),
                                Optional.empty(),
                                0)
                        .intensiteitMapUren())
                .isNull();
        assertThat(concept(
                                persoon(Doelgroep.ASIELSTATUSHOUDER),
                                breed(Leerroute.Z_ROUTE, 12, 40, null, false, null),
                                Optional.empty(),
                                0)
                        .intensiteitMapUren())
                .isEqualTo(40);
    }

    @Test
    void r2_9_r4_8_inburgeringsaanbodOnlyForAnAsielstatushouder() {
        weigert(
                () -> concept(
                        persoon(Doelgroep.GEZINSMIGRANT_OF_OVERIGE_MIGRANT),
                        breed(Leerroute.B1_ROUTE, 12, 40, "Taalschool", false, null),
                        Optional.empty(),
                        0),
                "inburgeringsaanbod",
                "R2.9");
        assertThat(concept(
                                persoon(Doelgroep.ASIELSTATUSHOUDER),
                                breed(Leerroute.B1_ROUTE, 12, 40, "Taalschool", false, null),
                                Optional.empty(),
                                0)
                        .inburgeringsaanbod())
                .isEqualTo("Taalschool");
    }

    @Test
    void r7_1_ontzorgenOnlyForAnAsielstatushouderWithBijstand() {
        weigert(
                () -> concept(
                        persoon(Doelgroep.GEZINSMIGRANT_OF_OVERIGE_MIGRANT),
                        breed(Leerroute.B1_ROUTE, 12, 40, null, true, "Vaste lasten"),
                        Optional.empty(),
                        0),
                "afsprakenOntzorgen",
                "R7.1");
        weigert(
                () -> concept(
                        persoon(Doelgroep.ASIELSTATUSHOUDER),
                        breed(Leerroute.B1_ROUTE, 12, 40, null, false, "Vaste lasten"),
                        Optional.empty(),
                        0),
                "afsprakenOntzorgen",
                "R7.1");
        assertThat(concept(
                                persoon(Doelgroep.ASIELSTATUSHOUDER),
                                breed(Leerroute.B1_ROUTE, 12, 40, null, true, "Vaste lasten"),
                                Optional.empty(),
                                0)
                        .afsprakenOntzorgen())
                .isEqualTo("Vaste lasten");
    }

    @Test
    void r7_1_anAsielstatushouderWithBijstandHasOntzorgenAgreementsAndAGezinsmigrantWithBijstandNone() {
        weigert(
                () -> concept(
                        persoon(Doelgroep.ASIELSTATUSHOUDER),
                        breed(Leerroute.B1_ROUTE, 12, 40, null, true, null),
                        Optional.empty(),
                        0),
                "afsprakenOntzorgen",
                "R7.1");
        assertThat(concept(
                                persoon(Doelgroep.GEZINSMIGRANT_OF_OVERIGE_MIGRANT),
                                breed(Leerroute.B1_ROUTE, 12, 40, null, true, null),
                                Optional.empty(),
                                0)
                        .ontvangtBijstand())
                .isTrue();
    }

    @Test
    void r3_13_anEditedConceptMeetsTheSameRulesAndKeepsItsContentWhenRefused() {
        InburgeraarFeiten persoon = persoon(Doelgroep.ASIELSTATUSHOUDER);
        Pip pip = concept(persoon, inhoud(Leerroute.B1_ROUTE, null), Optional.empty(), 0);

        weigert(
                () -> pip.wijzigen(0, inhoud(Leerroute.ONDERWIJSROUTE, Niveau.A2), persoon, Optional.empty(), 0),
                "niveau",
                "R3.13");
        assertThat(pip.leerroute()).isEqualTo(Leerroute.B1_ROUTE);
        pip.wijzigen(0, inhoud(Leerroute.Z_ROUTE, null), persoon, Optional.empty(), 0);
        assertThat(pip.leerroute()).isEqualTo(Leerroute.Z_ROUTE);
    }

    @Test
    void anEditFromAStaleVersionOrOfAVastgesteldPipIsAConflict() {
        InburgeraarFeiten persoon = persoon(Doelgroep.ASIELSTATUSHOUDER);
        Pip pip = concept(persoon, inhoud(Leerroute.B1_ROUTE, null), Optional.empty(), 0);
        assertThatThrownBy(() -> pip.wijzigen(3, inhoud(Leerroute.Z_ROUTE, null), persoon, Optional.empty(), 0))
                .isInstanceOfSatisfying(
                        Conflict.class, c -> assertThat(c.code()).isEqualTo("versie.verouderd"));

        Pip vast = vastgesteld(persoon, inhoud(Leerroute.B1_ROUTE, null), LocalDate.of(2026, 3, 1));
        assertThatThrownBy(() ->
                        vast.wijzigen(vast.versie(), inhoud(Leerroute.Z_ROUTE, null), persoon, Optional.empty(), 0))
                .isInstanceOfSatisfying(
                        Conflict.class, c -> assertThat(c.code()).isEqualTo("pip.al.vastgesteld"));
    }

    static Pip vorigeGemeente(InburgeraarFeiten persoon, Leerroute route) {
        return Pip.vanVorigeGemeente(new Herkomst(
                persoon.id(), "0193", route, Niveau.B1, LocalDate.of(2026, 2, 10), LocalDate.of(2026, 2, 20)));
    }

    /** R3.12: after a move the first PIP here keeps the previous gemeente's leerroute. */
    @Test
    void r3_12_theFirstPipAfterAMoveKeepsThePreviousLeerroute() {
        InburgeraarFeiten persoon = persoon(Doelgroep.ASIELSTATUSHOUDER);
        Optional<Pip> elders = Optional.of(vorigeGemeente(persoon, Leerroute.B1_ROUTE));
        PipInhoud andereRoute =
                new PipInhoud(Leerroute.Z_ROUTE, null, null, null, false, null, null, null, 4, "Verhuizing");
        PipInhoud zelfdeRoute =
                new PipInhoud(Leerroute.B1_ROUTE, null, null, null, false, null, null, null, 4, "Verhuizing");

        weigert(() -> concept(persoon, andereRoute, elders, 0), "leerroute", "R3.12");
        assertThat(concept(persoon, zelfdeRoute, elders, 0).leerroute()).isEqualTo(Leerroute.B1_ROUTE);
    }

    /** R3.12 with R3.13: the PIP after a move is not the person's first, so it needs a reason and a later date. */
    @Test
    void r3_12_thePipAfterAMoveIsNotAFirstPip() {
        InburgeraarFeiten persoon = persoon(Doelgroep.ASIELSTATUSHOUDER);
        Optional<Pip> elders = Optional.of(vorigeGemeente(persoon, Leerroute.B1_ROUTE));

        weigert(() -> concept(persoon, inhoud(Leerroute.B1_ROUTE, null), elders, 0), "reden", "verplicht");
        PipInhoud metReden = new PipInhoud(
                Leerroute.B1_ROUTE, null, null, null, false, "Wekelijks contact", "PVT", "MAP", 4, "Verhuizing");
        weigert(
                () -> concept(persoon, metReden, elders, 0)
                        .vaststellen(vaststelling(LocalDate.of(2026, 2, 19)), persoon, elders, 0, VANDAAG),
                "dagtekening",
                "R3.13");
        assertThat(concept(persoon, metReden, elders, 0)
                        .vaststellen(vaststelling(LocalDate.of(2026, 2, 20)), persoon, elders, 0, VANDAAG)
                        .eerste())
                .isFalse();
    }
}
