package nl.openinburgering.bewijs;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Issue 19, point 1, for the pages: every GET page route of Spring MVC's request mappings (not the API, not DUO's
 * machine paths, not static files) × every role (anonymous, the demo accounts, a signed-in user for the juridisch
 * adviseur) × a resource of the own gemeente (or provider) and, where the route has an id, one of another. The
 * expected outcome of every cell is written once in {@code bewijs/paginamatrix.tsv}; a route without a row fails the
 * build, and so does a row for a route that is gone. Whatever the table says, a 2xx page for another tenant's
 * resource is a leak, unless its row declares the resource shared (letter {@code T} for "other").
 *
 * <p>Letters: {@code T} 2xx, {@code L} redirect to the login page, {@code R} another redirect, {@code B} 400,
 * {@code G} 403, {@code N} 404, {@code F} 5xx (never allowed). A route with an id has two letters per role,
 * {@code own/other}.
 */
@BewijsContext
class PaginamatrixIntegrationTests {

    static final String TABEL = "/bewijs/paginamatrix.tsv";

    record Rol(String kolom, Optional<String> account, boolean aanbieder) {}

    static final List<Rol> ROLLEN = List.of(
            new Rol("ANONIEM", Optional.empty(), false),
            new Rol("CONSULENT", Optional.of("consulent.dalfsen"), false),
            new Rol("TEAMLEIDER", Optional.of("teamleider.dalfsen"), false),
            new Rol("BELEIDSMEDEWERKER", Optional.of("beleid.dalfsen"), false),
            new Rol("FUNCTIONEEL_BEHEERDER", Optional.of("beheer.dalfsen"), false),
            new Rol("JURIDISCH_ADVISEUR", Optional.empty(), false),
            new Rol("FINANCIELE_ADMINISTRATIE", Optional.of("financieel.dalfsen"), false),
            new Rol("MAATSCHAPPELIJK_BEGELEIDER", Optional.of("begeleider.vluchtelingenwerk"), false),
            new Rol("AANBIEDER", Optional.of("aanbieder.taalschool"), true),
            new Rol("INBURGERAAR", Optional.of("inburgeraar1.dalfsen"), false));

    static final Pattern PARAMETER = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

    @Autowired
    MockMvc mvc;

    @Autowired
    EmbeddedPostgres postgres;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    Set<String> paginaroutes() {
        Set<String> routes = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping :
                mappings.getHandlerMethods().entrySet()) {
            Set<RequestMethod> methoden = mapping.getKey().getMethodsCondition().getMethods();
            if (!methoden.isEmpty() && !methoden.contains(RequestMethod.GET)) {
                continue;
            }
            for (String patroon : mapping.getKey().getPatternValues()) {
                if (patroon.startsWith("/api/")
                        || patroon.startsWith("/duo-m2m/")
                        || patroon.startsWith("/duo-simulator/")
                        || patroon.contains("*")
                        || patroon.equals("/error")) {
                    continue;
                }
                routes.add(patroon);
            }
        }
        return routes;
    }

    Optional<RequestPostProcessor> als(Rol rol) {
        if (rol.kolom().equals("JURIDISCH_ADVISEUR")) {
            return AutorisatiematrixIntegrationTests.ROLLEN.stream()
                    .filter(r -> r.kolom().equals(rol.kolom()))
                    .findFirst()
                    .flatMap(AutorisatiematrixIntegrationTests.Rol::account);
        }
        return rol.account().map(naam -> user(accounts.loadUserByUsername(naam)));
    }

    static String letter(MockHttpServletResponse antwoord) {
        int status = antwoord.getStatus();
        if (status >= 200 && status < 300) {
            return "T";
        }
        if (status >= 300 && status < 400) {
            String naar = antwoord.getRedirectedUrl() == null ? "" : antwoord.getRedirectedUrl();
            return naar.contains("/login") ? "L" : "R";
        }
        return switch (status) {
            case 400 -> "B";
            case 401 -> "A";
            case 403 -> "G";
            case 404 -> "N";
            case 405 -> "M";
            case 409 -> "C";
            default -> status >= 500 ? "F" : String.valueOf(status);
        };
    }

    Map<String, List<String>> verwacht() throws Exception {
        Map<String, List<String>> tabel = new TreeMap<>();
        try (InputStream in = getClass().getResourceAsStream(TABEL)) {
            if (in == null) {
                return tabel;
            }
            for (String regel : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (regel.isBlank() || regel.startsWith("#")) {
                    continue;
                }
                String[] delen = regel.strip().split("\t");
                tabel.put(delen[0], List.of(delen).subList(1, delen.length));
            }
        }
        return tabel;
    }

    @Test
    void everyPageRouteTimesEveryRoleTimesOwnAndOtherTenant() throws Exception {
        AutorisatiematrixIntegrationTests matrix = new AutorisatiematrixIntegrationTests();
        matrix.mvc = mvc;
        matrix.postgres = postgres;
        Set<String> routes = paginaroutes();
        assertThat(routes).hasSizeGreaterThan(40);
        Map<String, List<String>> verwacht = verwacht();
        StringBuilder waargenomen = new StringBuilder("# route");
        ROLLEN.forEach(r -> waargenomen.append('\t').append(r.kolom()));
        waargenomen.append('\n');
        List<String> fouten = new ArrayList<>();
        List<String> lekken = new ArrayList<>();
        List<String> gedeeld = new ArrayList<>();
        int cellen = 0;
        for (String route : routes) {
            List<String> parameters = new ArrayList<>();
            Matcher m = PARAMETER.matcher(route);
            while (m.find()) {
                parameters.add(m.group(1));
            }
            String sjabloon = PARAMETER.matcher(route).replaceAll("{$1}");
            var operatie = new AutorisatiematrixIntegrationTests.Operatie(
                    "pagina " + route, HttpMethod.GET, sjabloon, parameters, List.of(), Optional.empty());
            List<String> rij = verwacht.get(route);
            if (rij == null) {
                fouten.add("no row in " + TABEL + " for " + route);
            } else if (rij.size() != ROLLEN.size()) {
                fouten.add("row " + route + " needs " + ROLLEN.size() + " cells");
                rij = null;
            }
            waargenomen.append(route);
            for (int i = 0; i < ROLLEN.size(); i++) {
                Rol rol = ROLLEN.get(i);
                String eigen = letter(voerUit(matrix, operatie, rol, true));
                cellen++;
                String gezien = eigen;
                if (!parameters.isEmpty()) {
                    String ander = letter(voerUit(matrix, operatie, rol, false));
                    cellen++;
                    gezien = eigen + "/" + ander;
                    boolean gedeeldToegestaan = rij != null && rij.get(i).endsWith("/T");
                    if (ander.equals("T") && !gedeeldToegestaan) {
                        lekken.add(route + " as " + rol.kolom() + " on another tenant's resource: 2xx");
                    } else if (ander.equals("T")) {
                        gedeeld.add(route + " as " + rol.kolom());
                    }
                }
                waargenomen.append('\t').append(gezien);
                if (gezien.contains("F")) {
                    fouten.add(route + " as " + rol.kolom() + ": server error (" + gezien + ")");
                }
                if (rij != null && !rij.get(i).equals(gezien)) {
                    fouten.add("%s as %s: %s, expected %s".formatted(route, rol.kolom(), gezien, rij.get(i)));
                }
            }
            waargenomen.append('\n');
        }
        Path uit = Path.of("target", "bewijs", "paginamatrix-waargenomen.tsv");
        Files.createDirectories(uit.getParent());
        Files.writeString(uit, waargenomen.toString());
        for (String weg : verwacht.keySet()) {
            if (!routes.contains(weg)) {
                fouten.add("row for a route that no longer exists: " + weg);
            }
        }
        System.out.printf(
                "Page matrix: %d GET page routes, %d roles, %d cells, %d leaks, shared resources: %s%n",
                routes.size(), ROLLEN.size(), cellen, lekken.size(), gedeeld);
        assertThat(lekken).as("another tenant's resource answered with 2xx").isEmpty();
        assertThat(fouten).isEmpty();
    }

    /** Page parameters the API matrix does not know: the table of their resource, of the same person where it has one. */
    static final Map<String, String> EXTRA = Map.of(
            "berichtId", "portaal_bericht",
            "documentId", "portaal_document",
            "postId", "ontzorging_kostenpost",
            "trajectId", "begeleidingstraject",
            "uitstroomId", "uitstroom",
            "onderdeelId", "pvt_programma_onderdeel");

    final Map<String, Map<String, String>> extraCache = new java.util.HashMap<>();

    void extra(AutorisatiematrixIntegrationTests.Operatie operatie, boolean eigen, Map<String, String> waarden)
            throws Exception {
        String sleutel = operatie.pad() + eigen;
        Map<String, String> bekend = extraCache.get(sleutel);
        if (bekend == null) {
            bekend = new java.util.LinkedHashMap<>();
            try (var verbinding = postgres.getDatabase("openinburgering_eigenaar", "openinburgering")
                            .getConnection();
                    var sql = verbinding.createStatement()) {
                for (String parameter : operatie.padParameters()) {
                    String tabel = EXTRA.get(parameter);
                    if (tabel == null) {
                        if (parameter.equals("jaar")) {
                            bekend.put(parameter, "2026");
                        } else if (parameter.equals("brief")) {
                            bekend.put(parameter, "waarschuwing");
                        }
                        continue;
                    }
                    boolean persoon = AutorisatiematrixIntegrationTests.kolomBestaat(sql, tabel, "inburgeraar_id")
                            && operatie.padParameters().contains("id");
                    try (var rs = sql.executeQuery("select id::text" + (persoon ? ", inburgeraar_id::text" : "")
                            + " from " + tabel + " where gemeentecode = '"
                            + (eigen
                                    ? AutorisatiematrixIntegrationTests.EIGEN
                                    : AutorisatiematrixIntegrationTests.ANDER)
                            + "' order by 1 limit 1")) {
                        if (rs.next()) {
                            bekend.put(parameter, rs.getString(1));
                            if (persoon) {
                                bekend.put("id", rs.getString(2));
                            }
                        } else {
                            bekend.put(parameter, java.util.UUID.randomUUID().toString());
                        }
                    }
                }
            }
            extraCache.put(sleutel, bekend);
        }
        waarden.putAll(bekend);
    }

    MockHttpServletResponse voerUit(
            AutorisatiematrixIntegrationTests matrix,
            AutorisatiematrixIntegrationTests.Operatie operatie,
            Rol rol,
            boolean eigen)
            throws Exception {
        Map<String, String> waarden = new java.util.LinkedHashMap<>(matrix.waarden(operatie, eigen, rol.aanbieder()));
        extra(operatie, eigen, waarden);
        String pad = operatie.pad();
        for (Map.Entry<String, String> waarde : waarden.entrySet()) {
            pad = pad.replace("{" + waarde.getKey() + "}", waarde.getValue());
        }
        MockHttpServletRequestBuilder verzoek = get(pad).accept("text/html,*/*");
        als(rol).ifPresent(verzoek::with);
        return mvc.perform(verzoek).andReturn().getResponse();
    }
}
