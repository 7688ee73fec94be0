package nl.openinburgering.aanbieder;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.openinburgering.shared.Gemeentecode;
import nl.openinburgering.shared.OngeldigeInvoer;
import nl.openinburgering.shared.Veldfout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The checks of one batch of hour lines (R4.7), without Spring or a database. */
class UrenbatchTests {

    static final LocalDate VANDAAG = LocalDate.of(2026, 4, 20);
    static final UUID DEELNAME = UUID.randomUUID();
    static final Map<UUID, Deelname> EIGEN = Map.of(
            DEELNAME,
            new Deelname(
                    DEELNAME,
                    new Gemeentecode("0148"),
                    UUID.randomUUID(),
                    UUID.randomUUID(),
                    "Taalschool",
                    Deelnamesoort.LEERROUTE,
                    LocalDate.of(2026, 3, 1),
                    LocalDate.of(2026, 4, 15),
                    0));

    static RuweUrenregel regel(String datum, String soort, String uren, String aanwezig, String reden) {
        return new RuweUrenregel(DEELNAME.toString(), datum, soort, uren, aanwezig, reden);
    }

    static List<Veldfout> fouten(RuweUrenregel... regels) {
        return Urenbatch.controleer(List.of(regels), EIGEN, VANDAAG).fouten();
    }

    @Test
    void r4_7_acceptsGoodLinesOfEveryKind() {
        Urenbatch batch = Urenbatch.controleer(
                List.of(
                        regel("2026-03-02", "TAALLES_KNM", "3.25", "true", null),
                        regel("2026-03-03", "TAALLES_KNM_BREDE_INTAKE", "24", "TRUE", ""),
                        regel("2026-03-04", "TAALLES_KNM", "0.5", "false", "AFGEMELD")),
                EIGEN,
                VANDAAG);
        assertThat(batch.isGoed()).isTrue();
        assertThat(batch.regels()).hasSize(3);
        assertThat(batch.regels().get(2).verzuimreden()).isEqualTo(Verzuimreden.AFGEMELD);
    }

    /** R3.11, R4.5: on a language enrolment only language and KNM lessons; every other kind is a bad line. */
    @Test
    void r3_11_r4_5_refusesAKindOfHoursThatDoesNotFitTheKindOfDeelname() {
        assertThat(fouten(
                        regel("2026-03-02", "TAALLES_KNM", "3", "true", null),
                        regel("2026-03-02", "TAALLES_KNM_BREDE_INTAKE", "3", "true", null),
                        regel("2026-03-02", "PARTICIPATIE", "3", "true", null),
                        regel("2026-03-02", "MAP_PRAKTIJK", "3", "true", null),
                        regel("2026-03-02", "PVT", "3", "true", null)))
                .extracting(Veldfout::veld, Veldfout::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("regels[2].soort", "urensoort.deelnamesoort"),
                        org.assertj.core.groups.Tuple.tuple("regels[3].soort", "urensoort.deelnamesoort"),
                        org.assertj.core.groups.Tuple.tuple("regels[4].soort", "urensoort.deelnamesoort"));
    }

    /** R3.11, R4.5: the table of kinds: each kind of hours fits exactly one kind of provider. */
    @Test
    void r3_11_r4_5_eachKindOfHoursFitsItsOwnKindOfDeelname() {
        assertThat(Deelnamesoort.LEERROUTE.staatToe(Urensoort.TAALLES_KNM)).isTrue();
        assertThat(Deelnamesoort.LEERROUTE_ZELFBETAALD.staatToe(Urensoort.TAALLES_KNM))
                .isTrue();
        assertThat(Deelnamesoort.PARTICIPATIE.staatToe(Urensoort.TAALLES_KNM)).isFalse();
        assertThat(Deelnamesoort.MAP.staatToe(Urensoort.TAALLES_KNM)).isFalse();
        assertThat(Deelnamesoort.PVT.staatToe(Urensoort.TAALLES_KNM)).isFalse();
        assertThat(Deelnamesoort.PARTICIPATIE.staatToe(Urensoort.PARTICIPATIE_BREDE_INTAKE))
                .isTrue();
        assertThat(Deelnamesoort.MAP.staatToe(Urensoort.MAP_PRAKTIJK)).isTrue();
        assertThat(Deelnamesoort.MAP.staatToe(Urensoort.PVT)).isFalse();
        assertThat(Deelnamesoort.PVT.staatToe(Urensoort.PVT)).isTrue();
        for (Urensoort soort : Urensoort.values()) {
            assertThat(java.util.Arrays.stream(Deelnamesoort.values())
                            .filter(d -> d.staatToe(soort))
                            .map(Deelnamesoort::aanbiedersoort)
                            .distinct())
                    .as(soort.name())
                    .hasSize(1);
        }
    }

    @Test
    void r4_7_refusesHoursOutsideZeroToTwentyFourOrWithMoreThanTwoDecimals() {
        assertThat(fouten(
                        regel("2026-03-02", "TAALLES_KNM", "0", "true", null),
                        regel("2026-03-02", "TAALLES_KNM", "24.01", "true", null),
                        regel("2026-03-02", "TAALLES_KNM", "1.005", "true", null),
                        regel("2026-03-02", "TAALLES_KNM", "drie", "true", null)))
                .extracting(Veldfout::veld)
                .containsExactly("regels[0].uren", "regels[1].uren", "regels[2].uren", "regels[3].uren");
    }

    @Test
    void r4_7_acceptsTheDutchDecimalCommaButNotACommaAndAPointTogether() {
        Urenbatch batch =
                Urenbatch.controleer(List.of(regel("2026-03-02", "TAALLES_KNM", "2,5", "true", null)), EIGEN, VANDAAG);
        assertThat(batch.isGoed()).isTrue();
        assertThat(batch.regels().getFirst().uren()).isEqualByComparingTo("2.5");
        assertThat(fouten(
                        regel("2026-03-02", "TAALLES_KNM", "1.000,5", "true", null),
                        regel("2026-03-02", "TAALLES_KNM", "0,005", "true", null)))
                .extracting(Veldfout::veld)
                .containsExactly("regels[0].uren", "regels[1].uren");
    }

    @Test
    void refusesDatesInTheFutureOrOutsideTheDeelname() {
        assertThat(fouten(
                        regel("2026-04-21", "TAALLES_KNM", "3", "true", null),
                        regel("2026-02-28", "TAALLES_KNM", "3", "true", null),
                        regel("2026-04-15", "TAALLES_KNM", "3", "true", null),
                        regel("15-03-2026", "TAALLES_KNM", "3", "true", null)))
                .extracting(Veldfout::code)
                .containsExactly("datum.toekomst", "datum.buitenDeelname", "datum.buitenDeelname", "datum.ongeldig");
    }

    @Test
    void anAbsenceNeedsAReasonAndAnAttendedLineMayNotHaveOne() {
        assertThat(fouten(
                        regel("2026-03-02", "TAALLES_KNM", "3", "false", null),
                        regel("2026-03-02", "TAALLES_KNM", "3", "false", "VAKANTIE"),
                        regel("2026-03-02", "TAALLES_KNM", "3", "true", "ZIEK"),
                        regel("2026-03-02", "TAALLES_KNM", "3", "ja", null)))
                .extracting(Veldfout::code)
                .containsExactly(
                        "verzuimreden.verplicht",
                        "verzuimreden.verplicht",
                        "verzuimreden.nietToegestaan",
                        "aanwezig.ongeldig");
    }

    @Test
    void anUnknownDeelnameOrOneOfAnotherProviderIsABadLine() {
        List<Veldfout> fouten = Urenbatch.controleer(
                        List.of(
                                new RuweUrenregel(
                                        UUID.randomUUID().toString(), "2026-03-02", "TAALLES_KNM", "3", "true", null),
                                new RuweUrenregel("geen-uuid", "2026-03-02", "TAALLES_KNM", "3", "true", null)),
                        EIGEN,
                        VANDAAG)
                .fouten();
        assertThat(fouten).extracting(Veldfout::veld).containsExactly("regels[0].deelnameId", "regels[1].deelnameId");
        assertThat(fouten).extracting(Veldfout::code).containsOnly("deelname.onbekend");
    }

    @Test
    void theHashTellsARetryFromAnotherBody() {
        RuweUrenregel een = regel("2026-03-02", "TAALLES_KNM", "3", "true", null);
        assertThat(Urenbatch.hash(List.of(een)))
                .isEqualTo(Urenbatch.hash(List.of(regel(" 2026-03-02", "TAALLES_KNM ", "3", "true", null))));
        assertThat(Urenbatch.hash(List.of(een)))
                .isNotEqualTo(Urenbatch.hash(List.of(regel("2026-03-02", "TAALLES_KNM", "4", "true", null))));
    }

    /** R4.8: the keurmerk counts up to and including its last day. */
    @Test
    void r4_8_aKeurmerkIsValidUpToAndIncludingItsLastDay() {
        Aanbieder aanbieder = new Aanbieder(
                UUID.randomUUID(),
                "Taalschool",
                "12345678",
                java.util.Set.of(Aanbiedersoort.TAAL),
                java.util.Optional.of(new Keurmerk(Keurmerk.Soort.BLIK_OP_WERK, LocalDate.of(2026, 12, 31))),
                true,
                java.util.Set.of("0148"));
        assertThat(aanbieder.keurmerkGeldigOp(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(aanbieder.keurmerkGeldigOp(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(aanbieder.gecontracteerdDoor("0148")).isTrue();
        assertThat(aanbieder.gecontracteerdDoor("0180")).isFalse();
    }

    @Test
    void r4_7_refusesAnEmptyBatchAndABatchWithABadLineAsAWhole() {
        assertThatThrownBy(() -> Urenbatch.controleer(List.of(), EIGEN, VANDAAG).vereistGoed())
                .isInstanceOfSatisfying(
                        OngeldigeInvoer.class,
                        f -> assertThat(f.fouten()).extracting(Veldfout::code).containsExactly("verplicht"));
        Urenbatch half = Urenbatch.controleer(
                List.of(
                        regel("2026-03-02", "TAALLES_KNM", "3", "true", null),
                        regel("2026-03-02", "TAALLES_KNM", "25", "true", null)),
                EIGEN,
                VANDAAG);
        assertThatThrownBy(half::vereistGoed)
                .isInstanceOfSatisfying(
                        OngeldigeInvoer.class,
                        f -> assertThat(f.fouten()).extracting(Veldfout::veld).containsExactly("regels[1].uren"));
    }

    @Test
    void r4_7_listsAtMostAThousandBadLinesAndSaysThereAreMore() {
        List<RuweUrenregel> slecht = java.util.stream.IntStream.range(0, Urenbatch.MAXIMUM_FOUTEN + 1)
                .mapToObj(i -> regel("2026-03-02", "TAALLES_KNM", "25", "true", null))
                .toList();
        assertThatThrownBy(() -> Urenbatch.controleer(slecht, EIGEN, VANDAAG).vereistGoed())
                .isInstanceOfSatisfying(OngeldigeInvoer.class, f -> {
                    assertThat(f.fouten()).hasSize(Urenbatch.MAXIMUM_FOUTEN + 1);
                    assertThat(f.fouten().getLast().code()).isEqualTo("regels.teVeelFouten");
                });
    }

    @Test
    void aStoredBatchIsReportedAsUrenGemeldPerGemeenteWithThePeopleConcerned() {
        Urenbatch batch = Urenbatch.controleer(
                List.of(
                        regel("2026-03-02", "TAALLES_KNM", "3", "true", null),
                        regel("2026-03-03", "TAALLES_KNM", "2", "true", null)),
                EIGEN,
                VANDAAG);
        batch.vereistGoed();
        UUID upload = UUID.randomUUID();
        UUID aanbieder = UUID.randomUUID();
        Deelname deelname = EIGEN.get(DEELNAME);

        assertThat(batch.gemeld(upload, aanbieder, EIGEN))
                .containsExactly(new UrenGemeld(
                        upload, aanbieder, deelname.gemeentecode(), java.util.Set.of(deelname.inburgeraarId())));
    }
}
