package nl.openinburgering.platform.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.openinburgering.platform.Betrokkenen;
import nl.openinburgering.platform.Betrokkenen.Betrokkene;
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

    /** Lines per page of the overview. */
    public static final int PAGINAGROOTTE = 50;

    private final JdbcClient jdbc;
    private final Verwerkingslog verwerkingslog;
    private final ObjectProvider<Betrokkenen> betrokkenen;

    VerwerkingenOverzicht(JdbcClient jdbc, Verwerkingslog verwerkingslog, ObjectProvider<Betrokkenen> betrokkenen) {
        this.jdbc = jdbc;
        this.verwerkingslog = verwerkingslog;
        this.betrokkenen = betrokkenen;
    }

    /**
     * The overview of the gemeente's processing log, newest first, one page of {@value #PAGINAGROOTTE}: filtered
     * by person (the file's id or part of the name, never a BSN), user, activity and period (Dutch days, both
     * ends inclusive). A person filter is a lookup of those persons' processing and is logged for each of them;
     * without it the page names nobody (the log holds only pseudonyms), so nothing is logged.
     */
    @Transactional
    public Verwerkingenpagina pagina(Verwerkingenfilter filter) {
        StringBuilder waar = new StringBuilder(" from verwerking where gemeentecode = :gemeente");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("gemeente", Tenant.vereist().waarde());
        Map<String, String> namen = new HashMap<>();
        List<Betrokkene> personen = List.of();
        if (filter.persoon() != null) {
            personen = betrokkenen.getObject().zoek(filter.persoon());
            if (personen.isEmpty()) {
                return new Verwerkingenpagina(List.of(), filter.pagina(), PAGINAGROOTTE, 0, List.of());
            }
            for (Betrokkene persoon : personen) {
                namen.put(verwerkingslog.pseudoniem(persoon.bsn()), persoon.naam());
            }
            waar.append(" and betrokkene = any(:betrokkenen)");
            parameters.put("betrokkenen", namen.keySet().toArray(String[]::new));
        }
        if (filter.gebruiker() != null) {
            waar.append(" and gebruiker = :gebruiker");
            parameters.put("gebruiker", filter.gebruiker());
        }
        if (filter.activiteit() != null) {
            waar.append(" and activiteit = :activiteit");
            parameters.put("activiteit", filter.activiteit().name());
        }
        if (filter.van() != null) {
            waar.append(" and tijdstip >= :van");
            parameters.put("van", filter.van().atStartOfDay(Vandaag.NEDERLAND).toOffsetDateTime());
        }
        if (filter.tot() != null) {
            waar.append(" and tijdstip < :tot");
            parameters.put(
                    "tot",
                    filter.tot().plusDays(1).atStartOfDay(Vandaag.NEDERLAND).toOffsetDateTime());
        }
        long totaal = jdbc.sql("select count(*)" + waar)
                .params(parameters)
                .query(Long.class)
                .single();
        List<Verwerking> regels = jdbc.sql(
                        "select tijdstip, gebruiker, rol, activiteit, handeling, uitkomst, trace_id, betrokkene" + waar
                                + " order by tijdstip desc, id desc limit :grootte offset :vanaf")
                .params(parameters)
                .param("grootte", PAGINAGROOTTE)
                .param("vanaf", (long) (filter.pagina() - 1) * PAGINAGROOTTE)
                .query((rij, n) -> new Verwerking(
                        rij.getObject("tijdstip", OffsetDateTime.class),
                        rij.getString("gebruiker"),
                        rij.getString("rol"),
                        rij.getString("activiteit"),
                        rij.getString("handeling"),
                        rij.getString("uitkomst"),
                        rij.getString("trace_id"),
                        namen.get(rij.getString("betrokkene"))))
                .list();
        if (!personen.isEmpty()) {
            verwerkingslog.vastleggen(
                    Verwerkingsactiviteit.INZAGEVERZOEK_BEHANDELEN,
                    Handeling.LEZEN,
                    personen.stream().map(Betrokkene::bsn).toList(),
                    Uitkomst.GELUKT);
        }
        return new Verwerkingenpagina(
                regels,
                filter.pagina(),
                PAGINAGROOTTE,
                totaal,
                personen.stream().map(Betrokkene::naam).toList());
    }

    /**
     * What the overview filters on; every part is optional. {@code persoon} is a file id or part of a name.
     * {@code pagina} is 1-based.
     */
    public record Verwerkingenfilter(
            @Nullable String persoon,
            @Nullable String gebruiker,
            @Nullable Verwerkingsactiviteit activiteit,
            @Nullable LocalDate van,
            @Nullable LocalDate tot,
            int pagina) {

        public Verwerkingenfilter {
            persoon = leegIsNull(persoon);
            gebruiker = leegIsNull(gebruiker);
            pagina = Math.max(1, pagina);
        }

        private static @Nullable String leegIsNull(@Nullable String tekst) {
            return tekst == null || tekst.isBlank() ? null : tekst.strip();
        }
    }

    /** One page of the overview; {@code personen} names the persons the person filter found. */
    public record Verwerkingenpagina(
            List<Verwerking> regels, int pagina, int paginaGrootte, long totaal, List<String> personen) {

        public int aantalPaginas() {
            return (int) Math.max(1, (totaal + paginaGrootte - 1) / paginaGrootte);
        }
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
                        rij.getString("trace_id"),
                        null))
                .list();
        verwerkingslog.vastleggen(
                Verwerkingsactiviteit.INZAGEVERZOEK_BEHANDELEN, Handeling.LEZEN, List.of(bsn), Uitkomst.GELUKT);
        return verwerkingen;
    }

    /**
     * One log line, with the register's name, purpose and legal basis of its activity filled in; {@code betrokkene}
     * is the person's name when the overview was filtered by person.
     */
    public record Verwerking(
            OffsetDateTime tijdstip,
            String gebruiker,
            String rolCode,
            String activiteitCode,
            String handeling,
            String uitkomst,
            String traceId,
            @Nullable String betrokkene) {

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
            return activiteitVanCode().map(Verwerkingsactiviteit::naam).orElse(activiteitCode);
        }

        public String doel() {
            return activiteitVanCode().map(Verwerkingsactiviteit::doel).orElse("");
        }

        public String grondslag() {
            return activiteitVanCode().map(Verwerkingsactiviteit::grondslag).orElse("");
        }

        /** Later modules may log activities this enum does not know yet: show their code rather than fail. */
        private Optional<Verwerkingsactiviteit> activiteitVanCode() {
            try {
                return Optional.of(Verwerkingsactiviteit.valueOf(activiteitCode));
            } catch (IllegalArgumentException onbekend) {
                return Optional.empty();
            }
        }
    }
}
