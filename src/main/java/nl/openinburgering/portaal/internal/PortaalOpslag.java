package nl.openinburgering.portaal.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.openinburgering.portaal.Afspraakreactie;
import nl.openinburgering.portaal.Bericht;
import nl.openinburgering.portaal.Documentsoort;
import nl.openinburgering.portaal.Gesprek;
import nl.openinburgering.portaal.Portaaldocument;
import nl.openinburgering.portaal.Richting;
import nl.openinburgering.shared.Gemeentecode;

/**
 * The portal's tables. Every query names the gemeente and the person; row-level security checks the gemeente a
 * second time.
 */
@Repository
public class PortaalOpslag {

    private final JdbcClient jdbc;

    PortaalOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UUID> persoonVanAccount(String gemeente, String gebruikersnaam) {
        return jdbc.sql("select inburgeraar_id from portaal_account where gemeentecode = ? and gebruikersnaam = ?")
                .params(gemeente, gebruikersnaam)
                .query(UUID.class)
                .optional();
    }

    public void koppel(String gemeente, String gebruikersnaam, UUID inburgeraarId, Optional<String> email) {
        jdbc.sql("""
                insert into portaal_account (gebruikersnaam, gemeentecode, inburgeraar_id, email) values (?, ?, ?, ?)
                on conflict (gebruikersnaam) do nothing""")
                .param(gebruikersnaam)
                .param(gemeente)
                .param(inburgeraarId)
                .param(email.orElse(null))
                .update();
    }

    public Optional<String> email(String gemeente, UUID inburgeraarId) {
        return jdbc.sql("""
                select email from portaal_account where gemeentecode = ? and inburgeraar_id = ? and email is not null
                 order by gekoppeld_op desc limit 1""").params(gemeente, inburgeraarId).query(String.class).optional();
    }

    /** The persons of the gemeente who gave an e-mail address for notifications. */
    public List<UUID> metEmail(String gemeente) {
        return jdbc.sql("""
                select distinct inburgeraar_id from portaal_account where gemeentecode = ? and email is not null""").param(gemeente).query(UUID.class).list();
    }

    public void wijzigEmail(String gemeente, String gebruikersnaam, Optional<String> email) {
        jdbc.sql("update portaal_account set email = ? where gemeentecode = ? and gebruikersnaam = ?")
                .param(email.orElse(null))
                .param(gemeente)
                .param(gebruikersnaam)
                .update();
    }

    public void bewaar(Bericht bericht) {
        jdbc.sql("""
                insert into portaal_bericht (id, gemeentecode, inburgeraar_id, richting, onderwerp, tekst, afzender,
                    verzonden_op) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        bericht.id(),
                        bericht.gemeente().waarde(),
                        bericht.inburgeraarId(),
                        bericht.richting().name(),
                        bericht.onderwerp(),
                        bericht.tekst(),
                        bericht.afzender(),
                        OffsetDateTime.ofInstant(bericht.verzondenOp(), java.time.ZoneOffset.UTC))
                .update();
    }

    public List<Bericht> berichten(String gemeente, UUID inburgeraarId) {
        return jdbc.sql("""
                select id, gemeentecode, inburgeraar_id, richting, onderwerp, tekst, afzender, verzonden_op,
                       afgehandeld_op from portaal_bericht where gemeentecode = ? and inburgeraar_id = ?
                 order by verzonden_op desc, id""")
                .params(gemeente, inburgeraarId)
                .query(PortaalOpslag::bericht)
                .list();
    }

    /** Marks the person's open messages (from the person) as handled; returns how many. */
    public int handelAf(String gemeente, UUID inburgeraarId, String door, Instant nu) {
        return jdbc.sql("""
                update portaal_bericht set afgehandeld_op = ?, afgehandeld_door = ?
                 where gemeentecode = ? and inburgeraar_id = ? and richting = 'VAN_INBURGERAAR' and afgehandeld_op is null""")
                .params(OffsetDateTime.ofInstant(nu, java.time.ZoneOffset.UTC), door, gemeente, inburgeraarId)
                .update();
    }

    /** Per person with open messages: the moment of the oldest open one (the worklist's signal). */
    public Map<UUID, Instant> oudsteOpen(String gemeente, Collection<UUID> inburgeraarIds) {
        Map<UUID, Instant> open = new HashMap<>();
        if (inburgeraarIds.isEmpty()) {
            return open;
        }
        jdbc.sql("""
                select inburgeraar_id, min(verzonden_op) from portaal_bericht
                 where gemeentecode = ? and richting = 'VAN_INBURGERAAR' and afgehandeld_op is null
                   and inburgeraar_id = any(?) group by inburgeraar_id""")
                .params(gemeente, inburgeraarIds.toArray(UUID[]::new))
                .query((rij, n) -> open.put(
                        rij.getObject(1, UUID.class),
                        rij.getObject(2, OffsetDateTime.class).toInstant()))
                .list();
        return open;
    }

    public void bewaar(Portaaldocument document, byte[] inhoud) {
        jdbc.sql("""
                insert into portaal_document (id, gemeentecode, inburgeraar_id, bestandsnaam, soort, grootte, inhoud,
                    omschrijving, geupload_op) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        document.id(),
                        document.gemeente().waarde(),
                        document.inburgeraarId(),
                        document.bestandsnaam(),
                        document.soort().mediatype(),
                        document.grootte(),
                        inhoud,
                        document.omschrijving(),
                        OffsetDateTime.ofInstant(document.geuploadOp(), java.time.ZoneOffset.UTC))
                .update();
    }

    public List<Portaaldocument> documenten(String gemeente, UUID inburgeraarId) {
        return jdbc.sql("""
                select id, gemeentecode, inburgeraar_id, bestandsnaam, soort, grootte, omschrijving, geupload_op
                  from portaal_document where gemeentecode = ? and inburgeraar_id = ? order by geupload_op desc, id""")
                .params(gemeente, inburgeraarId)
                .query(PortaalOpslag::document)
                .list();
    }

    public Optional<byte[]> inhoud(String gemeente, UUID inburgeraarId, UUID documentId) {
        return jdbc.sql("select inhoud from portaal_document where gemeentecode = ? and inburgeraar_id = ? and id = ?")
                .params(gemeente, inburgeraarId, documentId)
                .query((rij, n) -> rij.getBytes(1))
                .optional();
    }

    public void bewaar(Gesprek gesprek) {
        jdbc.sql("""
                insert into portaal_gesprek (id, gemeentecode, inburgeraar_id, soort, moment, plaats, notitie,
                    gepland_door, gepland_op) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        gesprek.id(),
                        gesprek.gemeente().waarde(),
                        gesprek.inburgeraarId(),
                        gesprek.soort().name(),
                        gesprek.moment(),
                        gesprek.plaats(),
                        gesprek.notitie(),
                        gesprek.geplandDoor(),
                        OffsetDateTime.ofInstant(gesprek.geplandOp(), java.time.ZoneOffset.UTC))
                .update();
    }

    /** The person's planned conversations from {@code vanaf} on, by moment. */
    public List<Gesprek> gesprekken(String gemeente, UUID inburgeraarId, LocalDateTime vanaf) {
        return jdbc.sql("""
                select id, gemeentecode, inburgeraar_id, soort, moment, plaats, coalesce(notitie, ''), gepland_door,
                       gepland_op from portaal_gesprek
                 where gemeentecode = ? and inburgeraar_id = ? and moment >= ? order by moment, id""")
                .params(gemeente, inburgeraarId, vanaf)
                .query((rij, n) -> new Gesprek(
                        rij.getObject(1, UUID.class),
                        new Gemeentecode(rij.getString(2)),
                        rij.getObject(3, UUID.class),
                        Gesprek.Soort.valueOf(rij.getString(4)),
                        rij.getObject(5, LocalDateTime.class),
                        rij.getString(6),
                        rij.getString(7),
                        rij.getString(8),
                        rij.getObject(9, OffsetDateTime.class).toInstant()))
                .list();
    }

    public Map<String, Afspraakreactie> reacties(String gemeente, UUID inburgeraarId) {
        Map<String, Afspraakreactie> reacties = new HashMap<>();
        jdbc.sql("select afspraak, reactie from portaal_afspraakreactie where gemeentecode = ? and inburgeraar_id = ?")
                .params(gemeente, inburgeraarId)
                .query((rij, n) -> reacties.put(rij.getString(1), Afspraakreactie.valueOf(rij.getString(2))))
                .list();
        return reacties;
    }

    public void reageer(
            String gemeente,
            UUID inburgeraarId,
            String afspraak,
            Afspraakreactie reactie,
            String toelichting,
            Instant nu) {
        jdbc.sql("""
                insert into portaal_afspraakreactie (gemeentecode, inburgeraar_id, afspraak, reactie, toelichting, gegeven_op)
                values (?, ?, ?, ?, ?, ?)
                on conflict (gemeentecode, inburgeraar_id, afspraak)
                do update set reactie = excluded.reactie, toelichting = excluded.toelichting, gegeven_op = excluded.gegeven_op""")
                .params(
                        gemeente,
                        inburgeraarId,
                        afspraak,
                        reactie.name(),
                        toelichting,
                        OffsetDateTime.ofInstant(nu, java.time.ZoneOffset.UTC))
                .update();
    }

    private static Bericht bericht(ResultSet rij, int n) throws SQLException {
        OffsetDateTime afgehandeld = rij.getObject(9, OffsetDateTime.class);
        return new Bericht(
                rij.getObject(1, UUID.class),
                new Gemeentecode(rij.getString(2)),
                rij.getObject(3, UUID.class),
                Richting.valueOf(rij.getString(4)),
                rij.getString(5),
                rij.getString(6),
                rij.getString(7),
                rij.getObject(8, OffsetDateTime.class).toInstant(),
                Optional.ofNullable(afgehandeld).map(OffsetDateTime::toInstant));
    }

    private static Portaaldocument document(ResultSet rij, int n) throws SQLException {
        return new Portaaldocument(
                rij.getObject(1, UUID.class),
                new Gemeentecode(rij.getString(2)),
                rij.getObject(3, UUID.class),
                rij.getString(4),
                Documentsoort.vanMediatype(rij.getString(5)),
                rij.getInt(6),
                rij.getString(7),
                rij.getObject(8, OffsetDateTime.class).toInstant());
    }
}
