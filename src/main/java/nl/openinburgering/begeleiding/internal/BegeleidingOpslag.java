package nl.openinburgering.begeleiding.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.openinburgering.begeleiding.Begeleidingstraject;
import nl.openinburgering.begeleiding.Contactmoment;
import nl.openinburgering.begeleiding.Onderwerp;
import nl.openinburgering.begeleiding.Partner;
import nl.openinburgering.begeleiding.Partnercontact;

/**
 * Partners, begeleiders, trajecten, contact moments and the duration setting. Every query names the gemeente (the
 * first wall; row-level security is the second).
 */
@Repository
public class BegeleidingOpslag {

    private static final String TRAJECT = """
            select t.id, t.inburgeraar_id, p.id, p.naam, t.startdatum, t.einddatum, t.afgesloten_op, t.samenvatting,
                   t.afgesloten_door
            from begeleidingstraject t join begeleidingspartner p on p.id = t.partner_id
            """;

    private final JdbcClient jdbc;

    BegeleidingOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Partner> partners(String gemeente) {
        return jdbc.sql("select id, naam from begeleidingspartner where gemeentecode = ? order by naam")
                .param(gemeente)
                .query((rij, n) -> new Partner(rij.getObject(1, UUID.class), rij.getString(2)))
                .list();
    }

    /** The partner of the person's running (not closed) traject, with its contact details. */
    public Optional<Partnercontact> partnercontact(String gemeente, UUID inburgeraarId) {
        return jdbc.sql("""
                select p.naam, p.telefoon, p.email
                  from begeleidingstraject t join begeleidingspartner p on p.id = t.partner_id
                 where t.gemeentecode = ? and t.inburgeraar_id = ? and t.afgesloten_op is null""")
                .params(gemeente, inburgeraarId)
                .query((rij, n) -> new Partnercontact(
                        rij.getString(1), Optional.ofNullable(rij.getString(2)), Optional.ofNullable(rij.getString(3))))
                .optional();
    }

    /** The partner a begeleider account guides for, if it is linked to one in this gemeente. */
    public Optional<UUID> partnerVan(String gemeente, String gebruikersnaam) {
        return jdbc.sql("select partner_id from begeleider where gemeentecode = ? and gebruikersnaam = ?")
                .params(gemeente, gebruikersnaam)
                .query(UUID.class)
                .optional();
    }

    public Optional<Begeleidingstraject> traject(String gemeente, UUID trajectId) {
        return jdbc.sql(TRAJECT + " where t.gemeentecode = ? and t.id = ?")
                .params(gemeente, trajectId)
                .query((rij, n) -> traject(rij))
                .optional();
    }

    public Optional<Begeleidingstraject> trajectVan(String gemeente, UUID inburgeraarId) {
        return jdbc.sql(TRAJECT + " where t.gemeentecode = ? and t.inburgeraar_id = ?")
                .params(gemeente, inburgeraarId)
                .query((rij, n) -> traject(rij))
                .optional();
    }

    /** A page of the partner's trajecten, open ones first, then by start (newest first). */
    public List<Begeleidingstraject> trajectenVan(String gemeente, UUID partner, int vanaf, int aantal) {
        return jdbc.sql(TRAJECT + """
                 where t.gemeentecode = ? and t.partner_id = ?
                 order by (t.afgesloten_op is not null), t.startdatum desc, t.id
                 offset ? limit ?""")
                .params(gemeente, partner, vanaf, aantal)
                .query((rij, n) -> traject(rij))
                .list();
    }

    public long aantalVan(String gemeente, UUID partner) {
        return jdbc.sql("select count(*) from begeleidingstraject where gemeentecode = ? and partner_id = ?")
                .params(gemeente, partner)
                .query(Long.class)
                .single();
    }

    /** The open trajecten among these persons, for the worklist signal (R8.4). */
    public List<Begeleidingstraject> openTrajecten(String gemeente, Collection<UUID> inburgeraarIds) {
        if (inburgeraarIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(TRAJECT + " where t.gemeentecode = ? and t.afgesloten_op is null and t.inburgeraar_id = any(?)")
                .params(gemeente, inburgeraarIds.toArray(UUID[]::new))
                .query((rij, n) -> traject(rij))
                .list();
    }

    public void bewaar(String gemeente, Begeleidingstraject traject, String door) {
        jdbc.sql("""
                insert into begeleidingstraject (id, gemeentecode, inburgeraar_id, partner_id, startdatum, einddatum,
                    gestart_door) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        traject.id(),
                        gemeente,
                        traject.inburgeraarId(),
                        traject.partner().id(),
                        traject.startdatum(),
                        traject.einddatum(),
                        door)
                .update();
    }

    /** Stores the closing; false when someone else closed it in the meantime. */
    public boolean sluitAf(String gemeente, Begeleidingstraject traject) {
        Begeleidingstraject.Afsluiting afsluiting = traject.afsluiting().orElseThrow();
        return jdbc.sql("""
                update begeleidingstraject set afgesloten_op = ?, samenvatting = ?, afgesloten_door = ?
                where gemeentecode = ? and id = ? and afgesloten_op is null""")
                        .params(
                                afsluiting.datum(),
                                afsluiting.samenvatting(),
                                afsluiting.door(),
                                gemeente,
                                traject.id())
                        .update()
                == 1;
    }

    public List<Contactmoment> contactmomenten(String gemeente, UUID trajectId) {
        return jdbc.sql("""
                select id, traject_id, datum, onderwerp, uren, notitie, praktische_hulp, vastgelegd_door
                from contactmoment where gemeentecode = ? and traject_id = ? order by datum desc, vastgelegd_op desc""")
                .params(gemeente, trajectId)
                .query((rij, n) -> new Contactmoment(
                        rij.getObject(1, UUID.class),
                        rij.getObject(2, UUID.class),
                        rij.getObject(3, LocalDate.class),
                        Onderwerp.valueOf(rij.getString(4)),
                        rij.getBigDecimal(5),
                        rij.getString(6),
                        Optional.ofNullable(rij.getString(7)),
                        rij.getString(8)))
                .list();
    }

    public void voegToe(String gemeente, UUID inburgeraarId, Contactmoment moment) {
        jdbc.sql("""
                insert into contactmoment (id, traject_id, gemeentecode, inburgeraar_id, datum, onderwerp, uren, notitie,
                    praktische_hulp, vastgelegd_door) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Arrays.asList(
                        moment.id(),
                        moment.trajectId(),
                        gemeente,
                        inburgeraarId,
                        moment.datum(),
                        moment.onderwerp().name(),
                        moment.uren(),
                        moment.notitie(),
                        moment.praktischeHulp().orElse(null),
                        moment.vastgelegdDoor()))
                .update();
    }

    /** R8.3: the hours of all contact moments per person, in one query. */
    public Map<UUID, BigDecimal> uren(String gemeente, Collection<UUID> inburgeraarIds) {
        Map<UUID, BigDecimal> uren = new HashMap<>();
        if (inburgeraarIds.isEmpty()) {
            return uren;
        }
        jdbc.sql("""
                select inburgeraar_id, sum(uren) from contactmoment
                where gemeentecode = ? and inburgeraar_id = any(?) group by inburgeraar_id""").params(gemeente, inburgeraarIds.toArray(UUID[]::new)).query(rij -> {
            uren.put(rij.getObject(1, UUID.class), rij.getBigDecimal(2));
        });
        return uren;
    }

    public Optional<Integer> duurMaanden(String gemeente) {
        return jdbc.sql("select duur_maanden from begeleiding_instelling where gemeentecode = ?")
                .param(gemeente)
                .query(Integer.class)
                .optional();
    }

    public void stelDuurIn(String gemeente, int maanden, String door) {
        jdbc.sql("""
                insert into begeleiding_instelling (gemeentecode, duur_maanden, gewijzigd_door) values (?, ?, ?)
                on conflict (gemeentecode) do update set duur_maanden = excluded.duur_maanden,
                    gewijzigd_door = excluded.gewijzigd_door, gewijzigd_op = now()""").params(gemeente, maanden, door).update();
    }

    private static Begeleidingstraject traject(ResultSet rij) throws SQLException {
        LocalDate afgesloten = rij.getObject(7, LocalDate.class);
        return new Begeleidingstraject(
                rij.getObject(1, UUID.class),
                rij.getObject(2, UUID.class),
                new Partner(rij.getObject(3, UUID.class), rij.getString(4)),
                rij.getObject(5, LocalDate.class),
                rij.getObject(6, LocalDate.class),
                afgesloten == null
                        ? Optional.empty()
                        : Optional.of(
                                new Begeleidingstraject.Afsluiting(afgesloten, rij.getString(8), rij.getString(9))));
    }
}
