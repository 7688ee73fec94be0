package nl.openinburgering.nationaal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.openinburgering.nationaal.LoadDriver.Resultaat;

/**
 * The benchmarks of the hot paths against a running app (see {@code docs/performance.md}, "Benchmarks"), one
 * scenario per command. Each virtual user logs in as the given account; the inburgeraars to read are found
 * through the API list of that account's gemeente, so no database access is needed.
 *
 * <p>Adding a scenario: a static method returning a {@link Resultaat} built with {@link LoadDriver#draai}
 * and a {@code case} in {@link #main}.
 */
public final class Benchmarks {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    /** Where and how hard: the app's base URL, the account, N users for the measuring time after a warm-up. */
    public record Instellingen(
            URI basis,
            String gebruiker,
            String wachtwoord,
            int gebruikers,
            Duration opwarmen,
            Duration meten,
            Duration denktijd,
            int aantalIds) {}

    private Benchmarks() {}

    /** {@code GET /api/v1/inburgeraars/{id}} with HTTP Basic, a random inburgeraar of the gemeente each time. */
    public static Resultaat detailApi(HttpClient client, Instellingen in, List<UUID> ids) throws InterruptedException {
        String basic = basic(in);
        return new LoadDriver(client)
                .draai(
                        "API detail inburgeraar",
                        in.gebruikers(),
                        in.opwarmen(),
                        in.meten(),
                        in.denktijd(),
                        (gebruiker, n) -> HttpRequest.newBuilder(
                                        in.basis().resolve("/api/v1/inburgeraars/" + kies(ids, gebruiker, n)))
                                .header("Authorization", basic)
                                .header("Accept", "application/json")
                                .GET()
                                .build());
    }

    /** {@code GET /inburgeraars/{id}}, the detail page, in a session per virtual user (form login). */
    public static Resultaat detailPagina(HttpClient client, Instellingen in, List<UUID> ids)
            throws IOException, InterruptedException {
        List<String> sessies = new ArrayList<>();
        for (int g = 0; g < in.gebruikers(); g++) {
            sessies.add(logIn(client, in));
        }
        return new LoadDriver(client)
                .draai(
                        "Detailpagina inburgeraar",
                        in.gebruikers(),
                        in.opwarmen(),
                        in.meten(),
                        in.denktijd(),
                        (gebruiker, n) -> HttpRequest.newBuilder(
                                        in.basis().resolve("/inburgeraars/" + kies(ids, gebruiker, n)))
                                .header("Cookie", sessies.get(gebruiker))
                                .header("Accept", "text/html")
                                .GET()
                                .build());
    }

    /**
     * Any set of GET paths, taken in turn by each user: {@code {id}} becomes an inburgeraar of the gemeente.
     * Paths under {@code /api/} go with HTTP Basic, the others in a session per user (the UI). For pages and
     * endpoints that have no scenario of their own yet, e.g. a worklist: {@code --paden=/werkvoorraad}.
     */
    public static Resultaat paden(HttpClient client, Instellingen in, List<String> paden, List<UUID> ids)
            throws IOException, InterruptedException {
        boolean ui = paden.stream().anyMatch(pad -> !pad.startsWith("/api/"));
        List<String> sessies = new ArrayList<>();
        for (int g = 0; ui && g < in.gebruikers(); g++) {
            sessies.add(logIn(client, in));
        }
        String basic = basic(in);
        return new LoadDriver(client)
                .draai(
                        String.join(" ", paden),
                        in.gebruikers(),
                        in.opwarmen(),
                        in.meten(),
                        in.denktijd(),
                        (gebruiker, n) -> {
                            String pad = paden.get((int) ((gebruiker + n) % paden.size()));
                            if (pad.contains("{id}")) {
                                pad = pad.replace(
                                        "{id}", kies(ids, gebruiker, n).toString());
                            }
                            HttpRequest.Builder verzoek = HttpRequest.newBuilder(
                                            in.basis().resolve(pad))
                                    .GET();
                            return pad.startsWith("/api/")
                                    ? verzoek.header("Authorization", basic).build()
                                    : verzoek.header("Cookie", sessies.get(gebruiker))
                                            .build();
                        });
    }

    /** Spreads the users over the ids: user g reads id (g * 7919 + n) mod size. */
    private static UUID kies(List<UUID> ids, int gebruiker, long n) {
        return ids.get((int) ((gebruiker * 7919L + n) % ids.size()));
    }

    /** The first {@code aantalIds} inburgeraars of the account's gemeente, through the API list (pages of 100). */
    public static List<UUID> inburgeraarIds(HttpClient client, Instellingen in)
            throws IOException, InterruptedException {
        List<UUID> ids = new ArrayList<>();
        for (int pagina = 1; ids.size() < in.aantalIds(); pagina++) {
            HttpResponse<String> antwoord = client.send(
                    HttpRequest.newBuilder(
                                    in.basis().resolve("/api/v1/inburgeraars?paginaGrootte=100&pagina=" + pagina))
                            .header("Authorization", basic(in))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (antwoord.statusCode() != 200) {
                throw new IllegalStateException("Lijst inburgeraars gaf " + antwoord.statusCode());
            }
            Matcher id = ID.matcher(antwoord.body());
            int voor = ids.size();
            while (id.find() && ids.size() < in.aantalIds()) {
                ids.add(UUID.fromString(id.group(1)));
            }
            if (ids.size() == voor) {
                break;
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("Geen inburgeraars zichtbaar voor " + in.gebruiker());
        }
        return ids;
    }

    /** Form login as the UI does it (CSRF token from the login page); returns the Cookie header of the session. */
    public static String logIn(HttpClient client, Instellingen in) throws IOException, InterruptedException {
        HttpResponse<String> pagina = client.send(
                HttpRequest.newBuilder(in.basis().resolve("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Map<String, String> koekjes = koekjes(pagina, new LinkedHashMap<>());
        Matcher csrf = CSRF.matcher(pagina.body());
        if (!csrf.find()) {
            throw new IllegalStateException("Geen CSRF-token op de inlogpagina");
        }
        String formulier = "username=" + URLEncoder.encode(in.gebruiker(), StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(in.wachtwoord(), StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> ingelogd = client.send(
                HttpRequest.newBuilder(in.basis().resolve("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", cookie(koekjes))
                        .POST(HttpRequest.BodyPublishers.ofString(formulier))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String naar = ingelogd.headers().firstValue("Location").orElse("");
        if (ingelogd.statusCode() != 302 || naar.contains("error")) {
            throw new IllegalStateException(
                    "Inloggen als " + in.gebruiker() + " mislukte: " + ingelogd.statusCode() + " " + naar);
        }
        return cookie(koekjes(ingelogd, koekjes));
    }

    private static Map<String, String> koekjes(HttpResponse<?> antwoord, Map<String, String> koekjes) {
        for (String zet : antwoord.headers().allValues("Set-Cookie")) {
            String paar = zet.split(";", 2)[0];
            int is = paar.indexOf('=');
            koekjes.put(paar.substring(0, is), paar.substring(is + 1));
        }
        return koekjes;
    }

    private static String cookie(Map<String, String> koekjes) {
        return String.join(
                "; ",
                koekjes.entrySet().stream()
                        .map(k -> k.getKey() + "=" + k.getValue())
                        .toList());
    }

    private static String basic(Instellingen in) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((in.gebruiker() + ":" + in.wachtwoord()).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * {@code --scenario=detail-api|detail-pagina|detail|paden [--paden=/a,/b/{id}] --url=http://127.0.0.1:18xxx --gebruiker=consulent.7001.001
     * [--wachtwoord=demo] [--gebruikers=20] [--opwarmen=10] [--duur=30] [--denktijd=0] [--ids=500, 0 for none]} (seconds;
     * the think time between a user's requests in milliseconds).
     */
    public static void main(String[] argumenten) throws Exception {
        Map<String, String> a = new LinkedHashMap<>();
        for (String argument : argumenten) {
            String[] delen = argument.replaceFirst("^--", "").split("=", 2);
            a.put(delen[0], delen.length > 1 ? delen[1] : "true");
        }
        Instellingen in = new Instellingen(
                URI.create(a.getOrDefault("url", "http://127.0.0.1:18090")),
                a.getOrDefault("gebruiker", "consulent.7001.001"),
                a.getOrDefault("wachtwoord", "demo"),
                Integer.parseInt(a.getOrDefault("gebruikers", "20")),
                Duration.ofSeconds(Long.parseLong(a.getOrDefault("opwarmen", "10"))),
                Duration.ofSeconds(Long.parseLong(a.getOrDefault("duur", "30"))),
                Duration.ofMillis(Long.parseLong(a.getOrDefault("denktijd", "0"))),
                Integer.parseInt(a.getOrDefault("ids", "500")));
        HttpClient client = LoadDriver.nieuweClient();
        // --ids=0: no inburgeraar ids (an account that may not list them, e.g. a beleidsmedewerker's report).
        List<UUID> ids = in.aantalIds() == 0 ? List.of() : inburgeraarIds(client, in);
        System.out.printf(
                "%d inburgeraars van %s, %d gebruikers, %s opwarmen, %s meten%n",
                ids.size(), in.gebruiker(), in.gebruikers(), in.opwarmen(), in.meten());
        String scenario = a.getOrDefault("scenario", "detail");
        if (!List.of("detail", "detail-api", "detail-pagina", "paden").contains(scenario)) {
            throw new IllegalArgumentException(
                    "Onbekend scenario " + scenario + "; kies detail, detail-api, detail-pagina of paden");
        }
        if (scenario.equals("detail-api") || scenario.equals("detail")) {
            System.out.println(detailApi(client, in, ids));
        }
        if (scenario.equals("detail-pagina") || scenario.equals("detail")) {
            System.out.println(detailPagina(client, in, ids));
        }
        if (scenario.equals("paden")) {
            System.out.println(paden(
                    client, in, List.of(a.getOrDefault("paden", "/inburgeraars").split(",")), ids));
        }
    }
}
