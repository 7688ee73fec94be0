package nl.openinburgering.platform.web;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static nl.openinburgering.UiTestGebruikers.beheerderDalfsen;
import static nl.openinburgering.UiTestGebruikers.consulentDalfsen;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class StartControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void ontgrendelAccounts() {
        jdbc.sql("update gebruiker set mislukte_pogingen = 0, geblokkeerd_tot = null "
                        + "where gebruikersnaam in ('consulent.zwartewaterland', 'consulent2.dalfsen')")
                .update();
    }

    @Test
    void sendsAnonymousVisitorsToTheLoginPage() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/login")));
    }

    @Test
    void showsADutchMessageForAWrongPassword() throws Exception {
        Cookie sessie = mvc.perform(
                        formLogin("/login").user("consulent2.dalfsen").password("fout"))
                .andExpect(redirectedUrl("/login?error"))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
        mvc.perform(get("/login").param("error", "").cookie(sessie))
                .andExpect(content().string(containsString("De gebruikersnaam of het wachtwoord is onjuist.")));
    }

    @Test
    void showsTheLockedMessageAfterFiveFailedLogins() throws Exception {
        // The UI session lives in PostgreSQL (Spring Session): the browser's SESSION cookie carries it.
        Cookie sessie = null;
        for (int poging = 0; poging < 6; poging++) {
            sessie = mvc.perform(formLogin("/login")
                            .user("consulent.zwartewaterland")
                            .password("fout"))
                    .andExpect(redirectedUrl("/login?error"))
                    .andReturn()
                    .getResponse()
                    .getCookie("SESSION");
        }
        mvc.perform(get("/login").param("error", "").cookie(sessie))
                .andExpect(content().string(containsString("Uw account is geblokkeerd")))
                .andExpect(content().string(containsString("Probeer het over 15 minuten opnieuw.")))
                .andExpect(content().string(not(containsString("wachtwoord is onjuist"))));
    }

    /**
     * The UI followed the browser's language without a visible switch. Staff get Dutch
     * whatever the browser asks; the switch in the header changes the language and a cookie remembers it.
     * Failed before the fix: an English browser got the English page and there was no switch.
     */
    @Test
    void speaksDutchWhateverTheBrowserAsksAndRemembersTheLanguageChosenInTheHeader() throws Exception {
        mvc.perform(get("/login").header("Accept-Language", "en-GB,en;q=0.8"))
                .andExpect(content().string(containsString("<html lang=\"nl\" dir=\"ltr\">")))
                .andExpect(content().string(containsString("Naar de inhoud")))
                .andExpect(content().string(containsString("id=\"taal-en\"")))
                .andExpect(content().string(containsString("href=\"?taal=en\"")));
        Cookie taal = mvc.perform(get("/login").param("taal", "en").header("Accept-Language", "nl"))
                .andExpect(content().string(containsString("<html lang=\"en\" dir=\"ltr\">")))
                .andExpect(content().string(containsString("Skip to content")))
                .andExpect(content().string(containsString("id=\"taal-nl\"")))
                .andReturn()
                .getResponse()
                .getCookie("taal");
        org.assertj.core.api.Assertions.assertThat(taal).isNotNull();
        org.assertj.core.api.Assertions.assertThat(taal.getMaxAge()).isGreaterThan(30 * 24 * 3600);
        mvc.perform(get("/").with(consulentDalfsen()).cookie(taal).header("Accept-Language", "nl"))
                .andExpect(content().string(containsString("<html lang=\"en\" dir=\"ltr\">")))
                .andExpect(content().string(containsString("Skip to content")));
        mvc.perform(get("/login").param("taal", "de").header("Accept-Language", "de"))
                .andExpect(content().string(containsString("<html lang=\"nl\" dir=\"ltr\">")));
    }

    /** Issue 18: the login is also the inburgeraar's door, so it offers Arabic, right to left, remembered. */
    @Test
    void theLoginOffersArabicRightToLeftAndRemembersIt() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(content().string(containsString("id=\"taal-ar\"")))
                .andExpect(content().string(containsString("href=\"?taal=ar\"")));
        Cookie taal = mvc.perform(get("/login").param("taal", "ar"))
                .andExpect(content().string(containsString("<html lang=\"ar\" dir=\"rtl\">")))
                .andExpect(content().string(containsString("تسجيل الدخول")))
                .andReturn()
                .getResponse()
                .getCookie("taal");
        org.assertj.core.api.Assertions.assertThat(taal).isNotNull();
        mvc.perform(get("/login").cookie(taal))
                .andExpect(content().string(containsString("<html lang=\"ar\" dir=\"rtl\">")));
    }

    @Test
    void theAccessibilityStatementSaysItIsDutchAlsoToAnEnglishBrowser() throws Exception {
        mvc.perform(get("/toegankelijkheid").with(consulentDalfsen()).cookie(new Cookie("taal", "en")))
                .andExpect(content().string(containsString("<html lang=\"nl\" dir=\"ltr\">")))
                .andExpect(content().string(containsString("Skip to content")));
    }

    @Test
    void confirmsTheLogout() throws Exception {
        mvc.perform(post("/uitloggen").with(consulentDalfsen()).with(csrf()))
                .andExpect(redirectedUrl("/login?uitgelogd"));
        mvc.perform(get("/login").param("uitgelogd", ""))
                .andExpect(content().string(containsString("U bent uitgelogd.")));
    }

    @Test
    void showsTheUserTheirNameGemeenteRoleAndTasks() throws Exception {
        mvc.perform(get("/").with(consulentDalfsen()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("consulent.dalfsen")))
                .andExpect(content().string(containsString("gemeente Dalfsen")))
                .andExpect(content().string(containsString("href=\"/inburgeraars/nieuw\"")))
                .andExpect(content().string(not(containsString("href=\"/beheer/verwerkingen\""))))
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(containsString("href=\"#inhoud\"")))
                .andExpect(content().string(containsString("<html lang=\"nl\" dir=\"ltr\">")));
        mvc.perform(get("/").with(beheerderDalfsen()))
                .andExpect(content().string(containsString("href=\"/beheer/verwerkingen\"")))
                .andExpect(content().string(not(containsString("href=\"/inburgeraars/nieuw\""))));
    }

    @Test
    void publishesTheAccessibilityStatementWithoutLoginUnderTheStrictCsp() throws Exception {
        mvc.perform(get("/toegankelijkheid"))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Security-Policy", containsString("script-src 'self'; style-src 'self'")))
                .andExpect(content().string(not(containsString(" style=\""))))
                .andExpect(content().string(containsString("lang=\"nl\"")))
                .andExpect(content().string(containsString("WCAG 2.1")))
                .andExpect(content().string(containsString("axe-core")));
    }

    @Test
    void showsTheDutchErrorPageForAnUnknownFile() throws Exception {
        mvc.perform(get("/inburgeraars/00000000-0000-0000-0000-000000000000").with(consulentDalfsen()))
                .andExpect(status().isNotFound());
    }
}
