package nl.openinburgering.bewijs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import com.jayway.jsonpath.JsonPath;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import nl.openinburgering.Gebeurtenissen;
import nl.openinburgering.Testdossier;
import nl.openinburgering.Testdossier.Aanbieder;
import nl.openinburgering.shared.Leerroute;

import static nl.openinburgering.Testdossier.CONSULENT;
import static nl.openinburgering.Testdossier.TEAMLEIDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Issue 19, point 5: two people changing the same thing at the same moment. Exactly one wins, the other gets a
 * 409 problem+json that says why, and nothing is lost or doubled.
 *
 * <p>"The same moment" is made certain, not left to luck: the test holds a row lock on the row both requests
 * will change (as the database owner), lets both requests run until PostgreSQL reports them both waiting for that
 * lock (so both have read the old state), and then releases it.
 */
@BewijsContext
class GelijktijdigheidIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EmbeddedPostgres postgres;

    final ExecutorService draden = Executors.newFixedThreadPool(2);

    Connection eigenaar() throws Exception {
        return postgres.getDatabase("openinburgering_eigenaar", "openinburgering")
                .getConnection();
    }

    /** Runs both requests while {@code slot} holds a row lock, releases it once both wait for it. */
    List<MockHttpServletResponse> tegelijk(String slot, UUID rij, RequestBuilder een, RequestBuilder twee)
            throws Exception {
        try (Connection vergrendeling = eigenaar()) {
            vergrendeling.setAutoCommit(false);
            try (PreparedStatement sql = vergrendeling.prepareStatement(slot)) {
                sql.setObject(1, rij);
                assertThat(sql.executeQuery().next())
                        .as("the row to lock exists")
                        .isTrue();
            }
            long wachtendVoor = wachtend();
            List<Future<MockHttpServletResponse>> antwoorden = new ArrayList<>();
            for (RequestBuilder verzoek : List.of(een, twee)) {
                Callable<MockHttpServletResponse> taak =
                        () -> mvc.perform(verzoek).andReturn().getResponse();
                antwoorden.add(draden.submit(taak));
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> wachtend() - wachtendVoor >= 2);
            vergrendeling.commit();
            List<MockHttpServletResponse> resultaat = new ArrayList<>();
            for (Future<MockHttpServletResponse> antwoord : antwoorden) {
                resultaat.add(antwoord.get());
            }
            return resultaat;
        }
    }

    long wachtend() throws Exception {
        try (Connection verbinding = postgres.getPostgresDatabase().getConnection();
                var sql = verbinding.createStatement();
                var rs = sql.executeQuery("select count(*) from pg_stat_activity where wait_event_type = 'Lock'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void eenWinnaarEnEenHeldereWeigering(List<MockHttpServletResponse> antwoorden) throws Exception {
        assertThat(antwoorden.stream().map(MockHttpServletResponse::getStatus)).containsExactlyInAnyOrder(200, 409);
        MockHttpServletResponse verliezer = antwoorden.stream()
                .filter(a -> a.getStatus() == 409)
                .findFirst()
                .orElseThrow();
        assertThat(verliezer.getContentType()).startsWith("application/problem+json");
        assertThat((String) JsonPath.read(verliezer.getContentAsString(), "$.detail"))
                .isNotBlank();
        assertThat(verliezer.getContentAsString()).doesNotContain("Exception").doesNotContain("at nl.");
    }

    @Test
    void twoConsulentenSavingTheSamePipVersionOneWinsTheOtherGets409() throws Exception {
        var persoon = Testdossier.in(mvc).persoon().metPip(Leerroute.B1_ROUTE);
        String adres = "/api/v1/inburgeraars/" + persoon.id() + "/pips/" + persoon.pip();
        int versie = JsonPath.read(
                mvc.perform(get(adres).with(CONSULENT))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.versie");
        String inhoud = """
                {"leerroute": "B1_ROUTE", "versie": %d, "aantalVoortgangsgesprekken": %d}""";

        List<MockHttpServletResponse> antwoorden = tegelijk(
                "select 1 from pip where id = ? for update",
                UUID.fromString(persoon.pip()),
                put(adres)
                        .with(CONSULENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(inhoud.formatted(versie, 3)),
                put(adres)
                        .with(httpBasic("consulent2.dalfsen", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(inhoud.formatted(versie, 5)));

        eenWinnaarEnEenHeldereWeigering(antwoorden);
        int gewonnen = antwoorden.get(0).getStatus() == 200 ? 3 : 5;
        String nu = mvc.perform(get(adres).with(CONSULENT))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat((Integer) JsonPath.read(nu, "$.aantalVoortgangsgesprekken")).isEqualTo(gewonnen);
        assertThat((Integer) JsonPath.read(nu, "$.versie")).isEqualTo(versie + 1);
    }

    @Test
    void twoTeamleidersReassigningTheSameCaseOneWinsTheOtherGets409() throws Exception {
        // A third consulent, so that both teamleiders move the case away from its current consulent.
        try (Connection verbinding = eigenaar();
                var sql = verbinding.createStatement()) {
            sql.execute(
                    "insert into gebruiker (gebruikersnaam, wachtwoord_hash, rol, gemeentecode)"
                            + " values ('consulent3.dalfsen', '{noop}niet-inloggen', 'CONSULENT', '0148') on conflict do nothing");
        }
        var persoon = Testdossier.in(mvc).persoon();
        Gebeurtenissen.afgehandeld(mvc); // the registering consulent.dalfsen is assigned after the commit
        String verzoek = """
                {"inburgeraarIds": ["%s"], "consulent": "%s", "reden": "Gelijktijdig herverdeeld"}""";

        List<MockHttpServletResponse> antwoorden = tegelijk(
                "select 1 from toewijzing where inburgeraar_id = ? for update",
                UUID.fromString(persoon.id()),
                post("/api/v1/toewijzingen")
                        .with(TEAMLEIDER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(verzoek.formatted(persoon.id(), "consulent2.dalfsen")),
                post("/api/v1/toewijzingen")
                        .with(TEAMLEIDER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(verzoek.formatted(persoon.id(), "consulent3.dalfsen")));

        eenWinnaarEnEenHeldereWeigering(antwoorden);
        String winnaar = antwoorden.get(0).getStatus() == 200 ? "consulent2.dalfsen" : "consulent3.dalfsen";
        String toewijzing = mvc.perform(get("/api/v1/inburgeraars/" + persoon.id() + "/toewijzing")
                        .with(TEAMLEIDER))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat((String) JsonPath.read(toewijzing, "$.consulent")).isEqualTo(winnaar);
        List<String> redenen = JsonPath.read(toewijzing, "$.historie[*].reden");
        assertThat(redenen)
                .as("one history line for the winner, none for the loser")
                .filteredOn("Gelijktijdig herverdeeld"::equals)
                .hasSize(1);
    }

    @Test
    void twoUploadsWithTheSameKeyAtTheSameMomentAreStoredOnce() throws Exception {
        var deelname = Testdossier.in(mvc)
                .persoonMetPip(Leerroute.B1_ROUTE, Testdossier.DAGTEKENING)
                .deelname(Aanbieder.TAALSCHOOL, "LEERROUTE");
        for (int ronde = 0; ronde < 5; ronde++) {
            UUID sleutel = UUID.randomUUID();
            String body = """
                    {"regels": [{"deelnameId": "%s", "datum": "%s", "soort": "TAALLES_KNM", "uren": 2, "aanwezig": true}]}""".formatted(deelname.id(), Testdossier.START_DEELNAME.plusDays(ronde));
            CountDownLatch start = new CountDownLatch(1);
            List<Future<MockHttpServletResponse>> antwoorden = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                antwoorden.add(draden.submit(() -> {
                    start.await();
                    return mvc.perform(post("/api/v1/aanbieder/urenregistraties")
                                    .with(Aanbieder.TAALSCHOOL.account())
                                    .header("Idempotency-Key", sleutel)
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content(body))
                            .andReturn()
                            .getResponse();
                }));
            }
            start.countDown();
            List<String> ids = new ArrayList<>();
            for (Future<MockHttpServletResponse> antwoord : antwoorden) {
                MockHttpServletResponse a = antwoord.get();
                assertThat(a.getStatus()).as(a.getContentAsString()).isEqualTo(201);
                ids.add(JsonPath.read(a.getContentAsString(), "$.id"));
            }
            assertThat(ids.get(0)).as("the same upload answers both").isEqualTo(ids.get(1));
            try (Connection verbinding = eigenaar();
                    PreparedStatement sql = verbinding.prepareStatement(
                            "select (select count(*) from urenupload where idempotentiesleutel = ?),"
                                    + " (select count(*) from urenregel where upload_id = ?::uuid)")) {
                sql.setObject(1, sleutel);
                sql.setString(2, ids.get(0));
                var rs = sql.executeQuery();
                rs.next();
                assertThat(rs.getLong(1)).as("uploads under the key").isEqualTo(1);
                assertThat(rs.getLong(2)).as("hour lines of the upload").isEqualTo(1);
            }
        }
    }
}
