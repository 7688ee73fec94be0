package nl.openinburgering.pvt.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.openinburgering.pvt.Aanwezigheid;
import nl.openinburgering.pvt.Bijeenkomst;
import nl.openinburgering.pvt.Groep;
import nl.openinburgering.pvt.Programma;
import nl.openinburgering.shared.MapThema;

/** Groups, members, sessions and attendance. Every query names the gemeente (the first wall). */
@Repository
public class PlanningOpslag {

    private static final String GROEP = """
            select g.id, g.naam, g.programma, g.aangemaakt_op,
                (select count(*) from pvt_groepslid l where l.groep_id = g.id and l.gemeentecode = g.gemeentecode),
                (select count(*) from pvt_bijeenkomst b where b.groep_id = g.id and b.gemeentecode = g.gemeentecode)
            from pvt_groep g""";
    private static final String BIJEENKOMST = """
            select id, groep_id, datum, begintijd, eindtijd, plaats, onderwerp, uren, activiteit, map_thema,
                aanbieder_id, aanwezigheid_geregistreerd from pvt_bijeenkomst""";

    private final JdbcClient jdbc;

    PlanningOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void maakGroep(String gemeente, UUID id, String naam, Programma programma, String door) {
        jdbc.sql("insert into pvt_groep (id, gemeentecode, naam, programma, aangemaakt_door) values (?, ?, ?, ?, ?)")
                .params(id, gemeente, naam, programma.name(), door)
                .update();
    }

    public List<Groep> groepen(String gemeente, int vanaf, int aantal) {
        return jdbc.sql(GROEP + " where g.gemeentecode = ? order by g.aangemaakt_op desc, g.id limit ? offset ?")
                .params(gemeente, aantal, vanaf)
                .query(PlanningOpslag::groep)
                .list();
    }

    public long aantalGroepen(String gemeente) {
        return jdbc.sql("select count(*) from pvt_groep where gemeentecode = ?")
                .param(gemeente)
                .query(Long.class)
                .single();
    }

    public Optional<Groep> groep(String gemeente, UUID id) {
        return jdbc.sql(GROEP + " where g.id = ? and g.gemeentecode = ?")
                .params(id, gemeente)
                .query(PlanningOpslag::groep)
                .optional();
    }

    public List<UUID> leden(String gemeente, UUID groepId) {
        return jdbc.sql(
                        "select inburgeraar_id from pvt_groepslid where groep_id = ? and gemeentecode = ? order by uitgenodigd_op, inburgeraar_id")
                .params(groepId, gemeente)
                .query(UUID.class)
                .list();
    }

    /** The members with the day they were invited, in the order they were invited. */
    public Map<UUID, LocalDate> uitgenodigd(String gemeente, UUID groepId) {
        Map<UUID, LocalDate> leden = new LinkedHashMap<>();
        jdbc.sql(
                        "select inburgeraar_id, uitgenodigd_op from pvt_groepslid where groep_id = ? and gemeentecode = ? order by uitgenodigd_op, inburgeraar_id")
                .params(groepId, gemeente)
                .query(rij -> {
                    leden.put(rij.getObject(1, UUID.class), rij.getObject(2, LocalDate.class));
                });
        return leden;
    }

    /** Adds the members that are not in the group yet; returns how many were new. */
    public int voegLedenToe(String gemeente, UUID groepId, Collection<UUID> inburgeraarIds, LocalDate op) {
        int nieuw = 0;
        for (UUID id : inburgeraarIds) {
            nieuw += jdbc.sql("""
                    insert into pvt_groepslid (groep_id, inburgeraar_id, gemeentecode, uitgenodigd_op) values (?, ?, ?, ?)
                    on conflict do nothing""").params(groepId, id, gemeente, op).update();
        }
        return nieuw;
    }

    public void plan(String gemeente, Bijeenkomst b) {
        jdbc.sql("""
                insert into pvt_bijeenkomst (id, gemeentecode, groep_id, datum, begintijd, eindtijd, plaats, onderwerp,
                    uren, activiteit, map_thema, aanbieder_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Arrays.asList(
                        b.id(),
                        gemeente,
                        b.groepId(),
                        b.datum(),
                        b.begintijd(),
                        b.eindtijd(),
                        b.plaats(),
                        b.onderwerp(),
                        b.uren(),
                        b.activiteit(),
                        b.mapThema().map(Enum::name).orElse(null),
                        b.aanbiederId().orElse(null)))
                .update();
    }

    public List<Bijeenkomst> bijeenkomsten(String gemeente, UUID groepId) {
        return jdbc.sql(BIJEENKOMST + " where groep_id = ? and gemeentecode = ? order by datum, begintijd")
                .params(groepId, gemeente)
                .query(PlanningOpslag::bijeenkomst)
                .list();
    }

    /** The sessions of every group the person is a member of, from a day on, by date (the portal's appointments). */
    public List<Bijeenkomst> bijeenkomstenVanLid(String gemeente, UUID inburgeraarId, LocalDate vanaf) {
        return jdbc.sql(BIJEENKOMST
                        + " where gemeentecode = ? and datum >= ? and groep_id in (select groep_id from pvt_groepslid"
                        + " where gemeentecode = ? and inburgeraar_id = ?) order by datum, begintijd")
                .params(gemeente, vanaf, gemeente, inburgeraarId)
                .query(PlanningOpslag::bijeenkomst)
                .list();
    }

    public Optional<Bijeenkomst> bijeenkomst(String gemeente, UUID groepId, UUID id) {
        return jdbc.sql(BIJEENKOMST + " where id = ? and groep_id = ? and gemeentecode = ?")
                .params(id, groepId, gemeente)
                .query(PlanningOpslag::bijeenkomst)
                .optional();
    }

    /** The attendance of every member at one session: present or not, replacing an earlier registration. */
    public void registreerAanwezigheid(
            String gemeente, UUID bijeenkomstId, List<UUID> leden, Collection<UUID> aanwezig, String door) {
        for (UUID lid : leden) {
            jdbc.sql("""
                    insert into pvt_aanwezigheid (bijeenkomst_id, inburgeraar_id, gemeentecode, aanwezig, geregistreerd_door)
                    values (?, ?, ?, ?, ?)
                    on conflict (bijeenkomst_id, inburgeraar_id) do update set aanwezig = excluded.aanwezig,
                        geregistreerd_door = excluded.geregistreerd_door, geregistreerd_op = now()""")
                    .params(bijeenkomstId, lid, gemeente, aanwezig.contains(lid), door)
                    .update();
        }
        jdbc.sql("update pvt_bijeenkomst set aanwezigheid_geregistreerd = true where id = ? and gemeentecode = ?")
                .params(bijeenkomstId, gemeente)
                .update();
    }

    public List<UUID> aanwezigen(String gemeente, UUID bijeenkomstId) {
        return jdbc.sql(
                        "select inburgeraar_id from pvt_aanwezigheid where bijeenkomst_id = ? and gemeentecode = ? and aanwezig")
                .params(bijeenkomstId, gemeente)
                .query(UUID.class)
                .list();
    }

    /** A person's registered attendance at every session, oldest first. */
    public List<Aanwezigheid> aanwezigheden(String gemeente, UUID inburgeraarId) {
        return jdbc.sql("""
                select b.id, b.datum, b.onderwerp, g.programma, b.uren, b.activiteit, b.map_thema, a.aanwezig
                from pvt_aanwezigheid a
                join pvt_bijeenkomst b on b.id = a.bijeenkomst_id and b.gemeentecode = a.gemeentecode
                join pvt_groep g on g.id = b.groep_id and g.gemeentecode = b.gemeentecode
                where a.inburgeraar_id = ? and a.gemeentecode = ? order by b.datum, b.begintijd""")
                .params(inburgeraarId, gemeente)
                .query((rij, n) -> new Aanwezigheid(
                        rij.getObject(1, UUID.class),
                        rij.getObject(2, LocalDate.class),
                        rij.getString(3),
                        Programma.valueOf(rij.getString(4)),
                        rij.getBigDecimal(5),
                        rij.getBoolean(6),
                        thema(rij.getString(7)),
                        rij.getBoolean(8)))
                .list();
    }

    private static Groep groep(ResultSet rij, int n) throws SQLException {
        return new Groep(
                rij.getObject(1, UUID.class),
                rij.getString(2),
                Programma.valueOf(rij.getString(3)),
                rij.getInt(5),
                rij.getInt(6),
                rij.getObject(4, OffsetDateTime.class).toInstant());
    }

    private static Bijeenkomst bijeenkomst(ResultSet rij, int n) throws SQLException {
        return new Bijeenkomst(
                rij.getObject(1, UUID.class),
                rij.getObject(2, UUID.class),
                rij.getObject(3, LocalDate.class),
                rij.getObject(4, LocalTime.class),
                rij.getObject(5, LocalTime.class),
                rij.getString(6),
                rij.getString(7),
                rij.getBigDecimal(8),
                rij.getBoolean(9),
                thema(rij.getString(10)),
                Optional.ofNullable(rij.getObject(11, UUID.class)),
                rij.getBoolean(12));
    }

    private static Optional<MapThema> thema(String waarde) {
        return Optional.ofNullable(waarde).map(MapThema::valueOf);
    }
}
