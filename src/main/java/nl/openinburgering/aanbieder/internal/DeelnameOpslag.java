package nl.openinburgering.aanbieder.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.openinburgering.aanbieder.Deelname;
import nl.openinburgering.aanbieder.Deelnamesoort;
import nl.openinburgering.shared.Gemeentecode;

/**
 * Deelnames. Every query names the gemeente or the provider: the first wall. Row-level security (gemeente
 * or provider of the row) is the second.
 */
@Repository
public class DeelnameOpslag {

    private static final String KOLOMMEN = """
            select d.id, d.gemeentecode, d.inburgeraar_id, d.aanbieder_id, a.naam, d.soort, d.startdatum, d.einddatum, d.versie
            from deelname d join aanbieder a on a.id = d.aanbieder_id
            """;

    private final JdbcClient jdbc;

    DeelnameOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void nieuw(Deelname deelname, String door) {
        jdbc.sql("""
                insert into deelname (id, gemeentecode, aanbieder_id, inburgeraar_id, soort, startdatum, einddatum,
                                      ingeschreven_door, versie)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Arrays.asList(
                        deelname.id(),
                        deelname.gemeentecode().waarde(),
                        deelname.aanbiederId(),
                        deelname.inburgeraarId(),
                        deelname.soort().name(),
                        deelname.startdatum(),
                        deelname.einddatum(),
                        door,
                        deelname.versie()))
                .update();
    }

    public List<Deelname> vanInburgeraar(String gemeentecode, UUID inburgeraarId) {
        return jdbc.sql(KOLOMMEN + "where d.gemeentecode = ? and d.inburgeraar_id = ? order by d.startdatum desc, d.id")
                .params(gemeentecode, inburgeraarId)
                .query(DeelnameOpslag::deelname)
                .list();
    }

    public Optional<Deelname> vanAanbieder(UUID deelnameId, UUID aanbiederId) {
        return jdbc.sql(KOLOMMEN + "where d.id = ? and d.aanbieder_id = ?")
                .params(deelnameId, aanbiederId)
                .query(DeelnameOpslag::deelname)
                .optional();
    }

    public Optional<Deelname> vanGemeente(UUID deelnameId, String gemeentecode) {
        return jdbc.sql(KOLOMMEN + "where d.id = ? and d.gemeentecode = ?")
                .params(deelnameId, gemeentecode)
                .query(DeelnameOpslag::deelname)
                .optional();
    }

    /** The provider's deelnames among {@code ids}, in one query (set-based validation of an upload). */
    public List<Deelname> vanAanbieder(UUID aanbiederId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(KOLOMMEN + "where d.aanbieder_id = ? and d.id = any(?)")
                .params(aanbiederId, AanbiederOpslag.uuids(ids))
                .query(DeelnameOpslag::deelname)
                .list();
    }

    public List<Deelname> paginaVanAanbieder(UUID aanbiederId, int pagina, int grootte) {
        return jdbc.sql(KOLOMMEN + "where d.aanbieder_id = ? order by d.startdatum desc, d.id limit ? offset ?")
                .params(aanbiederId, grootte, (long) pagina * grootte)
                .query(DeelnameOpslag::deelname)
                .list();
    }

    public long aantalVanAanbieder(UUID aanbiederId) {
        return jdbc.sql("select count(*) from deelname where aanbieder_id = ?")
                .param(aanbiederId)
                .query(Long.class)
                .single();
    }

    private static Deelname deelname(ResultSet rs, int n) throws SQLException {
        return new Deelname(
                rs.getObject(1, UUID.class),
                new Gemeentecode(rs.getString(2)),
                rs.getObject(3, UUID.class),
                rs.getObject(4, UUID.class),
                rs.getString(5),
                Deelnamesoort.valueOf(rs.getString(6)),
                rs.getObject(7, LocalDate.class),
                rs.getObject(8, LocalDate.class),
                rs.getLong(9));
    }
}
