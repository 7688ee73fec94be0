package nl.openinburgering.platform.internal;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcherEntry;

import nl.openinburgering.platform.Rol;

import static nl.openinburgering.platform.Rol.AANBIEDER;
import static nl.openinburgering.platform.Rol.CONSULENT;
import static nl.openinburgering.platform.Rol.FUNCTIONEEL_BEHEERDER;
import static nl.openinburgering.platform.Rol.TEAMLEIDER;

/**
 * Who may reach which URL: one place for both login methods (demo and productie). Deny by default: a URL
 * that is not listed here is refused to everyone, so a new page is closed until someone opens it on purpose.
 */
final class Toegangsregels {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
            + "base-uri 'self'; object-src 'none'";

    private Toegangsregels() {}

    static void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry regels) {
        regels
                // Any method: the document is public, and a wrong method there gets MVC's 405, not a 403.
                .requestMatchers("/api/v1/openapi.json")
                .permitAll()
                .requestMatchers(HttpMethod.POST, "/api/v1/inburgeraars")
                .hasRole(CONSULENT.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/inburgeraars/_zoek")
                .hasAnyRole(rollen(CONSULENT, TEAMLEIDER))
                .requestMatchers(HttpMethod.GET, "/api/v1/inburgeraars", "/api/v1/inburgeraars/{id}")
                .hasAnyRole(rollen(CONSULENT, TEAMLEIDER))
                .requestMatchers(HttpMethod.PUT, "/api/v1/inburgeraars/{id}")
                .hasRole(CONSULENT.name())
                .requestMatchers(HttpMethod.PUT, "/api/v1/inburgeraars/{id}/verhuizing")
                .hasRole(CONSULENT.name())
                // R1.11: closing and reopening a file, by its consulent or the teamleider
                .requestMatchers(
                        HttpMethod.POST, "/api/v1/inburgeraars/{id}/afsluiting", "/api/v1/inburgeraars/{id}/heropening")
                .hasAnyRole(rollen(CONSULENT, TEAMLEIDER))
                .requestMatchers(HttpMethod.GET, "/api/v1/inburgeraars/{id}/verhuizing")
                .hasAnyRole(rollen(CONSULENT, TEAMLEIDER))
                .requestMatchers(
                        HttpMethod.POST,
                        "/api/v1/inburgeraars/{id}/pips",
                        "/api/v1/inburgeraars/{id}/informatieverzoeken",
                        "/api/v1/inburgeraars/{id}/termijnverlengingen",
                        "/api/v1/inburgeraars/{id}/vrijstellingen",
                        "/api/v1/inburgeraars/{id}/informatieverzoeken/{volgnummer}/ontvangst")
                .hasRole(CONSULENT.name())
                .requestMatchers(
                        HttpMethod.PUT,
                        "/api/v1/inburgeraars/{id}/overdracht",
                        "/api/v1/inburgeraars/{id}/intake/bevindingen",
                        "/api/v1/inburgeraars/{id}/intake/leerbaarheidstoets",
                        "/api/v1/inburgeraars/{id}/intake/routekeuze")
                .hasRole(CONSULENT.name())
                .requestMatchers(
                        HttpMethod.POST,
                        "/api/v1/inburgeraars/{id}/intake/gesprekken",
                        "/api/v1/inburgeraars/{id}/intake/niet-verschenen")
                .hasRole(CONSULENT.name())
                .requestMatchers(
                        HttpMethod.GET, "/api/v1/inburgeraars/{id}/overdracht", "/api/v1/inburgeraars/{id}/intake/*")
                .hasAnyRole(rollen(CONSULENT, TEAMLEIDER))
                .requestMatchers(
                        HttpMethod.GET, "/api/v1/inburgeraars/{id}/pips", "/api/v1/inburgeraars/{id}/pips/{pipId}")
                .hasAnyRole(rollen(CONSULENT, TEAMLEIDER))
                .requestMatchers(HttpMethod.PUT, "/api/v1/inburgeraars/{id}/pips/{pipId}")
                .hasRole(CONSULENT.name())
                // The gemeente's four-eyes policy decides in the domain which of the two may fix a PIP.
                .requestMatchers(HttpMethod.POST, "/api/v1/inburgeraars/{id}/pips/{pipId}/vaststelling")
                .hasAnyRole(rollen(CONSULENT, TEAMLEIDER))
                .requestMatchers(
                        HttpMethod.GET,
                        "/api/v1/inburgeraars/{id}/pips/{pipId}/beschikking",
                        "/api/v1/inburgeraars/{id}/pips/{pipId}/verschillen")
                .hasAnyRole(rollen(CONSULENT, TEAMLEIDER))
                // Module leerroute: aanbod, exams, progress, Z-route (providers report for their own deelnames).
                .requestMatchers(HttpMethod.PUT, "/api/v1/inburgeraars/{id}/inburgeringsaanbod/{aanbiederId}")
                .hasRole(CONSULENT.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/inburgeraars/{id}/z-route/afronding")
                .hasRole(CONSULENT.name())
                .requestMatchers(
                        HttpMethod.GET,
                        "/api/v1/inburgeraars/{id}/inburgeringsaanbod",
                        "/api/v1/inburgeraars/{id}/examenresultaten",
                        "/api/v1/inburgeraars/{id}/examenstand",
                        "/api/v1/inburgeraars/{id}/voortgangsrapportages",
                        "/api/v1/inburgeraars/{id}/z-route/afronding",
                        "/api/v1/inburgeraars/{id}/z-route/certificaat")
                .hasAnyRole(rollen(CONSULENT, TEAMLEIDER))
                .requestMatchers(
                        HttpMethod.POST,
                        "/api/v1/aanbieder/deelnames/{deelnameId}/examenresultaten",
                        "/api/v1/aanbieder/deelnames/{deelnameId}/voortgangsrapportages")
                .hasRole(AANBIEDER.name())
                .requestMatchers(HttpMethod.GET, "/api/v1/huisstijl")
                .hasRole(FUNCTIONEEL_BEHEERDER.name())
                .requestMatchers(HttpMethod.PUT, "/api/v1/huisstijl")
                .hasRole(FUNCTIONEEL_BEHEERDER.name())
                // Werkvoorraad: signals and worklists, assignment (teamleider), voortgangsgesprekken (D9).
                .requestMatchers(HttpMethod.GET, "/api/v1/werkvoorraad", "/api/v1/inburgeraars/{id}/toewijzing")
                .hasAnyRole(rollen(CONSULENT, TEAMLEIDER))
                .requestMatchers(HttpMethod.POST, "/api/v1/toewijzingen")
                .hasRole(TEAMLEIDER.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/inburgeraars/{id}/voortgangsgesprekken")
                .hasRole(CONSULENT.name())
                // Module aanbieder: providers, deelnames, hours (provider accounts only under /aanbieder/).
                .requestMatchers(HttpMethod.GET, "/api/v1/aanbieders")
                .hasAnyRole(rollen(CONSULENT, TEAMLEIDER, Rol.BELEIDSMEDEWERKER, FUNCTIONEEL_BEHEERDER))
                .requestMatchers(HttpMethod.POST, "/api/v1/inburgeraars/{id}/deelnames")
                .hasRole(CONSULENT.name())
                .requestMatchers(
                        HttpMethod.GET,
                        "/api/v1/inburgeraars/{id}/deelnames",
                        "/api/v1/inburgeraars/{id}/uren",
                        "/api/v1/inburgeraars/{id}/aanwezigheid")
                .hasAnyRole(rollen(CONSULENT, TEAMLEIDER))
                .requestMatchers(
                        HttpMethod.GET,
                        "/api/v1/aanbieder/deelnames",
                        "/api/v1/aanbieder/deelnames/{id}",
                        "/api/v1/aanbieder/urenregistraties")
                .hasRole(Rol.AANBIEDER.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/aanbieder/urenregistraties")
                .hasRole(Rol.AANBIEDER.name())
                // PVT, MAP and the planning of their group meetings (modules pvt and map).
                .requestMatchers(
                        HttpMethod.GET,
                        "/api/v1/inburgeraars/{id}/pvt",
                        "/api/v1/inburgeraars/{id}/pvt/certificaat",
                        "/api/v1/inburgeraars/{id}/map",
                        "/api/v1/groepen",
                        "/api/v1/groepen/{groepId}",
                        "/api/v1/groepen/{groepId}/uitnodigingen/{inburgeraarId}")
                .hasAnyRole(rollen(CONSULENT, TEAMLEIDER))
                .requestMatchers(
                        HttpMethod.POST,
                        "/api/v1/inburgeraars/{id}/pvt/ondertekening",
                        "/api/v1/inburgeraars/{id}/map/eindgesprek",
                        "/api/v1/groepen",
                        "/api/v1/groepen/{groepId}/deelnemers",
                        "/api/v1/groepen/{groepId}/bijeenkomsten")
                .hasRole(CONSULENT.name())
                .requestMatchers(
                        HttpMethod.PUT,
                        "/api/v1/inburgeraars/{id}/map/themas/{thema}",
                        "/api/v1/inburgeraars/{id}/map/kosten",
                        "/api/v1/groepen/{groepId}/bijeenkomsten/{bijeenkomstId}/aanwezigheid")
                .hasRole(CONSULENT.name())
                // Module ontzorging: the consulent's side per person; the payment runs for the financiële
                // administratie.
                .requestMatchers(HttpMethod.GET, "/api/v1/inburgeraars/{id}/ontzorging")
                .hasAnyRole(rollen(CONSULENT, TEAMLEIDER))
                .requestMatchers(
                        HttpMethod.POST,
                        "/api/v1/inburgeraars/{id}/ontzorging",
                        "/api/v1/inburgeraars/{id}/ontzorging/kostenposten",
                        "/api/v1/inburgeraars/{id}/ontzorging/kostenposten/{kostenpostId}/teruggave",
                        "/api/v1/inburgeraars/{id}/ontzorging/verlenging",
                        "/api/v1/inburgeraars/{id}/ontzorging/beeindiging")
                .hasRole(CONSULENT.name())
                .requestMatchers(
                        HttpMethod.PUT,
                        "/api/v1/inburgeraars/{id}/ontzorging/machtiging",
                        "/api/v1/inburgeraars/{id}/ontzorging/kostenposten/{kostenpostId}")
                .hasRole(CONSULENT.name())
                .requestMatchers(
                        HttpMethod.GET,
                        "/api/v1/betaalrondes",
                        "/api/v1/betaalrondes/concept",
                        "/api/v1/betaalrondes/{rondeId}",
                        "/api/v1/betaalrondes/{rondeId}/pain001",
                        "/api/v1/betaalrondes/{rondeId}/csv")
                .hasRole(Rol.FINANCIELE_ADMINISTRATIE.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/betaalrondes")
                .hasRole(Rol.FINANCIELE_ADMINISTRATIE.name())
                // Module handhaving: the facade decides per step and role (consulent proposes, teamleider fixes),
                // after finding the case, so that another gemeente's case is 404 at every step.
                .requestMatchers(
                        HttpMethod.GET,
                        "/api/v1/inburgeraars/{id}/handhavingszaken",
                        "/api/v1/inburgeraars/{id}/handhavingszaken/**")
                .hasAnyRole(rollen(CONSULENT, TEAMLEIDER))
                .requestMatchers(
                        HttpMethod.POST,
                        "/api/v1/inburgeraars/{id}/handhavingszaken",
                        "/api/v1/inburgeraars/{id}/handhavingszaken/**",
                        "/api/v1/inburgeraars/{id}/pw-verwijzingen")
                .hasAnyRole(rollen(CONSULENT, TEAMLEIDER))
                .requestMatchers(HttpMethod.PUT, "/api/v1/inburgeraars/{id}/handhavingszaken/{zaakId}/betaalstatus")
                .hasAnyRole(rollen(CONSULENT, TEAMLEIDER, Rol.FINANCIELE_ADMINISTRATIE))
                .requestMatchers(HttpMethod.GET, "/api/v1/handhavingszaken")
                .hasRole(TEAMLEIDER.name())
                .requestMatchers(HttpMethod.GET, "/api/v1/handhavingszaken/boetes")
                .hasAnyRole(rollen(TEAMLEIDER, Rol.FINANCIELE_ADMINISTRATIE))
                .requestMatchers(HttpMethod.GET, "/api/v1/rapportages/handhaving")
                .hasAnyRole(rollen(TEAMLEIDER, Rol.BELEIDSMEDEWERKER))
                .requestMatchers("/api/v1/handhaving/beleid")
                .hasRole(FUNCTIONEEL_BEHEERDER.name())
                // Module begroting: the SPUK estimate and the budget realisation for policy staff.
                .requestMatchers(HttpMethod.GET, "/api/v1/begroting/spuk-raming", "/api/v1/begroting/realisatie")
                .hasRole(Rol.BELEIDSMEDEWERKER.name())
                // Module inburgeraar: the outflow to work or study (D10).
                .requestMatchers(HttpMethod.GET, "/api/v1/inburgeraars/{id}/uitstromen")
                .hasAnyRole(rollen(CONSULENT, TEAMLEIDER))
                .requestMatchers("/api/v1/inburgeraars/{id}/uitstromen", "/api/v1/inburgeraars/{id}/uitstromen/*")
                .hasRole(CONSULENT.name())
                // Module rapportage: aggregates of the own gemeente for policy staff.
                .requestMatchers(HttpMethod.GET, "/api/v1/rapportages/uren-per-cohort")
                .hasRole(Rol.BELEIDSMEDEWERKER.name())
                .anyRequest()
                .denyAll();
    }

    static void ui(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry regels) {
        regels.requestMatchers("/login", "/toegankelijkheid", "/error", "/favicon.ico", "/actuator/health")
                .permitAll()
                .requestMatchers("/css/**", "/js/**", "/img/**", "/vendor/**")
                .permitAll()
                .requestMatchers("/")
                .authenticated()
                .requestMatchers("/inburgeraars/nieuw", "/inburgeraars/{id}/bewerken")
                .hasRole(CONSULENT.name())
                .requestMatchers(
                        "/inburgeraars",
                        "/inburgeraars/zoeken",
                        "/inburgeraars/{id}",
                        "/inburgeraars/{id}/afsluiten",
                        "/inburgeraars/{id}/heropenen")
                .hasAnyRole(rollen(CONSULENT, TEAMLEIDER))
                .requestMatchers(
                        "/inburgeraars/{id}/pips/nieuw",
                        "/inburgeraars/{id}/pips/controle",
                        "/inburgeraars/{id}/pips/{pipId}/bewerken")
                .hasRole(CONSULENT.name())
                // Vaststellen: the gemeente's four-eyes policy decides in the domain, as on the API.
                .requestMatchers(
                        "/inburgeraars/{id}/pips",
                        "/inburgeraars/{id}/pips/{pipId}",
                        "/inburgeraars/{id}/pips/{pipId}/vaststellen")
                .hasAnyRole(rollen(CONSULENT, TEAMLEIDER))
                .requestMatchers(HttpMethod.GET, "/inburgeraars/{id}/intake", "/inburgeraars/{id}/intake/routeadvies")
                .hasAnyRole(rollen(CONSULENT, TEAMLEIDER))
                .requestMatchers(HttpMethod.POST, "/inburgeraars/{id}/intake/*")
                .hasRole(CONSULENT.name())
                .requestMatchers("/beheer/verwerkingen", "/beheer/verwerkingen/**")
                .hasRole(FUNCTIONEEL_BEHEERDER.name())
                .requestMatchers("/beheer/huisstijl", "/beheer/huisstijl/**")
                .hasRole(FUNCTIONEEL_BEHEERDER.name())
                .requestMatchers("/beheer/pip-beleid")
                .hasRole(FUNCTIONEEL_BEHEERDER.name())
                // Module handhaving: the fine policy (D1), the functioneel beheerder's page.
                .requestMatchers("/beheer/handhaving")
                .hasRole(FUNCTIONEEL_BEHEERDER.name())
                // Module rapportage: the beleidsmedewerker's page with the gemeente's and the national totals.
                .requestMatchers(HttpMethod.GET, "/rapportages")
                .hasRole(Rol.BELEIDSMEDEWERKER.name())
                // The half-year report to the raad (D10) with its Excel and PDF, and the taakstelling setting.
                .requestMatchers(
                        HttpMethod.GET,
                        "/rapportages/halfjaar",
                        "/rapportages/halfjaar.xlsx",
                        "/rapportages/halfjaar.pdf")
                .hasRole(Rol.BELEIDSMEDEWERKER.name())
                .requestMatchers(HttpMethod.POST, "/rapportages/halfjaar/taakstelling")
                .hasRole(Rol.BELEIDSMEDEWERKER.name())
                // Sharing the gemeente's totals in a region (issue 17 point 5): the functioneel beheerder's setting.
                .requestMatchers("/beheer/regio")
                .hasRole(FUNCTIONEEL_BEHEERDER.name())
                // Cohort monitoring and the pseudonymised monitoring set (R10.8).
                .requestMatchers(HttpMethod.GET, "/rapportages/monitoring", "/rapportages/monitoringset.csv")
                .hasRole(Rol.BELEIDSMEDEWERKER.name())
                // Module leerroute: the consulent's page per person, the eindgesprek and the certificate.
                .requestMatchers(
                        HttpMethod.GET, "/inburgeraars/{id}/leerroute", "/inburgeraars/{id}/leerroute/certificaat.pdf")
                .hasAnyRole(rollen(CONSULENT, TEAMLEIDER))
                .requestMatchers(HttpMethod.POST, "/inburgeraars/{id}/leerroute/z-route-afronding")
                .hasRole(CONSULENT.name())
                // The enrolment screen of the file: the consulent enrols, the teamleider reads.
                .requestMatchers(HttpMethod.GET, "/inburgeraars/{id}/deelnames")
                .hasAnyRole(rollen(CONSULENT, TEAMLEIDER))
                .requestMatchers(HttpMethod.POST, "/inburgeraars/{id}/deelnames")
                .hasRole(CONSULENT.name())
                .requestMatchers(
                        "/inburgeraars/{id}/pips/{pipId}/beschikking.pdf",
                        "/inburgeraars/{id}/pips/{pipId}/verschillen")
                .hasAnyRole(rollen(CONSULENT, TEAMLEIDER))
                // Werkvoorraad: worklists, assignment and dashboard (teamleider), voortgangsgesprekken (D9).
                .requestMatchers(
                        HttpMethod.GET,
                        "/werkvoorraad",
                        "/werkvoorraad/inburgeraars/{id}/toewijzing",
                        "/werkvoorraad/inburgeraars/{id}/overzicht",
                        "/inburgeraars/{id}/tijdlijn")
                .hasAnyRole(rollen(CONSULENT, TEAMLEIDER))
                .requestMatchers("/werkvoorraad/toewijzen", "/werkvoorraad/dashboard")
                .hasRole(TEAMLEIDER.name())
                .requestMatchers(HttpMethod.POST, "/werkvoorraad/inburgeraars/{id}/voortgangsgesprekken")
                .hasRole(CONSULENT.name())
                // Module aanbieder: the provider portal, the staff's provider list, the attendance policy.
                .requestMatchers("/aanbieder", "/aanbieder/**")
                .hasRole(Rol.AANBIEDER.name())
                .requestMatchers(HttpMethod.GET, "/aanbieders")
                .hasAnyRole(rollen(CONSULENT, TEAMLEIDER))
                .requestMatchers("/beheer/aanwezigheid")
                .hasRole(FUNCTIONEEL_BEHEERDER.name())
                // PVT, MAP and the planning of their group meetings (modules pvt and map).
                .requestMatchers(
                        HttpMethod.GET,
                        "/planning",
                        "/planning/**",
                        "/inburgeraars/{id}/pvt",
                        "/inburgeraars/{id}/pvt/certificaat.pdf",
                        "/inburgeraars/{id}/map")
                .hasAnyRole(rollen(CONSULENT, TEAMLEIDER))
                .requestMatchers(
                        HttpMethod.POST, "/planning/**", "/inburgeraars/{id}/pvt/**", "/inburgeraars/{id}/map/**")
                .hasRole(CONSULENT.name())
                .requestMatchers("/beheer/pvt-programma", "/beheer/pvt-programma/**")
                .hasAnyRole(rollen(FUNCTIONEEL_BEHEERDER, TEAMLEIDER))
                .requestMatchers("/beheer/map-budget")
                .hasRole(FUNCTIONEEL_BEHEERDER.name())
                // Module ontzorging: the person's page (consulent), the monthly payment run (financiële
                // administratie) and the gemeente's account for the SEPA files (functioneel beheerder).
                .requestMatchers(HttpMethod.GET, "/inburgeraars/{id}/ontzorging")
                .hasAnyRole(rollen(CONSULENT, TEAMLEIDER))
                .requestMatchers(HttpMethod.GET, "/inburgeraars/{id}/ontzorging/kostenposten/{kostenpostId}")
                .hasRole(CONSULENT.name())
                .requestMatchers(HttpMethod.POST, "/inburgeraars/{id}/ontzorging/**")
                .hasRole(CONSULENT.name())
                .requestMatchers("/ontzorging/betaalrondes", "/ontzorging/betaalrondes/**")
                .hasRole(Rol.FINANCIELE_ADMINISTRATIE.name())
                .requestMatchers("/beheer/ontzorging")
                .hasRole(FUNCTIONEEL_BEHEERDER.name())
                // Module begeleiding: the begeleider's own pages (never the person's file), the file's page for
                // the gemeente's staff, the duration setting and the accountability per partner.
                .requestMatchers("/begeleidingen", "/begeleidingen/**")
                .hasRole(Rol.MAATSCHAPPELIJK_BEGELEIDER.name())
                .requestMatchers(HttpMethod.GET, "/inburgeraars/{id}/begeleiding")
                .hasAnyRole(rollen(CONSULENT, TEAMLEIDER))
                .requestMatchers(HttpMethod.POST, "/inburgeraars/{id}/begeleiding/start")
                .hasRole(CONSULENT.name())
                .requestMatchers("/beheer/begeleiding", "/beheer/begeleiding/subsidie")
                .hasRole(FUNCTIONEEL_BEHEERDER.name())
                .requestMatchers(HttpMethod.GET, "/begeleiding/verantwoording", "/begeleiding/verantwoording/*")
                .hasAnyRole(rollen(Rol.BELEIDSMEDEWERKER, TEAMLEIDER))
                // Module begroting: the SPUK rekentool for policy staff (the functioneel beheerder reads it for the
                // prices), the realisation and the interpreters for the beleidsmedewerker, the settings for the
                // functioneel beheerder; the contract prices of module aanbieder likewise.
                .requestMatchers(HttpMethod.GET, "/begroting", "/begroting/rekentool.xlsx")
                .hasAnyRole(rollen(Rol.BELEIDSMEDEWERKER, FUNCTIONEEL_BEHEERDER))
                .requestMatchers("/begroting/**")
                .hasRole(Rol.BELEIDSMEDEWERKER.name())
                .requestMatchers("/beheer/begroting", "/beheer/begroting/**", "/beheer/contractprijzen")
                .hasRole(FUNCTIONEEL_BEHEERDER.name())
                // Module handhaving: the person's cases (the facade decides per step), the teamleider's overview
                // with the export of fines.
                .requestMatchers("/inburgeraars/{id}/handhaving", "/inburgeraars/{id}/handhaving/**")
                .hasAnyRole(rollen(CONSULENT, TEAMLEIDER))
                .requestMatchers(HttpMethod.GET, "/handhaving", "/handhaving/boetes.csv")
                .hasRole(TEAMLEIDER.name())
                // Module portaal: the inburgeraar's own pages (only the own file: the facade takes the person from
                // the account); the portal messages in the file (the consulent answers); the e-mails (beheer).
                .requestMatchers("/mijn", "/mijn/**")
                .hasRole(Rol.INBURGERAAR.name())
                .requestMatchers(HttpMethod.GET, "/inburgeraars/{id}/berichten", "/inburgeraars/{id}/berichten/**")
                .hasAnyRole(rollen(CONSULENT, TEAMLEIDER))
                .requestMatchers(HttpMethod.POST, "/inburgeraars/{id}/berichten/**")
                .hasRole(CONSULENT.name())
                .requestMatchers(HttpMethod.GET, "/beheer/meldingen")
                .hasRole(FUNCTIONEEL_BEHEERDER.name())
                // Module inburgeraar: the outflow to work or study (D10); the facade lets only the consulent record.
                .requestMatchers(HttpMethod.GET, "/inburgeraars/{id}/uitstroom")
                .hasAnyRole(rollen(CONSULENT, TEAMLEIDER))
                .requestMatchers("/inburgeraars/{id}/uitstroom", "/inburgeraars/{id}/uitstroom/**")
                .hasRole(CONSULENT.name())
                // The file's screens of R2.8, R3.6, R1.7/R1.9 (inburgeraar) and R3.12 (pip): read by consulent and
                // teamleider, recorded by the consulent only, as on the API.
                .requestMatchers(
                        HttpMethod.GET,
                        "/inburgeraars/{id}/informatieverzoeken",
                        "/inburgeraars/{id}/termijnverlengingen",
                        "/inburgeraars/{id}/vrijstellingen",
                        "/inburgeraars/{id}/verhuizing")
                .hasAnyRole(rollen(CONSULENT, TEAMLEIDER))
                .requestMatchers(
                        HttpMethod.POST,
                        "/inburgeraars/{id}/informatieverzoeken",
                        "/inburgeraars/{id}/informatieverzoeken/{volgnummer}/ontvangst",
                        "/inburgeraars/{id}/termijnverlengingen",
                        "/inburgeraars/{id}/vrijstellingen",
                        "/inburgeraars/{id}/verhuizing")
                .hasRole(CONSULENT.name())
                // Module duo: the exchange's page (functioneel beheerder), the consulent's DUO worklist, a file's
                // DUO facts. The M2M paths (/duo-m2m, /duo-simulator) have their own chain (duo.internal).
                .requestMatchers("/beheer/duo", "/beheer/duo/**")
                .hasRole(FUNCTIONEEL_BEHEERDER.name())
                .requestMatchers("/duo", "/duo/**")
                .hasRole(CONSULENT.name())
                .requestMatchers(HttpMethod.GET, "/inburgeraars/{id}/duo")
                .hasAnyRole(rollen(CONSULENT, TEAMLEIDER))
                .requestMatchers(HttpMethod.POST, "/inburgeraars/{id}/duo/meldingen/{meldingId}/afgehandeld")
                .hasRole(CONSULENT.name())
                .anyRequest()
                .denyAll();
    }

    /**
     * Where a UI request without login goes: to the login, except an htmx request of a user whose session
     * expired, which must not swap the login page into a fragment of the page: it gets 401 with
     * {@code HX-Redirect}, and htmx sends the whole browser to the login.
     */
    static AuthenticationEntryPoint naarInloggen(String inlogAdres) {
        AuthenticationEntryPoint htmx = (verzoek, antwoord, fout) -> {
            antwoord.setHeader("HX-Redirect", inlogAdres);
            antwoord.setStatus(401);
        };
        return new DelegatingAuthenticationEntryPoint(
                new LoginUrlAuthenticationEntryPoint(inlogAdres),
                new RequestMatcherEntry<>(verzoek -> "true".equals(verzoek.getHeader("HX-Request")), htmx));
    }

    /** The security headers of every response; HSTS is forced in productie, where TLS ends at the proxy. */
    static void kopregels(HttpSecurity http, boolean altijdHsts) throws Exception {
        http.headers(headers -> {
            headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP));
            headers.contentTypeOptions(Customizer.withDefaults());
            headers.frameOptions(frame -> frame.deny());
            headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
            headers.httpStrictTransportSecurity(hsts -> {
                hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000);
                if (altijdHsts) {
                    hsts.requestMatcher(verzoek -> true);
                }
            });
        });
    }

    private static String[] rollen(Rol... rollen) {
        String[] namen = new String[rollen.length];
        for (int i = 0; i < rollen.length; i++) {
            namen[i] = rollen[i].name();
        }
        return namen;
    }
}
