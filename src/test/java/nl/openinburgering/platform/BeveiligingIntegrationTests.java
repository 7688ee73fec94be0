package nl.openinburgering.platform;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class BeveiligingIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void ontgrendelProefaccount() {
        jdbc.sql(
                        "update gebruiker set mislukte_pogingen = 0, geblokkeerd_tot = null where gebruikersnaam = 'beleid.dalfsen'")
                .update();
    }

    @Test
    void answers401ProblemJsonWithoutLogin() throws Exception {
        mvc.perform(get("/api/v1/inburgeraars"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("WWW-Authenticate", containsString("Basic")))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void answers403ProblemJsonForARoleThatMayNot() throws Exception {
        mvc.perform(get("/api/v1/inburgeraars").with(httpBasic("aanbieder.taalschool", "demo")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403));
        mvc.perform(post("/api/v1/inburgeraars")
                        .with(httpBasic("teamleider.dalfsen", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void uiRedirectsToTheLoginPageWithoutLoginAndRefusesAWrongRole() throws Exception {
        mvc.perform(get("/inburgeraars")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/beheer/verwerkingen")
                        .with(user("consulent.dalfsen")
                                .authorities(
                                        new SimpleGrantedAuthority("ROLE_CONSULENT"),
                                        new SimpleGrantedAuthority("GEMEENTE_0148"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void anHtmxRequestWithoutSessionSendsTheWholePageToTheLogin() throws Exception {
        mvc.perform(get("/inburgeraars").header("HX-Request", "true"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Redirect", "/login"));
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersAndTheApiVersion() throws Exception {
        for (ResultActions antwoord : new ResultActions[] {
            mvc.perform(get("/api/v1/inburgeraars").with(httpBasic("consulent.dalfsen", "demo"))),
            mvc.perform(get("/api/v1/inburgeraars")),
            mvc.perform(get("/api/v1/inburgeraars/")),
            mvc.perform(get("/login"))
        }) {
            antwoord.andExpect(header().string("API-Version", "1.0.0"))
                    .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                    .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
                    .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
        }
    }

    @Test
    void aTrailingSlashIs404() throws Exception {
        mvc.perform(get("/api/v1/inburgeraars/").with(httpBasic("consulent.dalfsen", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aWrongMethodIsA405ProblemNotAStackTrace() throws Exception {
        mvc.perform(delete("/api/v1/openapi.json"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("API-Version", "1.0.0"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(405))
                .andExpect(content().string(not(containsString("Exception"))));
    }

    @Test
    void aMethodNoRoleMayUseIsRefused() throws Exception {
        mvc.perform(delete("/api/v1/inburgeraars").with(httpBasic("consulent.dalfsen", "demo")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(not(containsString("Exception"))));
    }

    @Test
    void theOpenApiDocumentIsPublic() throws Exception {
        mvc.perform(get("/api/v1/openapi.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.servers[0].url").value("/api/v1"))
                .andExpect(jsonPath("$.paths['/inburgeraars']").exists());
    }

    @Test
    void locksAnAccountForFifteenMinutesAfterFiveFailedLogins() throws Exception {
        for (int poging = 1; poging <= 5; poging++) {
            mvc.perform(get("/api/v1/inburgeraars").with(httpBasic("beleid.dalfsen", "fout")))
                    .andExpect(status().isUnauthorized());
        }
        // The right password no longer helps: the account is locked.
        mvc.perform(formLogin("/login").user("beleid.dalfsen").password("demo"))
                .andExpect(redirectedUrl("/login?error"));
        Boolean geblokkeerd = jdbc.sql("""
                select geblokkeerd_tot between now() + interval '14 minutes' and now() + interval '16 minutes'
                from gebruiker where gebruikersnaam = 'beleid.dalfsen'""").query(Boolean.class).single();
        org.assertj.core.api.Assertions.assertThat(geblokkeerd).isTrue();
    }

    @Test
    void fourFailedLoginsDoNotLockAndASuccessResetsTheCount() throws Exception {
        for (int poging = 1; poging <= 4; poging++) {
            mvc.perform(formLogin("/login").user("beleid.dalfsen").password("fout"))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user("beleid.dalfsen").password("demo")).andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user("beleid.dalfsen").password("fout"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("beleid.dalfsen").password("demo")).andExpect(redirectedUrl("/"));
    }

    @Test
    void aUiLoginKeepsItsSessionInTheDatabaseSoAnyNodeCanServeIt() throws Exception {
        var sessie = mvc.perform(formLogin("/login").user("teamleider.dalfsen").password("demo"))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");

        // The next request is recognised through the session stored in PostgreSQL. Loading that session must
        // not need the tenant, which comes from the session itself.
        mvc.perform(get("/inburgeraars").cookie(sessie))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("teamleider.dalfsen")));

        Long sessies = jdbc.sql("select count(*) from spring_session where principal_name = 'teamleider.dalfsen'")
                .query(Long.class)
                .single();
        org.assertj.core.api.Assertions.assertThat(sessies).isPositive();
    }

    @Test
    void theLoginFormNeedsACsrfToken() throws Exception {
        mvc.perform(post("/login").param("username", "beleid.dalfsen").param("password", "demo"))
                .andExpect(status().isForbidden());
    }
}
