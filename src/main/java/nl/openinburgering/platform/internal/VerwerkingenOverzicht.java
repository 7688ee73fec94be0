package nl.openinburgering.platform.internal;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.openinburgering.platform.Rol;
import nl.openinburgering.platform.Tenant;
import nl.openinburgering.platform.Verwerkingsactiviteit;
import nl.openinburgering.platform.Verwerkingsactiviteit.Handeling;
import nl.openinburgering.platform.Verwerkingsactiviteit.Uitkomst;
import nl.openinburgering.platform.Verwerkingslog;
import nl.openinburgering.shared.Bsn;
import nl.openinburgering.shared.Vandaag;

/**
 * Answers the inzageverzoek (AVG art. 15): who processed this person's data, when, and why. The log holds
 * only the keyed hash of the BSN, so the lookup hashes the BSN the same way. Row-level security limits the
 * rows to the user's own gemeente; it needs the transaction, because the tenant is set per transaction.
 * The lookup is itself a processing of the person's data and is logged as such.
 */
@Component
public class VerwerkingenOverzicht {

    private final JdbcClient jdbc;
    private final Verwerkingslog verwerkingslog;

    VerwerkingenOverzicht(JdbcClient jdbc, Verwerkingslog verwerkingslog) {
        this.jdbc = jdbc;
        this.verwerkingslog = verwerkingslog;
    }

    /** Newest first; the lookup itself is logged after the query, so it shows up from the next lookup on. */
    @Transactional
    public List<Verwerking> vanBetrokkene(Bsn bsn) {
        List<Verwerking> verwerkingen = jdbc.sql("""
                select tijdstip, gebruiker, rol, activiteit, handeling, uitkomst, trace_id
                from verwerking
                where gemeentecode = :gemeente and betrokkene = :betrokkene
                order by tijdstip desc, id desc""")
                .param("gemeente", Tenant.vereist().waarde())
                .param("betrokkene", verwerkingslog.pseudoniem(bsn))
                .query((rij, n) -> new Verwerking(
                        rij.getObject("tijdstip", OffsetDateTime.class),
                        rij.getString("gebruiker"),
                        rij.getString("rol"),
                        rij.getString("activiteit"),
                        rij.getString("handeling"),
                        rij.getString("uitkomst"),
                        rij.getString("trace_id")))
                .list();
        verwerkingslog.vastleggen(
                Verwerkingsactiviteit.INZAGEVERZOEK_BEHANDELEN, Handeling.LEZEN, List.of(bsn), Uitkomst.GELUKT);
        return verwerkingen;
    }

    /** One log line, with the register's name, purpose and legal basis of its activity filled in. */
    public record Verwerking(
            OffsetDateTime tijdstip,
            String gebruiker,
            String rolCode,
            String activiteitCode,
            String handeling,
            String uitkomst,
            String traceId) {

        /** The database stores UTC; the person asking reads Dutch time. */
        public ZonedDateTime lokaalTijdstip() {
            return tijdstip.atZoneSameInstant(Vandaag.NEDERLAND);
        }

        public String rol() {
            try {
                return Rol.valueOf(rolCode).omschrijving();
            } catch (IllegalArgumentException onbekend) {
                return rolCode;
            }
        }

        public String activiteit() {
            return activiteitVanCode() == null
                    ? activiteitCode
                    : activiteitVanCode().naam();
        }

        public String doel() {
            return activiteitVanCode() == null ? "" : activiteitVanCode().doel();
        }

        public String grondslag() {
            return activiteitVanCode() == null ? "" : activiteitVanCode().grondslag();
        }

        /** Later modules may log activities this enum does not know yet: show their code rather than fail. */
        private Verwerkingsactiviteit activiteitVanCode() {
            try {
                return Verwerkingsactiviteit.valueOf(activiteitCode);
            } catch (IllegalArgumentException onbekend) {
                return null;
            }
        }
    }
}
