package nl.openinburgering.duo.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.openinburgering.duo.Digikoppeling;
import nl.openinburgering.duo.DuoInstelling;
import nl.openinburgering.duo.Oin;
import nl.openinburgering.duo.internal.DuoContract;
import nl.openinburgering.duo.internal.DuoEigenschappen;
import nl.openinburgering.duo.internal.DuoInstellingen;
import nl.openinburgering.duo.internal.NotificatieInbox;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.shared.Gemeentecode;

/**
 * R10.3: the gemeente's Notificatie API exactly as DUO's {@code API/Notificatie/openapi.yml} (v1.8.0) defines it:
 * {@code POST /notificaties} below the base path {@code /duo-m2m/v1}, headers {@code bron}, {@code doel},
 * {@code berichtId}, body {@code Notificatie}; 201 when stored, 400 when the message does not conform, 403 when
 * it is not from DUO or not for a gemeente of this installation, 500 on an internal error; every answer with
 * the {@code API-Version} header and, as the specification says, without a body. The notification is stored
 * before the answer (inbox, idempotent on the berichtId) and processed after ({@code NotificatieVerwerker}).
 */
@RestController
class NotificatieController {

    static final String API = "Notificatie";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DuoContract contract;
    private final DuoInstellingen instellingen;
    private final NotificatieInbox inbox;
    private final DuoEigenschappen eigenschappen;
    private final TransactionTemplate transactie;

    NotificatieController(
            DuoContract contract,
            DuoInstellingen instellingen,
            NotificatieInbox inbox,
            DuoEigenschappen eigenschappen,
            TransactionTemplate transactie) {
        this.contract = contract;
        this.instellingen = instellingen;
        this.inbox = inbox;
        this.eigenschappen = eigenschappen;
        this.transactie = transactie;
    }

    @PostMapping("/duo-m2m/v1/notificaties")
    ResponseEntity<Void> opvoerenNotificatie(
            jakarta.servlet.http.HttpServletRequest verzoek,
            @RequestBody(required = false) byte @Nullable [] inhoud,
            HttpServletResponse antwoord) {
        antwoord.setHeader(Digikoppeling.API_VERSION, contract.versie(API));
        String tekst = inhoud == null ? null : new String(inhoud, StandardCharsets.UTF_8);
        Map<String, String> kop = new LinkedHashMap<>();
        for (String naam : List.of(Digikoppeling.BRON, Digikoppeling.DOEL, Digikoppeling.BERICHT_ID)) {
            Optional.ofNullable(verzoek.getHeader(naam)).ifPresent(w -> kop.put(naam, w));
        }
        if (!contract.verzoek(API, "POST", "/notificaties", kop, tekst).isEmpty() || tekst == null) {
            return ResponseEntity.status(HttpStatus.BAD_REQUEST).build();
        }
        // The contract check above guarantees the three headers.
        String bron = kop.getOrDefault(Digikoppeling.BRON, "");
        Optional<DuoInstelling> gemeente = instellingen.metOin(new Oin(kop.getOrDefault(Digikoppeling.DOEL, "")));
        if (!eigenschappen.oin().equals(bron) || gemeente.isEmpty()) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        JsonNode notificatie = JSON.readTree(tekst);
        UUID berichtId = UUID.fromString(kop.getOrDefault(Digikoppeling.BERICHT_ID, ""));
        Tenant.alsGemeente(
                new Gemeentecode(gemeente.get().gemeentecode()),
                () -> transactie.execute(status -> inbox.bewaar(
                        berichtId,
                        gemeente.get().gemeentecode(),
                        bron,
                        notificatie.hasNonNull("bsn") ? notificatie.get("bsn").asString() : null,
                        notificatie.get("gebeurtenisId").asString(),
                        Instant.parse(notificatie.get("registratieDatumTijd").asString()))));
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }
}
