package nl.openinburgering.platform;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import nl.openinburgering.platform.Verwerkingsactiviteit.Handeling;
import nl.openinburgering.platform.Verwerkingsactiviteit.Uitkomst;
import nl.openinburgering.shared.Bsn;
import nl.openinburgering.shared.Gemeentecode;

/**
 * The processing log (verwerkingenlogging): one append-only row per data subject for every read or change
 * of personal data, shaped after Logius "Logboek Dataverwerkingen". The data subject is stored as a keyed
 * hash (HMAC-SHA256) of the BSN, so the log itself holds no BSN, yet an inzageverzoek for a known BSN finds
 * every row.
 *
 * <p>The line is written in the transaction of the action it records: what rolls back did not happen and
 * leaves no line, what commits always has its line. (A transaction of its own would need a second pooled
 * connection per request, and a full pool would then wait for itself.) Reads therefore run in read-write
 * transactions: logging a read is a write.
 */
@Component
public class Verwerkingslog {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactie;
    private final SecretKeySpec sleutel;

    Verwerkingslog(
            JdbcTemplate jdbc,
            PlatformTransactionManager transacties,
            @Value("${openinburgering.verwerkingenlog.sleutel}") String sleutel) {
        if (sleutel == null || sleutel.isBlank()) {
            throw new IllegalStateException(
                    "Instelling ontbreekt: openinburgering.verwerkingenlog.sleutel (OPENINBURGERING_VERWERKINGENLOG_SLEUTEL)");
        }
        this.jdbc = jdbc;
        this.transactie = new TransactionTemplate(transacties);
        this.transactie.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
        this.sleutel = new SecretKeySpec(sleutel.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public void gelezen(Verwerkingsactiviteit activiteit, Collection<Bsn> betrokkenen) {
        vastleggen(activiteit, Handeling.LEZEN, betrokkenen, Uitkomst.GELUKT);
    }

    public void vastleggen(
            Verwerkingsactiviteit activiteit, Handeling handeling, Collection<Bsn> betrokkenen, Uitkomst uitkomst) {
        if (betrokkenen.isEmpty()) {
            return;
        }
        vastleggen(Tenant.vereist(), activiteit, handeling, betrokkenen, uitkomst);
    }

    /**
     * For a user without a gemeente of their own (a provider account, docs/adr/0005): the line goes to the
     * gemeente of the people concerned, so that their gemeente answers an inzageverzoek with it. The database
     * accepts it only for a gemeente that contracts the provider.
     */
    public void vastleggen(
            Gemeentecode gemeentecode,
            Verwerkingsactiviteit activiteit,
            Handeling handeling,
            Collection<Bsn> betrokkenen,
            Uitkomst uitkomst) {
        if (betrokkenen.isEmpty()) {
            return;
        }
        Gebruiker gebruiker = HuidigeGebruiker.vereist();
        schrijf(
                gemeentecode,
                gebruiker.gebruikersnaam(),
                gebruiker.rol().name(),
                activiteit,
                handeling,
                betrokkenen,
                uitkomst);
    }

    /**
     * For work without a user that a machine link does for the current gemeente ({@link Tenant#alsGemeente}), such
     * as processing a notification of DUO: the line names the link ({@code koppeling}, e.g. "DUO-koppeling") as
     * the actor, with the role {@code KOPPELING}.
     */
    public void vastleggenAlsKoppeling(
            String koppeling,
            Verwerkingsactiviteit activiteit,
            Handeling handeling,
            Collection<Bsn> betrokkenen,
            Uitkomst uitkomst) {
        if (betrokkenen.isEmpty()) {
            return;
        }
        schrijf(Tenant.vereist(), koppeling, "KOPPELING", activiteit, handeling, betrokkenen, uitkomst);
    }

    private void schrijf(
            Gemeentecode gemeentecode,
            String gebruikersnaam,
            String rol,
            Verwerkingsactiviteit activiteit,
            Handeling handeling,
            Collection<Bsn> betrokkenen,
            Uitkomst uitkomst) {
        String gemeente = gemeentecode.waarde();
        String traceId = huidigeTraceId();
        String[] pseudoniemen = betrokkenen.stream().map(this::pseudoniem).toArray(String[]::new);
        // One statement for all persons (a provider's upload names thousands): a JDBC batch executes one insert
        // per row, which took about a third of the database time of a 50,000-line upload (docs/performance.md).
        transactie.executeWithoutResult(status -> jdbc.update(
                """
                insert into verwerking (trace_id, gebruiker, rol, gemeentecode, activiteit, handeling, betrokkene, uitkomst)
                select ?, ?, ?, ?, ?, ?, betrokkene, ? from unnest(?::text[]) as p (betrokkene)""",
                traceId,
                gebruikersnaam,
                rol,
                gemeente,
                activiteit.name(),
                handeling.name(),
                uitkomst.name(),
                pseudoniemen));
    }

    /**
     * The processing of one person, newest first, at most {@code aantal} lines, within the current gemeente: the
     * answer to the person's own inzageverzoek (AVG art. 15) in the portal. Says which activity, when, by which
     * role and what was done; not the staff member's name.
     */
    public List<Verwerkingsregel> vanBetrokkene(Bsn bsn, int aantal) {
        return jdbc.query(
                """
                select tijdstip, rol, activiteit, handeling from verwerking
                 where gemeentecode = ? and betrokkene = ? order by tijdstip desc, id desc limit ?""",
                (rij, n) -> new Verwerkingsregel(
                        rij.getTimestamp(1).toInstant(),
                        Rol.valueOf(rij.getString(2)),
                        Verwerkingsactiviteit.valueOf(rij.getString(3)),
                        Handeling.valueOf(rij.getString(4))),
                Tenant.vereist().waarde(),
                pseudoniem(bsn),
                aantal);
    }

    /** One line of a person's processing, as shown to that person. */
    public record Verwerkingsregel(
            java.time.Instant tijdstip, Rol rol, Verwerkingsactiviteit activiteit, Handeling handeling) {

        public java.time.LocalDateTime lokaalTijdstip() {
            return java.time.LocalDateTime.ofInstant(tijdstip, java.time.ZoneId.of("Europe/Amsterdam"));
        }
    }

    /** The keyed hash under which a person appears in the log. */
    public String pseudoniem(Bsn bsn) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(sleutel);
            return HexFormat.of().formatHex(mac.doFinal(bsn.waarde().getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException | InvalidKeyException onmogelijk) {
            throw new IllegalStateException(onmogelijk);
        }
    }

    /** The W3C trace id of the current request (set by the trace filter), or a fresh one for background work. */
    public static String huidigeTraceId() {
        String traceId = MDC.get("traceId");
        return traceId != null ? traceId : UUID.randomUUID().toString().replace("-", "");
    }
}
