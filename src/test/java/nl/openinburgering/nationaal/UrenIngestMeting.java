package nl.openinburgering.nationaal;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.postgresql.PGConnection;

/**
 * Provider hour ingestion on the national dataset, through the running app versus raw {@code COPY} (issue 7):
 * per round, {@code --regels} lines (default 50,000) over the open LEERROUTE deelnames of a generated provider
 * go as one {@code POST /api/v1/aanbieder/urenregistraties} (HTTP Basic, the provider's account, JSON), then the
 * same lines go with {@code COPY urenregel FROM STDIN} as the owner into the same table of the same database, in
 * one transaction under an upload row of their own. Round 0 warms up and is not counted. Each round adds its
 * lines to the dataset (2 × regels per round).
 *
 * <pre>
 * java -cp … nl.openinburgering.nationaal.UrenIngestMeting --url=http://127.0.0.1:18093 \
 *     --jdbc=jdbc:postgresql://127.0.0.1:PORT/openinburgering --aanbieder=aanbieder.001 --regels=50000 --rondes=3
 * </pre>
 */
public final class UrenIngestMeting {

    private UrenIngestMeting() {}

    record Regel(
            String deelname, String gemeente, String aanbieder, String persoon, LocalDate datum, boolean aanwezig) {}

    public static void main(String[] argumenten) throws Exception {
        Map<String, String> a = new HashMap<>();
        for (String argument : argumenten) {
            String[] delen = argument.replaceFirst("^--", "").split("=", 2);
            a.put(delen[0], delen.length > 1 ? delen[1] : "");
        }
        URI url = URI.create(a.getOrDefault("url", "http://127.0.0.1:18093"));
        String account = a.getOrDefault("aanbieder", "aanbieder.001");
        int aantal = Integer.parseInt(a.getOrDefault("regels", "50000"));
        int rondes = Integer.parseInt(a.getOrDefault("rondes", "3"));
        LocalDate vandaag =
                LocalDate.parse(a.getOrDefault("vandaag", LocalDate.now().toString()));
        HttpClient client = LoadDriver.nieuweClient();
        try (Connection db = DriverManager.getConnection(
                a.get("jdbc"),
                a.getOrDefault("gebruiker", Doeldatabase.EIGENAAR_ROL),
                a.getOrDefault("wachtwoord", ""))) {
            List<Regel> deelnames = deelnames(db, account, vandaag);
            System.out.printf("INGEST %s: %,d open deelnames%n", account, deelnames.size());
            List<Double> verhoudingen = new ArrayList<>();
            for (int ronde = 0; ronde <= rondes; ronde++) {
                List<Regel> regels = regels(deelnames, aantal, vandaag, ronde);
                String json = json(regels);
                long begin = System.nanoTime();
                HttpResponse<String> antwoord = client.send(
                        HttpRequest.newBuilder(url.resolve("/api/v1/aanbieder/urenregistraties"))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString((account + ":"
                                                                        + a.getOrDefault("wachtwoord-app", "demo"))
                                                                .getBytes(StandardCharsets.UTF_8)))
                                .header("Content-Type", "application/json")
                                .header("Accept", "application/json")
                                .header("Idempotency-Key", UUID.randomUUID().toString())
                                .POST(HttpRequest.BodyPublishers.ofString(json))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                double api = (System.nanoTime() - begin) / 1e9;
                if (antwoord.statusCode() != 201) {
                    throw new IllegalStateException(antwoord.statusCode() + " "
                            + antwoord.body()
                                    .substring(0, Math.min(2000, antwoord.body().length())));
                }
                begin = System.nanoTime();
                copy(db, regels, account);
                double copy = (System.nanoTime() - begin) / 1e9;
                double verhouding = copy / api;
                if (ronde > 0) {
                    verhoudingen.add(verhouding);
                }
                System.out.printf(
                        "INGEST ronde %d%s: %,d regels (%,d kB JSON); API %.3f s = %,.0f regels/s; COPY %.3f s = "
                                + "%,.0f regels/s; API = %.0f%% van COPY%n",
                        ronde,
                        ronde == 0 ? " (opwarmen)" : "",
                        regels.size(),
                        json.length() / 1024,
                        api,
                        regels.size() / api,
                        copy,
                        regels.size() / copy,
                        100 * verhouding);
            }
            verhoudingen.sort(Double::compare);
            System.out.printf(
                    "INGEST mediaan: API = %.0f%% van COPY%n", 100 * verhoudingen.get(verhoudingen.size() / 2));
        }
    }

    /** The provider's open LEERROUTE deelnames that started at least 200 days ago. */
    private static List<Regel> deelnames(Connection db, String account, LocalDate vandaag) throws Exception {
        List<Regel> deelnames = new ArrayList<>();
        try (PreparedStatement sql = db.prepareStatement("""
                select d.id, d.gemeentecode, d.aanbieder_id, d.inburgeraar_id from deelname d
                join gebruiker g on g.aanbieder_id = d.aanbieder_id
                where g.gebruikersnaam = ? and d.soort = 'LEERROUTE' and d.einddatum is null and d.startdatum <= ?
                order by d.id limit 2000""")) {
            sql.setString(1, account);
            sql.setObject(2, vandaag.minusDays(200));
            try (ResultSet rs = sql.executeQuery()) {
                while (rs.next()) {
                    deelnames.add(
                            new Regel(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), null, true));
                }
            }
        }
        return deelnames;
    }

    /** One line per deelname per day back from yesterday; every fifth absent; each round its own days. */
    private static List<Regel> regels(List<Regel> deelnames, int aantal, LocalDate vandaag, int ronde) {
        List<Regel> regels = new ArrayList<>(aantal);
        for (int i = 0; i < aantal; i++) {
            Regel d = deelnames.get(i % deelnames.size());
            int dag = 1 + ronde * 40 + i / deelnames.size() % 40;
            regels.add(new Regel(
                    d.deelname(), d.gemeente(), d.aanbieder(), d.persoon(), vandaag.minusDays(dag), i % 5 != 0));
        }
        return regels;
    }

    private static String json(List<Regel> regels) {
        StringBuilder json = new StringBuilder(regels.size() * 110).append("{\"regels\":[");
        for (int i = 0; i < regels.size(); i++) {
            Regel r = regels.get(i);
            json.append(i == 0 ? "" : ",")
                    .append("{\"deelnameId\":\"")
                    .append(r.deelname())
                    .append("\",\"datum\":\"")
                    .append(r.datum())
                    .append("\",\"soort\":\"TAALLES_KNM\",\"uren\":3.0,\"aanwezig\":")
                    .append(r.aanwezig())
                    .append(r.aanwezig() ? "" : ",\"verzuimreden\":\"ZIEK\"")
                    .append('}');
        }
        return json.append("]}").toString();
    }

    private static void copy(Connection db, List<Regel> regels, String account) throws Exception {
        UUID upload = UUID.randomUUID();
        StringBuilder tekst = new StringBuilder(regels.size() * 170);
        for (Regel r : regels) {
            tekst.append(r.gemeente())
                    .append('\t')
                    .append(r.aanbieder())
                    .append('\t')
                    .append(r.deelname())
                    .append('\t')
                    .append(r.persoon())
                    .append('\t')
                    .append(r.datum())
                    .append("\tTAALLES_KNM\t3.0\t")
                    .append(r.aanwezig() ? "t\t\\N" : "f\tZIEK")
                    .append('\t')
                    .append(upload)
                    .append('\n');
        }
        db.setAutoCommit(false);
        try (PreparedStatement u = db.prepareStatement("""
                insert into urenupload (id, aanbieder_id, idempotentiesleutel, inhoud_hash, aantal_regels, ingediend_door)
                values (?, ?::uuid, ?, repeat('0', 64), ?, ?)""")) {
            u.setObject(1, upload);
            u.setString(2, regels.getFirst().aanbieder());
            u.setObject(3, UUID.randomUUID());
            u.setInt(4, regels.size());
            u.setString(5, account);
            u.executeUpdate();
        }
        db.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                copy urenregel (gemeentecode, aanbieder_id, deelname_id, inburgeraar_id, datum, soort, uren, aanwezig,
                                verzuimreden, upload_id) from stdin""", new StringReader(tekst.toString()));
        db.commit();
        db.setAutoCommit(true);
    }
}
