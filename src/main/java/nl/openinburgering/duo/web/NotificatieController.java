package nl.openinburgering.duo.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.firewall.RequestRejectedException;
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
        try {
            for (String naam : List.of(Digikoppeling.BRON, Digikoppeling.DOEL, Digikoppeling.BERICHT_ID)) {
                Optional.ofNullable(verzoek.getHeader(naam)).ifPresent(w -> kop.put(naam, w));
            }
        } catch (RequestRejectedException tekenNietToegestaan) {
            // Spring Security's firewall refuses a header value with a control character when it is read.
            return ongeldig();
        }
        if (!contract.verzoek(API, "POST", "/notificaties", kop, tekst).isEmpty() || tekst == null) {
            return ongeldig();
        }
        // The contract check above guarantees the three headers.
        String bron = kop.getOrDefault(Digikoppeling.BRON, "");
        Optional<DuoInstelling> gemeente = instellingen.metOin(new Oin(kop.getOrDefault(Digikoppeling.DOEL, "")));
        if (!eigenschappen.oin().equals(bron) || gemeente.isEmpty()) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        Optional<Gelezen> gelezen = lees(tekst, kop.getOrDefault(Digikoppeling.BERICHT_ID, ""));
        if (gelezen.isEmpty()) {
            return ongeldig();
        }
        Gelezen notificatie = gelezen.get();
        Tenant.alsGemeente(
                new Gemeentecode(gemeente.get().gemeentecode()),
                () -> transactie.execute(status -> inbox.bewaar(
                        notificatie.berichtId(),
                        gemeente.get().gemeentecode(),
                        bron,
                        notificatie.bsn(),
                        notificatie.gebeurtenisId(),
                        notificatie.registratie())));
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }

    /** DUO's 400: "Het verzoek voldoet niet aan de specificatie", with {@code API-Version} and without a body. */
    private static ResponseEntity<Void> ongeldig() {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).build();
    }

    private record Gelezen(UUID berichtId, @Nullable String bsn, String gebeurtenisId, Instant registratie) {}

    /**
     * What the inbox needs, read defensively: a body can conform to DUO's schema and still not be processable
     * (issue 19 fuzzing), and then it is DUO's 400, stored nowhere, never a 500.
     */
    private static Optional<Gelezen> lees(String tekst, String berichtId) {
        try {
            JsonNode notificatie = JSON.readTree(tekst);
            JsonNode gebeurtenis = notificatie.get("gebeurtenisId");
            JsonNode registratie = notificatie.get("registratieDatumTijd");
            JsonNode bsn = notificatie.get("bsn");
            if (gebeurtenis == null || !gebeurtenis.isString() || registratie == null || !registratie.isString()) {
                return Optional.empty();
            }
            return Optional.of(new Gelezen(
                    UUID.fromString(berichtId),
                    bsn != null && bsn.isString() ? bsn.asString() : null,
                    gebeurtenis.asString(),
                    OffsetDateTime.parse(registratie.asString()).toInstant()));
        } catch (RuntimeException onverwerkbaar) {
            return Optional.empty();
        }
    }
}
