package nl.openinburgering.rapportage;

import java.math.BigDecimal;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import nl.openinburgering.platform.Tenant;
import nl.openinburgering.rapportage.Halfjaarcijfers.Handhavingscijfers;
import nl.openinburgering.shared.Gemeentecode;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * D10: every figure of the half-year report on a small hand-built dataset ({@link Halfjaardataset}, a gemeente of
 * its own). The expected numbers are counted by hand below, person by person, for the first half of 2025 and
 * the half year before it.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HalfjaarrapportageIntegrationTests {

    static final Halfjaar H1_2025 = new Halfjaar(2025, 1);

    @Autowired
    EmbeddedPostgres postgres;

    @Autowired
    HalfjaarRapportage rapportage;

    String gemeente;

    /*
     * Persons (ASH = asielstatushouder, GZM = gezinsmigrant); half year H1 = [2025-01-01, 2025-07-01), H0 = H2 2024.
     * A1 ASH plicht 01-10, vestiging 02-01, termijn 02-01; PIP B1/B1 03-15 (02-01 + 70 = 04-12: within);
     *    outflow WERK 05-01 and WERK 06-01 (one person, one kind: 1); PVT signed 04-01.
     * A2 ASH plicht 03-01, vestiging 03-05, termijn 03-05; PIP Z 06-30 (03-05 + 70 = 05-14: late);
     *    outflow STUDIE 07-01 (the first day after H1: not counted).
     * A3 ASH plicht 2024-08-01, vestiging 2024-09-01, termijn 2024-09-01; PIP onderwijsroute/B1 2024-10-01
     *    (H0, within), PIP B1-route/A2 02-01 (afschalen); outflow EIGEN_ONDERNEMING 01-15; MAP eindgesprek 05-05;
     *    exams LE passed 02-10, SP failed 02-10, LU passed 2024-12-01 (H0).
     * A4 ASH plicht 2024-12-01, no vestiging (housed 2024-12-01, H0), no termijn start; PIP B1/B1 01-20 (first,
     *    not within: no start), PIP Z 04-01 (schakelen); Z-route completed 06-15.
     * A5 ASH plicht 01-05, vestiging 02-10, moved in with a PIP (pip_herkomst): neither housed nor new.
     * A6 ASH plicht 06-30, vestiging 07-01: new in H1, housed in H2.
     * G1 GZM plicht 04-01, vestiging 04-01, termijn 04-01; PIP B1/B1 06-10 (04-01 + 70 = 06-10: within, the last
     *    day); outflow WERK 05-01 (not a statushouder: not counted).
     * G2 GZM plicht 2024-07-01 (new in H0).
     * Handhaving: a warning 02-01 (A1), a voornemen 04-01 and a fine of 340 on 05-01 (A2), a warning 2024-11-01 (A3).
     * Taakstelling H1 2025: 4; none for H0.
     */
    @BeforeAll
    void zaai() throws Exception {
        try (Halfjaardataset d = new Halfjaardataset(postgres)) {
            gemeente = d.gemeente;
            UUID a1 = d.persoon("ASIELSTATUSHOUDER", of(2025, 1, 10), of(2025, 2, 1), of(2025, 2, 1));
            d.pip(a1, "VASTGESTELD", "B1_ROUTE", "B1", of(2025, 3, 15));
            d.uitstroom(a1, "WERK", of(2025, 5, 1));
            d.uitstroom(a1, "WERK", of(2025, 6, 1));
            d.pvt(a1, of(2025, 4, 1));
            UUID a2 = d.persoon("ASIELSTATUSHOUDER", of(2025, 3, 1), of(2025, 3, 5), of(2025, 3, 5));
            d.pip(a2, "VASTGESTELD", "Z_ROUTE", null, of(2025, 6, 30));
            d.uitstroom(a2, "STUDIE", of(2025, 7, 1));
            UUID a3 = d.persoon("ASIELSTATUSHOUDER", of(2024, 8, 1), of(2024, 9, 1), of(2024, 9, 1));
            d.pip(a3, "VERVANGEN", "ONDERWIJSROUTE", "B1", of(2024, 10, 1));
            d.pip(a3, "VASTGESTELD", "B1_ROUTE", "A2", of(2025, 2, 1));
            d.uitstroom(a3, "EIGEN_ONDERNEMING", of(2025, 1, 15));
            d.map(a3, of(2025, 5, 5));
            d.examen(a3, "LE", "GESLAAGD", of(2025, 2, 10));
            d.examen(a3, "SP", "GEZAKT", of(2025, 2, 10));
            d.examen(a3, "LU", "GESLAAGD", of(2024, 12, 1));
            UUID a4 = d.persoon("ASIELSTATUSHOUDER", of(2024, 12, 1), null, null);
            d.pip(a4, "VERVANGEN", "B1_ROUTE", "B1", of(2025, 1, 20));
            d.pip(a4, "VASTGESTELD", "Z_ROUTE", null, of(2025, 4, 1));
            d.zroute(a4, of(2025, 6, 15));
            UUID a5 = d.persoon("ASIELSTATUSHOUDER", of(2025, 1, 5), of(2025, 2, 10), of(2025, 2, 10));
            d.herkomst(a5);
            d.persoon("ASIELSTATUSHOUDER", of(2025, 6, 30), of(2025, 7, 1), null);
            UUID g1 = d.persoon("GEZINSMIGRANT_OF_OVERIGE_MIGRANT", of(2025, 4, 1), of(2025, 4, 1), of(2025, 4, 1));
            d.pip(g1, "VASTGESTELD", "B1_ROUTE", "B1", of(2025, 6, 10));
            d.uitstroom(g1, "WERK", of(2025, 5, 1));
            d.persoon("GEZINSMIGRANT_OF_OVERIGE_MIGRANT", of(2024, 7, 1), null, null);
            d.handhaving(a1, of(2025, 2, 1), null, null, null);
            d.handhaving(a2, null, of(2025, 4, 1), of(2025, 5, 1), new BigDecimal("340.00"));
            d.handhaving(a3, of(2024, 11, 1), null, null, null);
            d.taakstelling(2025, 1, 4);
        }
    }

    Halfjaarcijfers cijfers(Halfjaar periode) {
        return Tenant.alsGemeente(new Gemeentecode(gemeente), () -> rapportage.cijfers(periode));
    }

    @Test
    void d10_countsHousedStatushoudersAgainstTheTaakstellingWithoutMovedInPersons() {
        Halfjaarcijfers h = cijfers(H1_2025);
        assertThat(h.taakstelling()).isEqualTo(4);
        assertThat(h.gehuisvest()).isEqualTo(2); // A1, A2 (A5 moved in, A6 on 07-01)
        assertThat(h.realisatiePercentage()).isEqualByComparingTo("50.0");
        Halfjaarcijfers vorig = cijfers(H1_2025.vorige());
        assertThat(vorig.taakstelling()).isNull();
        assertThat(vorig.gehuisvest()).isEqualTo(2); // A3, A4 (start of the plicht without vestiging)
        assertThat(vorig.realisatiePercentage()).isNull();
    }

    @Test
    void d10_countsOutflowOfStatushoudersOncePerKindWithinTheHalfYear() {
        Halfjaarcijfers h = cijfers(H1_2025);
        assertThat(h.uitstroomWerk()).isEqualTo(1); // A1 twice; G1 is no statushouder
        assertThat(h.uitstroomEigenOnderneming()).isEqualTo(1); // A3
        assertThat(h.uitstroomStudie()).isZero(); // A2 on 07-01
        assertThat(h.uitstroomTotaal()).isEqualTo(2);
    }

    @Test
    void d10_countsNewInburgeringsplichtigenPerDoelgroepWithoutMovedInPersons() {
        Halfjaarcijfers h = cijfers(H1_2025);
        assertThat(h.nieuwAsielstatushouders()).isEqualTo(3); // A1, A2, A6
        assertThat(h.nieuwGezinsmigranten()).isEqualTo(1); // G1
        Halfjaarcijfers vorig = cijfers(H1_2025.vorige());
        assertThat(vorig.nieuwAsielstatushouders()).isEqualTo(2); // A3, A4
        assertThat(vorig.nieuwGezinsmigranten()).isEqualTo(1); // G2
    }

    @Test
    void r2_8_countsFirstPipsAndTheShareFixedWithinTenWeeksTheLastDayIncluded() {
        Halfjaarcijfers h = cijfers(H1_2025);
        assertThat(h.pipsVastgesteld()).isEqualTo(4); // A1, A2, A4 (first version), G1
        assertThat(h.pipsBinnenTienWeken()).isEqualTo(2); // A1, G1 (day 70)
        assertThat(h.aandeelBinnenTienWeken()).isEqualByComparingTo("50.0");
        Halfjaarcijfers vorig = cijfers(H1_2025.vorige());
        assertThat(vorig.pipsVastgesteld()).isEqualTo(1); // A3
        assertThat(vorig.pipsBinnenTienWeken()).isEqualTo(1);
    }

    @Test
    void d5_countsTheRoutesOfTheFirstPipsAndTheirShares() {
        Halfjaarcijfers h = cijfers(H1_2025);
        assertThat(h.routeB1()).isEqualTo(3); // A1, A4, G1
        assertThat(h.routeOnderwijs()).isZero();
        assertThat(h.routeZ()).isEqualTo(1); // A2
        assertThat(h.routeaandeel(h.routeB1())).isEqualByComparingTo("75.0");
        assertThat(h.routeaandeel(h.routeZ())).isEqualByComparingTo("25.0");
        assertThat(cijfers(H1_2025.vorige()).routeOnderwijs()).isEqualTo(1); // A3
    }

    @Test
    void r3_11_countsAfschalenApartFromSchakelen() {
        Halfjaarcijfers h = cijfers(H1_2025);
        assertThat(h.afschalingen()).isEqualTo(1); // A3: onderwijsroute B1 -> B1-route A2
        assertThat(h.schakelingen()).isEqualTo(1); // A4: B1-route -> Z-route
        assertThat(cijfers(H1_2025.vorige()).afschalingen()).isZero();
    }

    @Test
    void d10_countsCompletedPvtMapZrouteAndExamsByTheirDate() {
        Halfjaarcijfers h = cijfers(H1_2025);
        assertThat(h.pvtAfgerond()).isEqualTo(1);
        assertThat(h.mapAfgerond()).isEqualTo(1);
        assertThat(h.zrouteAfgerond()).isEqualTo(1);
        assertThat(h.examensGeslaagd()).isEqualTo(1); // A3 LE
        assertThat(h.examenpogingen()).isEqualTo(2); // A3 LE and SP
        Halfjaarcijfers vorig = cijfers(H1_2025.vorige());
        assertThat(vorig.examensGeslaagd()).isEqualTo(1); // A3 LU
        assertThat(vorig.pvtAfgerond()).isZero();
    }

    @Test
    void d10_addsUpTheTwoQuartersOfHandhaving() {
        assertThat(cijfers(H1_2025).handhaving()).isEqualTo(new Handhavingscijfers(1, 1, 1, new BigDecimal("340.00")));
        assertThat(cijfers(H1_2025.vorige()).handhaving().waarschuwingen()).isEqualTo(1);
    }

    @Test
    void d10_theReportPutsThePreviousHalfYearBesideTheChosenOne() {
        Halfjaarrapport rapport = Tenant.alsGemeente(new Gemeentecode(gemeente), () -> rapportage.rapport(H1_2025));
        assertThat(rapport.vorig().periode()).isEqualTo(new Halfjaar(2024, 2));
        Rapporttabel huisvesting = rapport.tabellen().getFirst();
        assertThat(huisvesting.kolommen()).containsExactly("1e helft 2025", "2e helft 2024");
        assertThat(huisvesting.rijen().get(1).tekst(0)).isEqualTo("2");
        assertThat(huisvesting.rijen().get(2).tekst(0)).isEqualTo("50,0 %");
        assertThat(huisvesting.rijen().get(2).tekst(1)).isEqualTo("—");
    }
}
