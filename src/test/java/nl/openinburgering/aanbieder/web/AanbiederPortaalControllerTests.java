package nl.openinburgering.aanbieder.web;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import nl.openinburgering.TestBsn;
import nl.openinburgering.shared.Vandaag;

import static nl.openinburgering.UiTestGebruikers.beheerderDalfsen;
import static nl.openinburgering.UiTestGebruikers.consulentDalfsen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The provider portal's upload: preview first, nothing stored until "Opslaan", a bad file never. */
@SpringBootTest
@AutoConfigureMockMvc
class AanbiederPortaalControllerTests {

    static final String TAALSCHOOL = "6a0c1b6e-2f4d-4c36-9a77-1f0e5b1d0a01";

    @Autowired
    MockMvc mvc;

    static RequestPostProcessor taalschool() {
        return user("aanbieder.taalschool")
                .authorities(
                        new SimpleGrantedAuthority("ROLE_AANBIEDER"),
                        new SimpleGrantedAuthority("AANBIEDER_" + TAALSCHOOL));
    }

    @AfterEach
    void standaardDrempel() throws Exception {
        mvc.perform(post("/beheer/aanwezigheid")
                .param("aanwezigheidsdrempel", "80")
                .with(beheerderDalfsen())
                .with(csrf()));
    }

    String[] persoonMetDeelname() throws Exception {
        String persoon = JsonPath.read(
                mvc.perform(post("/api/v1/inburgeraars")
                                .with(httpBasic("consulent.dalfsen", "demo"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("""
                        {"bsn": "%s", "voornamen": "Amina", "geslachtsnaam": "Haddad", "geboortedatum": "1994-05-17",
                         "doelgroep": "ASIELSTATUSHOUDER", "datumStartInburgeringsplicht": "2025-01-10"}""".formatted(TestBsn.nieuw())))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        String deelname = JsonPath.read(
                mvc.perform(post("/api/v1/inburgeraars/" + persoon + "/deelnames")
                                .with(httpBasic("consulent.dalfsen", "demo"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("""
                        {"aanbiederId": "%s", "soort": "LEERROUTE", "startdatum": "2025-03-01"}""".formatted(TAALSCHOOL)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        return new String[] {persoon, deelname};
    }

    MockMultipartFile csv(String deelname, String uren) {
        String gisteren = Vandaag.datum().minusDays(1).toString();
        return new MockMultipartFile("bestand", "uren.csv", "text/csv", """
                deelnameId,datum,soort,uren,aanwezig,verzuimreden
                %1$s,%2$s,TAALLES_KNM,3,true,
                %1$s,%2$s,TAALLES_KNM,%3$s,true,
                """.formatted(deelname, gisteren, uren)
                .getBytes(StandardCharsets.UTF_8));
    }

    double taallesKnm(String persoon) throws Exception {
        return ((Number) JsonPath.read(
                        mvc.perform(get("/api/v1/inburgeraars/" + persoon + "/uren")
                                        .with(httpBasic("consulent.dalfsen", "demo")))
                                .andReturn()
                                .getResponse()
                                .getContentAsString(),
                        "$.taallesKnm"))
                .doubleValue();
    }

    @Test
    void aFileWithABadLineShowsThatLineAndCannotBeSaved() throws Exception {
        String[] p = persoonMetDeelname();
        mvc.perform(multipart("/aanbieder/uren/voorbeeld")
                        .file(csv(p[1], "25"))
                        .with(taalschool())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Regel 3: Het aantal uren ligt tussen 0,01 en 24")))
                .andExpect(content().string(not(containsString("id=\"opslaan\""))))
                .andExpect(content().string(not(containsString("name=\"token\""))));
        assertThat(taallesKnm(p[0])).isZero();
    }

    @Test
    void aGoodFileIsStoredOnlyAfterOpslaanAndOnlyOnce() throws Exception {
        String[] p = persoonMetDeelname();
        // The session lives in the database (Spring Session JDBC): its cookie carries it to the confirmation.
        var voorbeeld = mvc.perform(multipart("/aanbieder/uren/voorbeeld")
                        .file(csv(p[1], "2"))
                        .with(taalschool())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        Cookie[] sessie = voorbeeld.getCookies();
        String html = voorbeeld.getContentAsString();
        Matcher token =
                Pattern.compile("name=\"token\" value=\"([0-9a-f-]{36})\"").matcher(html);
        assertThat(token.find()).isTrue();
        assertThat(taallesKnm(p[0])).isZero();

        mvc.perform(post("/aanbieder/uren/opslaan")
                        .param("token", token.group(1))
                        .cookie(sessie)
                        .with(taalschool())
                        .with(csrf()))
                .andExpect(redirectedUrl("/aanbieder/uren"))
                .andExpect(flash().attribute("meldingArgumenten", new Object[] {2}));
        assertThat(taallesKnm(p[0])).isEqualTo(5.0);
        mvc.perform(post("/aanbieder/uren/opslaan")
                        .param("token", token.group(1))
                        .cookie(sessie)
                        .with(taalschool())
                        .with(csrf()))
                .andExpect(redirectedUrl("/aanbieder/uren"))
                .andExpect(flash().attribute("melding", "aanbieder.uren.verlopen"));
        assertThat(taallesKnm(p[0])).isEqualTo(5.0);
        mvc.perform(get("/aanbieder/uren").with(taalschool()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aanbieder.taalschool")));
    }

    @Test
    void theParticipantListShowsNamesButNoBsn() throws Exception {
        String[] p = persoonMetDeelname();
        mvc.perform(get("/aanbieder/deelnemers").with(taalschool()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(p[1])))
                .andExpect(content().string(containsString("Haddad, Amina")))
                .andExpect(content().string(not(containsString("BSN"))));
    }

    @Test
    void aProviderCannotOpenGemeentePagesAndStaffCannotOpenThePortal() throws Exception {
        mvc.perform(get("/inburgeraars").with(taalschool())).andExpect(status().isForbidden());
        mvc.perform(get("/aanbieders").with(taalschool())).andExpect(status().isForbidden());
        mvc.perform(get("/aanbieder/deelnemers").with(consulentDalfsen())).andExpect(status().isForbidden());
        mvc.perform(get("/aanbieders").with(consulentDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Taalschool Regio Zwolle")))
                .andExpect(content().string(containsString("Blik op Werk")));
    }

    @Test
    void theBeheerderSetsTheAttendanceThresholdOfTheGemeente() throws Exception {
        mvc.perform(post("/beheer/aanwezigheid")
                        .param("aanwezigheidsdrempel", "0")
                        .with(beheerderDalfsen())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vul een heel percentage")));
        mvc.perform(post("/beheer/aanwezigheid")
                        .param("aanwezigheidsdrempel", "95")
                        .with(beheerderDalfsen())
                        .with(csrf()))
                .andExpect(redirectedUrl("/beheer/aanwezigheid"));
        mvc.perform(get("/beheer/aanwezigheid").with(beheerderDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"95\"")));
    }

    MockMultipartFile bestand(String inhoud) {
        return new MockMultipartFile("bestand", "uren.csv", "text/csv", inhoud.getBytes(StandardCharsets.UTF_8));
    }

    /** Uploads for the preview and returns the session cookies and the token to save with. */
    Object[] voorbeeld(MockMultipartFile bestand) throws Exception {
        var antwoord = mvc.perform(multipart("/aanbieder/uren/voorbeeld")
                        .file(bestand)
                        .with(taalschool())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        Matcher token =
                Pattern.compile("name=\"token\" value=\"([0-9a-f-]{36})\"").matcher(antwoord.getContentAsString());
        assertThat(token.find()).as(antwoord.getContentAsString()).isTrue();
        return new Object[] {antwoord.getCookies(), token.group(1), antwoord.getContentAsString()};
    }

    @Test
    void aDutchDecimalCommaIsAcceptedWithSemicolonsAndQuotedWithCommas() throws Exception {
        String[] p = persoonMetDeelname();
        String gisteren = Vandaag.datum().minusDays(1).toString();
        Object[] puntkomma = voorbeeld(bestand("""
                deelnameId;datum;soort;uren;aanwezig;verzuimreden
                %s;%s;TAALLES_KNM;2,5;true;
                """.formatted(p[1], gisteren)));
        mvc.perform(post("/aanbieder/uren/opslaan")
                        .param("token", (String) puntkomma[1])
                        .cookie((Cookie[]) puntkomma[0])
                        .with(taalschool())
                        .with(csrf()))
                .andExpect(redirectedUrl("/aanbieder/uren"));
        Object[] komma = voorbeeld(bestand("""
                deelnameId,datum,soort,uren,aanwezig,verzuimreden
                %s,%s,TAALLES_KNM,"1,25",true,
                """.formatted(p[1], gisteren)));
        assertThat((String) komma[2]).contains("Alle 1 regels zijn goed");
        assertThat(taallesKnm(p[0])).isEqualTo(2.5);
    }

    @Test
    void thePreviewNamesTheOwnParticipantsInsteadOfTheirIds() throws Exception {
        String[] p = persoonMetDeelname();
        String gisteren = Vandaag.datum().minusDays(1).toString();
        mvc.perform(multipart("/aanbieder/uren/voorbeeld")
                        .file(bestand("""
                deelnameId,datum,soort,uren,aanwezig,verzuimreden
                %s,%s,TAALLES_KNM,3,true,
                %s,%s,TAALLES_KNM,3,true,
                """.formatted(p[1], gisteren, java.util.UUID.randomUUID(), gisteren)))
                        .with(taalschool())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Haddad, Amina")))
                .andExpect(content().string(containsString("Onbekende deelnemer")))
                .andExpect(content().string(not(containsString(p[1]))));
    }

    @Test
    void theSameFileAgainIsSavedOnlyAfterTheProviderConfirmsIt() throws Exception {
        String[] p = persoonMetDeelname();
        MockMultipartFile eerste = csv(p[1], "2");
        Object[] eerder = voorbeeld(eerste);
        assertThat((String) eerder[2]).doesNotContain("al eerder ingelezen");
        mvc.perform(post("/aanbieder/uren/opslaan")
                        .param("token", (String) eerder[1])
                        .cookie((Cookie[]) eerder[0])
                        .with(taalschool())
                        .with(csrf()))
                .andExpect(redirectedUrl("/aanbieder/uren"));
        assertThat(taallesKnm(p[0])).isEqualTo(5.0);

        Object[] opnieuw = voorbeeld(csv(p[1], "2"));
        assertThat((String) opnieuw[2]).contains("Dit bestand is al eerder ingelezen op", "id=\"veld-nogmaals\"");
        mvc.perform(post("/aanbieder/uren/opslaan")
                        .param("token", (String) opnieuw[1])
                        .cookie((Cookie[]) opnieuw[0])
                        .with(taalschool())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vink aan dat u de uren nogmaals wilt opslaan")));
        assertThat(taallesKnm(p[0])).isEqualTo(5.0);
        mvc.perform(post("/aanbieder/uren/opslaan")
                        .param("token", (String) opnieuw[1])
                        .param("nogmaals", "ja")
                        .cookie((Cookie[]) opnieuw[0])
                        .with(taalschool())
                        .with(csrf()))
                .andExpect(redirectedUrl("/aanbieder/uren"));
        assertThat(taallesKnm(p[0])).isEqualTo(10.0);
    }

    @Test
    void theTemplateHasTheHeaderAndTheProvidersRunningDeelnames() throws Exception {
        String[] p = persoonMetDeelname();
        mvc.perform(get("/aanbieder/uren/sjabloon.csv").with(taalschool()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(content().string(containsString("deelnameId;datum;soort;uren;aanwezig;verzuimreden")))
                .andExpect(content().string(containsString(p[1] + ";;;;;")));
        mvc.perform(get("/aanbieder/uren/sjabloon.csv").with(consulentDalfsen()))
                .andExpect(status().isForbidden());
    }
}
