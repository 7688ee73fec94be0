package nl.openinburgering.pvt;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;

import nl.openinburgering.TestBsn;
import nl.openinburgering.Testdossier;
import nl.openinburgering.UiTestGebruikers;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.platform.Verwerkingslog;
import nl.openinburgering.shared.Bsn;
import nl.openinburgering.shared.Gemeentecode;
import nl.openinburgering.shared.Leerroute;
import nl.openinburgering.shared.Vandaag;

import static nl.openinburgering.AlsGebruiker.consulentVanDalfsen;
import static nl.openinburgering.Testdossier.CONSULENT;
import static nl.openinburgering.Testdossier.STAPHORST;
import static nl.openinburgering.Testdossier.TEAMLEIDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The PVT through the API: group attendance, the signing with R5.2 and R5.3, the certificate, tenancy. */
@SpringBootTest
@AutoConfigureMockMvc
class PvtApiIntegrationTests {

    static final LocalDate DAGTEKENING = Vandaag.datum().minusDays(100);

    @Autowired
    MockMvc mvc;

    @Autowired
    PvtBeheer pvt;

    @Autowired
    Verwerkingslog verwerkingslog;

    @Autowired
    TransactionTemplate transactie;

    @Autowired
    JdbcClient jdbc;

    ResultActions onderteken(String id, LocalDate datum) throws Exception {
        return mvc.perform(post("/api/v1/inburgeraars/" + id + "/pvt/ondertekening")
                .with(CONSULENT)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"datum\": \"" + datum + "\"}"));
    }

    @Test
    void r5_2_refusesTheSigningAt11Point5HoursAndAcceptsItAt12() throws Exception {
        String id = Testdossier.in(mvc)
                .persoonMetPip(Leerroute.B1_ROUTE, DAGTEKENING)
                .id();
        String groep = Groepen.groep(mvc, "PVT", List.of(id));
        Groepen.gevolgd(mvc, groep, "3.0", false, null, List.of(id));
        Groepen.gevolgd(mvc, groep, "3.0", false, null, List.of(id));
        Groepen.gevolgd(mvc, groep, "3.0", false, null, List.of(id));
        Groepen.gevolgd(mvc, groep, "2.5", true, null, List.of(id));

        onderteken(id, Vandaag.datum())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].code").value("R5.2"))
                .andExpect(jsonPath("$.invalidParams.length()").value(1));
        werkvoorraad("PVT_TERMIJN")
                .andExpect(jsonPath("$.resultaten[?(@.inburgeraarId == '" + id + "')].regel")
                        .value("R5.4"));
        mvc.perform(get("/api/v1/inburgeraars/" + id + "/pvt").with(TEAMLEIDER))
                .andExpect(jsonPath("$.urenGevolgd").value(11.5))
                .andExpect(jsonPath("$.datumOndertekeningPvt").doesNotExist());

        // The signing session itself counts (R5.2: "including the signing").
        Groepen.gevolgd(mvc, groep, "0.5", false, null, List.of(id));
        onderteken(id, Vandaag.datum())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.urenGevolgd").value(12.0))
                .andExpect(jsonPath("$.activiteitBijgewoond").value(true))
                .andExpect(jsonPath("$.datumOndertekeningPvt")
                        .value(Vandaag.datum().toString()))
                .andExpect(jsonPath("$.uiterlijkeDatum")
                        .value(DAGTEKENING.plusYears(3).toString()))
                .andExpect(jsonPath("$.verwijtbaar").doesNotExist());
        onderteken(id, Vandaag.datum()).andExpect(status().isConflict());
        werkvoorraad("PVT_TERMIJN").andExpect(jsonPath("$.resultaten[*].inburgeraarId", not(hasItem(id))));
    }

    /** The worklist's ids for a signal kind on a peildatum in the last six months of this termijn (R5.4, R6.4). */
    ResultActions werkvoorraad(String signaal) throws Exception {
        return mvc.perform(get("/api/v1/werkvoorraad")
                .with(CONSULENT)
                .param("signaal", signaal)
                .param(
                        "peildatum",
                        DAGTEKENING.plusDays(1).plusYears(3).minusMonths(1).toString())
                .param("paginaGrootte", "100"));
    }

    @Test
    void r5_2_onlyHoursAttendedByTheDayOfTheSigningCount() throws Exception {
        String id = Testdossier.in(mvc)
                .persoonMetPip(Leerroute.B1_ROUTE, DAGTEKENING)
                .id();
        Groepen.gevolgd(mvc, Groepen.groep(mvc, "PVT", List.of(id)), "12.0", true, null, List.of(id));
        onderteken(id, Vandaag.datum().minusDays(11))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[?(@.code == 'R5.2')]").isNotEmpty())
                .andExpect(jsonPath("$.invalidParams[?(@.code == 'R5.3')]").isNotEmpty());
        onderteken(id, Vandaag.datum().minusDays(10)).andExpect(status().isOk());
    }

    @Test
    void r5_3_refusesTheSigningWithoutAnActivityAndCountsOnlyAttendedHours() throws Exception {
        String id = Testdossier.in(mvc)
                .persoonMetPip(Leerroute.Z_ROUTE, DAGTEKENING)
                .id();
        String afwezige = Testdossier.in(mvc)
                .persoonMetPip(Leerroute.Z_ROUTE, DAGTEKENING)
                .id();
        String groep = Groepen.groep(mvc, "PVT", List.of(id, afwezige));
        for (int dagdeel = 0; dagdeel < 4; dagdeel++) {
            Groepen.gevolgd(mvc, groep, "3.0", false, null, List.of(id));
        }
        onderteken(id, Vandaag.datum())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].code").value("R5.3"))
                .andExpect(jsonPath("$.invalidParams.length()").value(1));
        mvc.perform(get("/api/v1/inburgeraars/" + afwezige + "/pvt").with(CONSULENT))
                .andExpect(jsonPath("$.urenGevolgd").value(0))
                .andExpect(jsonPath("$.aanwezigheden.length()").value(4))
                .andExpect(jsonPath("$.aanwezigheden[0].aanwezig").value(false));
    }

    @Test
    void attendanceIsRefusedForAFutureSessionAndForSomeoneOutsideTheGroup() throws Exception {
        String id = Testdossier.in(mvc)
                .persoonMetPip(Leerroute.B1_ROUTE, DAGTEKENING)
                .id();
        String groep = Groepen.groep(mvc, "PVT", List.of(id));
        String morgen = Groepen.bijeenkomst(mvc, groep, Vandaag.datum().plusDays(1), "3.0", false, null);
        mvc.perform(put("/api/v1/groepen/" + groep + "/bijeenkomsten/" + morgen + "/aanwezigheid")
                        .with(CONSULENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"aanwezig\": [\"" + id + "\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].code").value("bijeenkomst.toekomst"));
        String gisteren = Groepen.bijeenkomst(mvc, groep, Vandaag.datum().minusDays(1), "3.0", false, null);
        mvc.perform(put("/api/v1/groepen/" + groep + "/bijeenkomsten/" + gisteren + "/aanwezigheid")
                        .with(CONSULENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"aanwezig\": [\"" + UUID.randomUUID() + "\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].code").value("geen.groepslid"));
    }

    @Test
    void aSessionIsGivenByOwnStaffOrByAProviderTheGemeenteContracted() throws Exception {
        String participatiewerk = "6a0c1b6e-2f4d-4c36-9a77-1f0e5b1d0a02";
        String id = Testdossier.in(mvc)
                .persoonMetPip(Leerroute.B1_ROUTE, DAGTEKENING)
                .id();
        String groep = Groepen.groep(mvc, "PVT", List.of(id));
        String sessie = """
                {"datum": "%s", "begintijd": "13:00", "eindtijd": "16:00", "plaats": "Buurthuis", "onderwerp": "Werk",
                 "uren": 3, "activiteit": false, "aanbiederId": "%s"}""".formatted(Vandaag.datum(), participatiewerk);
        mvc.perform(post("/api/v1/groepen/" + groep + "/bijeenkomsten")
                        .with(CONSULENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(sessie))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.aanbiederId").value(participatiewerk));

        // Participatiewerk Dalfsen has no contract with Staphorst.
        String staphorst = JsonPath.read(
                mvc.perform(post("/api/v1/groepen")
                                .with(STAPHORST)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"naam\": \"Staphorst\", \"programma\": \"PVT\"}"))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.groep.id");
        mvc.perform(post("/api/v1/groepen/" + staphorst + "/bijeenkomsten")
                        .with(STAPHORST)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(sessie))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].code").value("aanbieder.onbekend"));
    }

    @Test
    void r5_1_theCertificateNamesThePersonTheDateAndTheDeclaration() throws Exception {
        String id = Testdossier.in(mvc)
                .naam("Amina", "Bakker")
                .persoonMetPip(Leerroute.B1_ROUTE, DAGTEKENING)
                .id();
        mvc.perform(get("/api/v1/inburgeraars/" + id + "/pvt/certificaat").with(CONSULENT))
                .andExpect(status().isConflict());
        String groep = Groepen.groep(mvc, "PVT", List.of(id));
        Groepen.gevolgd(mvc, groep, "12.0", true, null, List.of(id));
        LocalDate datum = Vandaag.datum().minusDays(2);
        onderteken(id, datum).andExpect(status().isOk());

        byte[] pdf = mvc.perform(
                        get("/api/v1/inburgeraars/" + id + "/pvt/certificaat").with(CONSULENT))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String tekst = tekst(pdf);
        assertThat(tekst)
                .contains("Certificaat participatieverklaring")
                .contains("Amina Bakker")
                .contains("op " + datum.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl", "NL")))
                        + " de participatieverklaring heeft ondertekend")
                .contains("vrijheid, gelijkwaardigheid, solidariteit en participatie")
                .contains("De wethouder van");

        byte[] brief = mvc.perform(
                        get("/api/v1/groepen/" + groep + "/uitnodigingen/" + id).with(CONSULENT))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(tekst(brief))
                .contains("Uitnodiging voor het participatieverklaringstraject")
                .contains("Amina Bakker")
                .contains("Groep PVT")
                .contains("Gemeentehuis");
    }

    /**
     * R5.1: the participatieverklaring is statute: the certificate carries the statutory text, and the gemeente's
     * page shows it without a way to change it (the former form's address no longer saves anything).
     */
    @Test
    void r5_1_theStatutoryTextIsOnTheCertificateAndNoGemeenteCanChangeIt() throws Exception {
        String id = Testdossier.in(mvc)
                .naam("Amina", "Bakker")
                .persoonMetPip(Leerroute.B1_ROUTE, DAGTEKENING)
                .id();
        Groepen.gevolgd(mvc, Groepen.groep(mvc, "PVT", List.of(id)), "12.0", true, null, List.of(id));
        onderteken(id, Vandaag.datum().minusDays(1)).andExpect(status().isOk());

        int status = mvc.perform(post("/beheer/pvt-programma/verklaring")
                        .with(UiTestGebruikers.beheerderDalfsen())
                        .with(csrf())
                        .param("pvtVerklaringstekst", "Ik respecteer de nieuwe tekst van de gemeente Dalfsen."))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isGreaterThanOrEqualTo(400);
        assertThat(consulentVanDalfsen(pvt::verklaringstekst)).isEqualTo(PvtBeheer.WETTELIJKE_VERKLARING);
        mvc.perform(get("/beheer/pvt-programma").with(UiTestGebruikers.beheerderDalfsen()))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("id=\"pvt-verklaringstekst\"")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<textarea"))));

        String tekst = tekst(mvc.perform(
                        get("/api/v1/inburgeraars/" + id + "/pvt/certificaat").with(CONSULENT))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
        assertThat(tekst)
                .contains(PvtBeheer.WETTELIJKE_VERKLARING.substring(0, 40))
                .doesNotContain("nieuwe tekst van de gemeente");
    }

    @Test
    void invitingRegisteringSigningAndTheCertificateAreInTheProcessingLog() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = Testdossier.in(mvc)
                .bsn(bsn)
                .persoonMetPip(Leerroute.B1_ROUTE, DAGTEKENING)
                .id();
        Groepen.gevolgd(mvc, Groepen.groep(mvc, "PVT", List.of(id)), "12.0", true, null, List.of(id));
        onderteken(id, Vandaag.datum()).andExpect(status().isOk());
        mvc.perform(get("/api/v1/inburgeraars/" + id + "/pvt/certificaat").with(CONSULENT))
                .andExpect(status().isOk());

        String pseudoniem = verwerkingslog.pseudoniem(new Bsn(bsn));
        List<String> regels = Tenant.alsGemeente(
                new Gemeentecode("0148"),
                () -> transactie.execute(s -> jdbc.sql(
                                "select activiteit || ':' || handeling from verwerking where betrokkene = ? order by id")
                        .param(pseudoniem)
                        .query(String.class)
                        .list()));
        assertThat(regels)
                .contains("PVT_VASTLEGGEN:AANMAKEN", "PVT_VASTLEGGEN:WIJZIGEN", "PVT_RAADPLEGEN:LEZEN")
                .filteredOn(r -> r.startsWith("PVT_VASTLEGGEN:AANMAKEN"))
                .hasSize(2);
    }

    @Test
    void aPersonGroupOrCertificateOfAnotherGemeenteIsNotFound() throws Exception {
        String id = Testdossier.in(mvc)
                .persoonMetPip(Leerroute.B1_ROUTE, DAGTEKENING)
                .id();
        String groep = Groepen.groep(mvc, "PVT", List.of(id));
        String bijeenkomst = Groepen.bijeenkomst(mvc, groep, Vandaag.datum().minusDays(3), "12.0", true, null);

        mvc.perform(get("/api/v1/inburgeraars/" + id + "/pvt").with(STAPHORST)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/inburgeraars/" + id + "/pvt/certificaat").with(STAPHORST))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/inburgeraars/" + id + "/pvt/ondertekening")
                        .with(STAPHORST)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"datum\": \"" + Vandaag.datum() + "\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/groepen/" + groep).with(STAPHORST)).andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/groepen/" + groep + "/bijeenkomsten/" + bijeenkomst + "/aanwezigheid")
                        .with(STAPHORST)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"aanwezig\": [\"" + id + "\"]}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/groepen/" + groep + "/deelnemers")
                        .with(CONSULENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"deelnemers\": [\"" + UUID.randomUUID() + "\"]}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/groepen").with(STAPHORST))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.resultaten[?(@.id == '" + groep + "')]").isEmpty());
    }

    /** A group with a member of another gemeente is refused whole: no empty group stays behind. */
    @Test
    void aNewGroupWithAMemberOfAnotherGemeenteIsNotCreatedAtAll() throws Exception {
        String staphorst = JsonPath.read(
                mvc.perform(post("/api/v1/inburgeraars")
                                .with(STAPHORST)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("""
                                {"bsn": "%s", "voornamen": "Samir", "geslachtsnaam": "Haddad", "geboortedatum": "1991-07-07",
                                 "doelgroep": "ASIELSTATUSHOUDER", "datumStartInburgeringsplicht": "2026-01-12"}""".formatted(TestBsn.nieuw())))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        String eigen = Testdossier.in(mvc)
                .persoonMetPip(Leerroute.B1_ROUTE, DAGTEKENING)
                .id();
        Number voor = JsonPath.read(
                mvc.perform(get("/api/v1/groepen").with(CONSULENT))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.paginering.totaalAantal");

        mvc.perform(post("/api/v1/groepen")
                        .with(CONSULENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"naam\": \"Gemengd\", \"programma\": \"PVT\", \"deelnemers\": [\"" + eigen
                                + "\", \"" + staphorst + "\"]}"))
                .andExpect(status().isNotFound());

        mvc.perform(get("/api/v1/groepen").with(CONSULENT))
                .andExpect(jsonPath("$.paginering.totaalAantal").value(voor.longValue()));
    }

    @Test
    void theWorklistGetsTheSigningDatesOfManyPeopleOfItsOwnGemeenteAtOnce() throws Exception {
        String getekend = Testdossier.in(mvc)
                .persoonMetPip(Leerroute.B1_ROUTE, DAGTEKENING)
                .id();
        String nietGetekend = Testdossier.in(mvc)
                .persoonMetPip(Leerroute.B1_ROUTE, DAGTEKENING)
                .id();
        Groepen.gevolgd(mvc, Groepen.groep(mvc, "PVT", List.of(getekend)), "12.0", true, null, List.of(getekend));
        onderteken(getekend, Vandaag.datum()).andExpect(status().isOk());

        List<UUID> ids = List.of(UUID.fromString(getekend), UUID.fromString(nietGetekend));
        Map<UUID, LocalDate> dalfsen = Tenant.alsGemeente(new Gemeentecode("0148"), () -> pvt.ondertekeningen(ids));
        assertThat(dalfsen).containsOnly(Map.entry(UUID.fromString(getekend), Vandaag.datum()));
        assertThat(Tenant.alsGemeente(new Gemeentecode("0180"), () -> pvt.ondertekeningen(ids)))
                .isEmpty();
    }

    static String tekst(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
