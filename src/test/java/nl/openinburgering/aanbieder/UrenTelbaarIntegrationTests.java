package nl.openinburgering.aanbieder;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import nl.openinburgering.AlsGebruiker;

import static nl.openinburgering.aanbieder.AanbiederTestdata.AANBIEDER_TAAL;
import static nl.openinburgering.aanbieder.AanbiederTestdata.CONSULENT;
import static nl.openinburgering.aanbieder.AanbiederTestdata.PARTICIPATIEWERK;
import static nl.openinburgering.aanbieder.AanbiederTestdata.TAALSCHOOL;
import static nl.openinburgering.aanbieder.AanbiederTestdata.regel;
import static nl.openinburgering.aanbieder.AanbiederTestdata.regels;
import static nl.openinburgering.aanbieder.AanbiederTestdata.sleutel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Which reported hours count toward the 600 hours of afschalen (R3.11) and the 800 course hours of the Z-route
 * (R4.5): language and KNM lessons on a language enrolment, at a provider whose keurmerk is valid on the line's
 * date; and, for a result, only the hours up to and including its day.
 */
@SpringBootTest
@AutoConfigureMockMvc
class UrenTelbaarIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EmbeddedPostgres postgres;

    @Autowired
    UrenOverzicht overzicht;

    AanbiederTestdata data;

    @BeforeEach
    void testdata() {
        data = new AanbiederTestdata(mvc);
    }

    /** R3.11, R4.5: a line whose kind does not fit the deelname refuses the whole batch, naming the line. */
    @Test
    void r3_11_r4_5_aLineOfAnotherKindThanTheDeelnameRefusesTheBatchAndAFittingOneIsStored() throws Exception {
        String persoon = data.persoon();
        String taal = data.deelname(persoon, TAALSCHOOL, "LEERROUTE");
        data.meld(
                        AANBIEDER_TAAL,
                        sleutel(),
                        regels(
                                regel(taal, "2026-04-07", "TAALLES_KNM", "3", true, null),
                                regel(taal, "2026-04-08", "PARTICIPATIE", "4", true, null),
                                regel(taal, "2026-04-09", "MAP_PRAKTIJK", "4", true, null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams.length()").value(2))
                .andExpect(jsonPath("$.invalidParams[0].name").value("regels[1].soort"))
                .andExpect(jsonPath("$.invalidParams[0].code").value("urensoort.deelnamesoort"))
                .andExpect(jsonPath("$.invalidParams[0].reason")
                        .value(org.hamcrest.Matchers.containsString("taalles en KNM alleen bij een leerroute")))
                .andExpect(jsonPath("$.invalidParams[1].name").value("regels[2].soort"));
        mvc.perform(get("/api/v1/inburgeraars/" + persoon + "/uren").with(CONSULENT))
                .andExpect(jsonPath("$.taallesKnm").value(0))
                .andExpect(jsonPath("$.participatie").value(0));

        data.meld(
                        AANBIEDER_TAAL,
                        sleutel(),
                        regels(
                                regel(taal, "2026-04-07", "TAALLES_KNM", "3", true, null),
                                regel(taal, "2026-04-08", "TAALLES_KNM_BREDE_INTAKE", "2", true, null)))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/inburgeraars/" + persoon + "/uren").with(CONSULENT))
                .andExpect(jsonPath("$.taallesKnm").value(3.0))
                .andExpect(jsonPath("$.taallesKnmBredeIntake").value(2.0));
    }

    /**
     * R3.11, R4.5 with R4.8: lessons on the last day of the provider's keurmerk count; lessons on the day after
     * (the keurmerk expired the day before) are kept but do not count, in the running totals and in a dated read.
     */
    @Test
    void r3_11_r4_5_lessonsCountOnlyWhileTheProvidersKeurmerkIsValidOnTheirDate() throws Exception {
        UUID aanbieder = UUID.randomUUID();
        LocalDate laatsteDag = LocalDate.of(2025, 6, 30);
        eigenaar("""
                insert into aanbieder (id, naam, kvk_nummer, keurmerk_soort, keurmerk_geldig_tot)
                values ('%s', 'Taalschool met verlopen keurmerk', '87654321', 'BLIK_OP_WERK', '%s');
                insert into aanbieder_soort (aanbieder_id, soort) values ('%1$s', 'TAAL');
                insert into aanbieder_contract (aanbieder_id, gemeentecode) values ('%1$s', '0148');
                """.formatted(aanbieder, laatsteDag));
        String persoon = data.persoon();
        String deelname = data.deelname(persoon, aanbieder.toString(), "LEERROUTE");
        regelsVanEigenaar(aanbieder, deelname, persoon, laatsteDag, laatsteDag.plusDays(1));

        mvc.perform(get("/api/v1/inburgeraars/" + persoon + "/uren").with(CONSULENT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.taallesKnm").value(8.0));
        Urentotalen gedateerd = AlsGebruiker.consulentVanDalfsen(
                () -> overzicht.totalen(UUID.fromString(persoon), laatsteDag.plusDays(10)));
        assertThat(gedateerd.taallesKnm()).isEqualByComparingTo("8");
    }

    /**
     * R4.5, R6.3, R5.2 (hours after a result do not count toward it): a dated read counts the lines of that
     * day and before; a line of the day after does not count.
     */
    @Test
    void r4_5_r6_3_aDatedReadCountsTheDayItselfButNotTheDayAfter() throws Exception {
        String persoon = data.persoon();
        String taal = data.deelname(persoon, TAALSCHOOL, "LEERROUTE");
        String participatie = data.deelname(persoon, PARTICIPATIEWERK, "PARTICIPATIE");
        data.meld(
                        AANBIEDER_TAAL,
                        sleutel(),
                        regels(
                                regel(taal, "2026-04-07", "TAALLES_KNM", "3", true, null),
                                regel(taal, "2026-04-08", "TAALLES_KNM", "5", true, null)))
                .andExpect(status().isCreated());
        data.meld(
                        AanbiederTestdata.AANBIEDER_PARTICIPATIE,
                        sleutel(),
                        regels(regel(participatie, "2026-04-08", "PARTICIPATIE", "2", true, null)))
                .andExpect(status().isCreated());
        UUID id = UUID.fromString(persoon);

        Urentotalen opDeDag = AlsGebruiker.consulentVanDalfsen(() -> overzicht.totalen(id, LocalDate.of(2026, 4, 8)));
        Urentotalen daarvoor = AlsGebruiker.consulentVanDalfsen(() -> overzicht.totalen(id, LocalDate.of(2026, 4, 7)));

        assertThat(opDeDag.taallesKnm()).isEqualByComparingTo("8");
        assertThat(opDeDag.participatie()).isEqualByComparingTo("2");
        assertThat(daarvoor.taallesKnm()).isEqualByComparingTo("3");
        assertThat(daarvoor.participatie()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    /** Lines as a bulk load writes them (COPY-like, as the owner): the running totals are kept by the trigger. */
    private void regelsVanEigenaar(UUID aanbieder, String deelname, String persoon, LocalDate... dagen)
            throws SQLException {
        UUID upload = UUID.randomUUID();
        StringBuilder sql = new StringBuilder("""
                insert into urenupload (id, aanbieder_id, idempotentiesleutel, inhoud_hash, aantal_regels, ingediend_door)
                values ('%s', '%s', '%s', 'test', %d, 'test');
                """.formatted(upload, aanbieder, UUID.randomUUID(), dagen.length));
        for (LocalDate dag : dagen) {
            sql.append("""
                    insert into urenregel (gemeentecode, aanbieder_id, deelname_id, inburgeraar_id, datum, soort, uren,
                                           aanwezig, upload_id)
                    values ('0148', '%s', '%s', '%s', '%s', 'TAALLES_KNM', 8, true, '%s');
                    """.formatted(aanbieder, deelname, persoon, dag, upload));
        }
        eigenaar(sql.toString());
    }

    private void eigenaar(String sql) throws SQLException {
        try (Connection c = postgres.getDatabase("openinburgering_eigenaar", "openinburgering")
                        .getConnection();
                var s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
