package nl.openinburgering.bewijs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 19, point 8: the security headers one by one, CSRF on every form and every state-changing page route,
 * and session fixation. The routes come from Spring MVC's request mappings, so a new controller is covered
 * without touching this test. HSTS in the productie profile (always on, behind the TLS proxy) is proven by
 * {@code ProductieIntegrationTests} against the running productie app, and so are the flags of the session
 * cookie ({@code Secure; HttpOnly; SameSite=Lax}): Spring Boot applies {@code server.servlet.session.cookie.*}
 * to Spring Session's cookie only with an embedded web server, which MockMvc does not start.
 */
@BewijsContext
class WebBeveiligingIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    static final List<String> STAFF =
            List.of("consulent.dalfsen", "teamleider.dalfsen", "beleid.dalfsen", "beheer.dalfsen");

    Cookie inloggen(String gebruiker) throws Exception {
        Cookie sessie = mvc.perform(formLogin("/login").user(gebruiker).password("demo"))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
        assertThat(sessie).as("session of " + gebruiker).isNotNull();
        return sessie;
    }

    /** A page, the login page, an API answer, a refusal, a 404 and a static file: each must carry every header. */
    List<MockHttpServletResponse> antwoorden() throws Exception {
        Cookie consulent = inloggen("consulent.dalfsen");
        List<MockHttpServletResponse> antwoorden = new ArrayList<>();
        antwoorden.add(mvc.perform(get("/").cookie(consulent)).andReturn().getResponse());
        antwoorden.add(
                mvc.perform(get("/inburgeraars").cookie(consulent)).andReturn().getResponse());
        antwoorden.add(mvc.perform(get("/login")).andReturn().getResponse());
        antwoorden.add(mvc.perform(get("/api/v1/inburgeraars").with(httpBasic("consulent.dalfsen", "demo")))
                .andReturn()
                .getResponse());
        antwoorden.add(mvc.perform(get("/api/v1/inburgeraars")).andReturn().getResponse());
        antwoorden.add(
                mvc.perform(get("/bestaat-niet").cookie(consulent)).andReturn().getResponse());
        antwoorden.add(mvc.perform(
                        get("/api/v1/inburgeraars/" + UUID.randomUUID()).with(httpBasic("consulent.dalfsen", "demo")))
                .andReturn()
                .getResponse());
        return antwoorden;
    }

    static String richtlijn(String csp, String naam) {
        for (String deel : csp.split(";")) {
            String[] woorden = deel.strip().split("\\s+", 2);
            if (woorden[0].equals(naam)) {
                return woorden.length > 1 ? woorden[1] : "";
            }
        }
        return "";
    }

    @Test
    void contentSecurityPolicyAllowsNoInlineScriptOrStyleAndNoEval() throws Exception {
        for (MockHttpServletResponse antwoord : antwoorden()) {
            String csp = antwoord.getHeader("Content-Security-Policy");
            assertThat(csp).isNotNull().doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(richtlijn(csp, "default-src")).isEqualTo("'self'");
            assertThat(richtlijn(csp, "script-src")).isEqualTo("'self'");
            assertThat(richtlijn(csp, "style-src")).isEqualTo("'self'");
            assertThat(richtlijn(csp, "object-src")).isEqualTo("'none'");
            assertThat(richtlijn(csp, "base-uri")).isEqualTo("'self'");
            assertThat(richtlijn(csp, "form-action")).isEqualTo("'self'");
        }
    }

    @Test
    void noPageMayBeFramedFrameAncestorsAndXFrameOptions() throws Exception {
        for (MockHttpServletResponse antwoord : antwoorden()) {
            assertThat(richtlijn(antwoord.getHeader("Content-Security-Policy"), "frame-ancestors"))
                    .isEqualTo("'none'");
            assertThat(antwoord.getHeader("X-Frame-Options")).isEqualTo("DENY");
        }
    }

    @Test
    void contentTypeSniffingIsOff() throws Exception {
        for (MockHttpServletResponse antwoord : antwoorden()) {
            assertThat(antwoord.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        }
    }

    @Test
    void theReferrerCarriesNoPathToAnotherSite() throws Exception {
        for (MockHttpServletResponse antwoord : antwoorden()) {
            assertThat(antwoord.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        }
    }

    @Test
    void pagesAndAnswersWithPersonalDataAreNotCached() throws Exception {
        for (MockHttpServletResponse antwoord : antwoorden()) {
            assertThat(antwoord.getHeader("Cache-Control")).contains("no-store");
        }
    }

    @Test
    void hstsOverHttpsForAYearWithSubdomains() throws Exception {
        String hsts = mvc.perform(get("/login").secure(true))
                .andReturn()
                .getResponse()
                .getHeader("Strict-Transport-Security");
        assertThat(hsts).isNotNull().contains("max-age=31536000").contains("includeSubDomains");
    }

    @Test
    void aLoginGivesANewSessionSoAPlantedSessionIsWorthNothing() throws Exception {
        // The attacker gets a session from the login page and plants its cookie in the victim's browser.
        Cookie geplant = mvc.perform(get("/login")).andReturn().getResponse().getCookie("SESSION");
        assertThat(geplant).isNotNull();

        Cookie naInloggen = mvc.perform(post("/login")
                        .with(csrf())
                        .cookie(geplant)
                        .param("username", "consulent.dalfsen")
                        .param("password", "demo"))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");

        assertThat(naInloggen).isNotNull();
        assertThat(naInloggen.getValue()).isNotEqualTo(geplant.getValue());
        assertThat(mvc.perform(get("/inburgeraars").cookie(naInloggen))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(get("/inburgeraars").cookie(geplant))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("the planted session is not logged in")
                .isIn(302, 401);
    }

    @Test
    void afterLogoutTheSessionIsGone() throws Exception {
        Cookie sessie = inloggen("consulent.dalfsen");
        mvc.perform(post("/uitloggen").with(csrf()).cookie(sessie));
        assertThat(mvc.perform(get("/inburgeraars").cookie(sessie))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isIn(302, 401);
    }

    /** Every page route that changes something (any method but GET/HEAD/OPTIONS), outside the API. */
    Set<String> veranderendePaginaroutes() {
        Set<String> routes = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping :
                mappings.getHandlerMethods().entrySet()) {
            Set<RequestMethod> methoden = mapping.getKey().getMethodsCondition().getMethods();
            for (String patroon : mapping.getKey().getPatternValues()) {
                // The API and DUO's machine-to-machine paths (duo.internal's own chain: no cookies, no session,
                // mutual TLS in productie) have nothing for CSRF to abuse; DuoContractTests covers the latter.
                if (patroon.startsWith("/api/")
                        || patroon.startsWith("/duo-m2m/")
                        || patroon.startsWith("/duo-simulator/")) {
                    continue;
                }
                for (RequestMethod methode : methoden.isEmpty() ? Set.of(RequestMethod.POST) : methoden) {
                    if (methode != RequestMethod.GET
                            && methode != RequestMethod.HEAD
                            && methode != RequestMethod.OPTIONS) {
                        routes.add(methode + " " + patroon);
                    }
                }
            }
        }
        return routes;
    }

    static String vulIn(String patroon) {
        return patroon.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    @Test
    void everyStateChangingPageRouteRefusesARequestWithoutCsrfToken() throws Exception {
        Set<String> routes = veranderendePaginaroutes();
        assertThat(routes).hasSizeGreaterThan(30);
        Cookie sessie = inloggen("consulent.dalfsen");
        List<String> zonderBescherming = new ArrayList<>();
        for (String route : routes) {
            String[] delen = route.split(" ", 2);
            var verzoek = MockMvcRequestBuilders.request(HttpMethod.valueOf(delen[0]), vulIn(delen[1]))
                    .cookie(sessie)
                    .param("x", "y");
            int status = mvc.perform(verzoek).andReturn().getResponse().getStatus();
            if (status != 403) {
                zonderBescherming.add(route + " -> " + status);
            }
        }
        System.out.printf("CSRF proof: %d state-changing page routes refused without token%n", routes.size());
        assertThat(zonderBescherming).isEmpty();
        // And the token is what makes the difference: the same session with the token is let through to
        // the controller (which then finds no such file, or refuses the role, but never with CSRF's 403).
        assertThat(mvc.perform(post("/inburgeraars/zoeken")
                                .with(csrf())
                                .cookie(sessie)
                                .param("bsn", "999996708"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isNotEqualTo(403);
    }

    static final Pattern FORMULIER =
            Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    @Test
    void everyPostFormOnEveryPageCarriesTheCsrfToken() throws Exception {
        Set<String> paginas = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping :
                mappings.getHandlerMethods().entrySet()) {
            if (mapping.getKey().getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
                for (String patroon : mapping.getKey().getPatternValues()) {
                    if (!patroon.startsWith("/api/") && !patroon.contains("{") && !patroon.contains("*")) {
                        paginas.add(patroon);
                    }
                }
            }
        }
        int formulieren = 0;
        int bekeken = 0;
        List<String> zonderToken = new ArrayList<>();
        for (String gebruiker : STAFF) {
            Cookie sessie = inloggen(gebruiker);
            for (String pagina : paginas) {
                MockHttpServletResponse antwoord =
                        mvc.perform(get(pagina).cookie(sessie)).andReturn().getResponse();
                if (antwoord.getStatus() != 200
                        || antwoord.getContentType() == null
                        || !antwoord.getContentType().startsWith("text/html")) {
                    continue;
                }
                bekeken++;
                Matcher formulier = FORMULIER.matcher(antwoord.getContentAsString());
                while (formulier.find()) {
                    if (!formulier.group(1).toLowerCase().contains("method=\"post\"")) {
                        continue;
                    }
                    formulieren++;
                    if (!formulier.group(2).contains("name=\"_csrf\"")) {
                        zonderToken.add(gebruiker + " " + pagina + ": <form" + formulier.group(1) + ">");
                    }
                }
            }
        }
        System.out.printf("CSRF proof: %d post forms on %d rendered pages carry the token%n", formulieren, bekeken);
        assertThat(bekeken).isGreaterThan(20);
        assertThat(formulieren).isGreaterThan(10);
        assertThat(zonderToken).isEmpty();
    }
}
