package nl.openinburgering.portaal.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

import nl.openinburgering.handhaving.HandhavingsbriefVerstuurd;
import nl.openinburgering.leerroute.ZrouteAfgerond;
import nl.openinburgering.pip.PipVastgesteld;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.portaal.BerichtVerzonden;
import nl.openinburgering.portaal.GesprekGepland;
import nl.openinburgering.portaal.Richting;
import nl.openinburgering.pvt.PvtOndertekend;
import nl.openinburgering.shared.Gemeentecode;

/**
 * The e-mail notifications of the portal: when a letter (a vastgesteld PIP's beschikking) or a message from the
 * gemeente arrives, or a deadline is near ({@link TermijnMeldingen}), the person gets an e-mail that says only that something new is waiting and to log in: no
 * name, no subject, no content (ADR 0012). Each notification is a row in {@code portaal_mail} with an id made
 * from its cause, so a redelivered event sends nothing twice. Without a mail server configured the row stays
 * unsent, with the reason, for the beheer page.
 */
@Component
public class Meldingen {

    static final String ONDERWERP = "Nieuw bericht in Mijn Inburgering / New message / رسالة جديدة";

    private static final Logger LOG = LoggerFactory.getLogger(Meldingen.class);

    private final JdbcClient jdbc;
    private final PortaalOpslag opslag;
    private final ObjectProvider<JavaMailSender> mailer;
    private final Clock klok;
    private final TransactionTemplate transactie;
    private final String afzender;
    private final String adres;

    Meldingen(
            JdbcClient jdbc,
            PortaalOpslag opslag,
            ObjectProvider<JavaMailSender> mailer,
            Clock klok,
            PlatformTransactionManager transacties,
            @Value("${openinburgering.portaal.mail.afzender:noreply@openinburgering.example}") String afzender,
            @Value("${openinburgering.portaal.adres:http://localhost:8080/mijn}") String adres) {
        this.jdbc = jdbc;
        this.opslag = opslag;
        this.mailer = mailer;
        this.klok = klok;
        this.transactie = new TransactionTemplate(transacties);
        this.afzender = afzender;
        this.adres = adres;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void bericht(BerichtVerzonden verzonden) {
        if (verzonden.richting() == Richting.VAN_GEMEENTE) {
            meld(verzonden.gemeente(), verzonden.inburgeraarId(), "BERICHT", verzonden.berichtId());
        }
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void gesprek(GesprekGepland gepland) {
        meld(gepland.gemeente(), gepland.inburgeraarId(), "AFSPRAAK", gepland.gesprekId());
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void brief(PipVastgesteld vastgesteld) {
        meld(vastgesteld.gemeente(), vastgesteld.inburgeraarId(), "BRIEF", vastgesteld.pipId());
    }

    /** A letter of a handhavingszaak (warning, voornemen, boetebeschikking, no fine): one notice per letter. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void brief(HandhavingsbriefVerstuurd verstuurd) {
        meld(verstuurd.gemeente(), verstuurd.inburgeraarId(), "BRIEF", verstuurd.briefId());
    }

    /** The participatieverklaring was signed: its certificate is on {@code /mijn/brieven}. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void brief(PvtOndertekend ondertekend) {
        meld(
                new Gemeentecode(ondertekend.gemeentecode()),
                ondertekend.inburgeraarId(),
                "BRIEF",
                oorzaak("PVT", ondertekend.inburgeraarId()));
    }

    /** The Z-route was completed: its certificate is on {@code /mijn/brieven}. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void brief(ZrouteAfgerond afgerond) {
        meld(afgerond.gemeentecode(), afgerond.inburgeraarId(), "BRIEF", oorzaak("ZROUTE", afgerond.inburgeraarId()));
    }

    /** One certificate per person and kind, so its notice has a stable id. */
    private static UUID oorzaak(String soort, UUID inburgeraarId) {
        return UUID.nameUUIDFromBytes((soort + ":" + inburgeraarId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * One notification, at most once per cause; nothing when the person gave no e-mail address. True when it
     * was new (and so sent, or tried).
     */
    boolean meld(Gemeentecode gemeente, UUID inburgeraarId, String aanleiding, UUID oorzaak) {
        // The gemeente's row-level security is set per transaction, so the work runs in one, as that gemeente.
        return Tenant.alsGemeente(
                gemeente,
                () -> Boolean.TRUE.equals(
                        transactie.execute(status -> meldInTransactie(gemeente, inburgeraarId, aanleiding, oorzaak))));
    }

    private boolean meldInTransactie(Gemeentecode gemeente, UUID inburgeraarId, String aanleiding, UUID oorzaak) {
        Optional<String> aan = opslag.email(gemeente.waarde(), inburgeraarId);
        if (aan.isEmpty()) {
            return false;
        }
        UUID id = UUID.nameUUIDFromBytes((aanleiding + ":" + oorzaak + ":" + inburgeraarId).getBytes());
        int nieuw = jdbc.sql("""
                insert into portaal_mail (id, gemeentecode, inburgeraar_id, aan, aanleiding, aangemaakt_op)
                values (?, ?, ?, ?, ?, ?) on conflict (id) do nothing""")
                .params(id, gemeente.waarde(), inburgeraarId, aan.get(), aanleiding, tijd(klok.instant()))
                .update();
        if (nieuw == 1) {
            verstuur(id, aan.get());
        }
        return nieuw == 1;
    }

    private void verstuur(UUID id, String aan) {
        JavaMailSender verzender = mailer.getIfAvailable();
        @Nullable String fout = null;
        if (verzender == null) {
            fout = "Geen mailserver ingesteld (spring.mail.host)";
        } else {
            try {
                verzender.send(bericht(aan));
            } catch (MailException mislukt) {
                fout = "Verzenden mislukt: " + mislukt.getClass().getSimpleName();
                LOG.warn("Portaalmelding {} niet verzonden: {}", id, mislukt.getMessage());
            }
        }
        jdbc.sql("update portaal_mail set verzonden_op = ?, fout = ? where id = ?")
                .param(fout == null ? tijd(klok.instant()) : null)
                .param(fout)
                .param(id)
                .update();
    }

    /** The text in the three languages of the portal, the same for everyone: no personal data at all. */
    SimpleMailMessage bericht(String aan) {
        SimpleMailMessage bericht = new SimpleMailMessage();
        bericht.setFrom(afzender);
        bericht.setTo(aan);
        bericht.setSubject(ONDERWERP);
        bericht.setText(String.join(
                "\n\n",
                List.of(
                        "Er is iets nieuws voor u in Mijn Inburgering. Log in om het te lezen: " + adres,
                        "There is something new for you in My Integration. Log in to read it: " + adres,
                        "يوجد شيء جديد لك في بوابة الاندماج. سجّل الدخول لقراءته: " + adres,
                        "Deze e-mail is automatisch verstuurd. U kunt er niet op antwoorden.")));
        return bericht;
    }

    /** The notifications of the current gemeente, newest first, for the beheer page. */
    public List<Verzonden> recent(int aantal) {
        return jdbc.sql("""
                select aanleiding, aangemaakt_op, verzonden_op, fout from portaal_mail
                 where gemeentecode = ? order by aangemaakt_op desc limit ?""")
                .params(Tenant.vereist().waarde(), aantal)
                .query((rij, n) -> new Verzonden(
                        rij.getString(1),
                        rij.getObject(2, OffsetDateTime.class).toInstant(),
                        Optional.ofNullable(rij.getObject(3, OffsetDateTime.class))
                                .map(OffsetDateTime::toInstant),
                        Optional.ofNullable(rij.getString(4))))
                .list();
    }

    /** One notification as the beheer page shows it: why, when, and whether it went out (no address). */
    public record Verzonden(
            String aanleiding, Instant aangemaakt, Optional<Instant> verzonden, Optional<String> fout) {}

    private static OffsetDateTime tijd(Instant moment) {
        return OffsetDateTime.ofInstant(moment, ZoneOffset.UTC);
    }
}
