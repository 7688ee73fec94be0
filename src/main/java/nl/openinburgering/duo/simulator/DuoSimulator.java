package nl.openinburgering.duo.simulator;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import nl.openinburgering.duo.Digikoppeling;
import nl.openinburgering.duo.Oin;
import nl.openinburgering.duo.internal.DuoContract;

/**
 * DUO's notifying side (R10.3): sends a notification to a gemeente's Notificatie endpoint over HTTP, as DUO does,
 * after checking it against the Notificatie API itself. Returns the status the gemeente answered.
 */
@Component
@ConditionalOnProperty(name = "openinburgering.duo.simulator.aan", havingValue = "true")
public class DuoSimulator {

    private final DuoContract contract;
    private final Environment omgeving;
    private final String duoOin;
    private final RestClient http;
    private final Clock klok;

    DuoSimulator(
            DuoContract contract,
            Environment omgeving,
            @Value("${openinburgering.duo.oin:00000099000000000001}") String duoOin,
            Clock klok) {
        this.klok = klok;
        this.contract = contract;
        this.omgeving = omgeving;
        this.duoOin = duoOin;
        this.http = RestClient.create();
    }

    /** Sends one notification with a fresh berichtId. */
    public int notificeer(Oin gemeente, String bsn, String gebeurtenisId) {
        return notificeer(gemeente, bsn, gebeurtenisId, UUID.randomUUID());
    }

    /** Sends one notification with the given berichtId (a repeat sends the same one again). */
    public int notificeer(Oin gemeente, String bsn, String gebeurtenisId, UUID berichtId) {
        String inhoud = "{\"registratieDatumTijd\":\""
                + DateTimeFormatter.ISO_INSTANT.format(
                        klok.instant().atOffset(ZoneOffset.UTC).withNano(0))
                + "\",\"bsn\":\"" + bsn + "\",\"gebeurtenisId\":\"" + gebeurtenisId + "\"}";
        java.util.Map<String, String> kop = java.util.Map.of(
                Digikoppeling.BRON,
                duoOin,
                Digikoppeling.DOEL,
                gemeente.waarde(),
                Digikoppeling.BERICHT_ID,
                berichtId.toString());
        var fouten = contract.verzoek("Notificatie", "POST", "/notificaties", kop, inhoud);
        if (!fouten.isEmpty()) {
            throw new IllegalStateException("Simulator maakte een ongeldige notificatie: " + fouten);
        }
        return http.post()
                .uri(appUrl() + "/duo-m2m/v1/notificaties")
                .contentType(MediaType.APPLICATION_JSON)
                .headers(h -> kop.forEach(h::set))
                .body(inhoud)
                .exchange((verzoek, antwoord) -> antwoord.getStatusCode().value());
    }

    private String appUrl() {
        String ingesteld = omgeving.getProperty("openinburgering.duo.simulator.app-url");
        return ingesteld != null && !ingesteld.isBlank()
                ? ingesteld
                : "http://localhost:" + omgeving.getProperty("local.server.port", "8080");
    }

    /** DUO's date arithmetic for a new term: the day after the first PIP's dagtekening, for three years. */
    static LocalDate[] termijn(LocalDate dagtekening) {
        LocalDate start = dagtekening.plusDays(1);
        return new LocalDate[] {start, start.plusYears(3)};
    }
}
