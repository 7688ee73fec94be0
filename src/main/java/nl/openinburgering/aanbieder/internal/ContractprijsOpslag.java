package nl.openinburgering.aanbieder.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.openinburgering.aanbieder.Contractprijs;
import nl.openinburgering.aanbieder.DeelnameStart;
import nl.openinburgering.aanbieder.Deelnamesoort;
import nl.openinburgering.shared.Leerroute;

/** The contract prices and the starts of deelnames per gemeente (RLS as well as the filter). */
@Repository
public class ContractprijsOpslag {

    private final JdbcClient jdbc;

    ContractprijsOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Contractprijs> prijzen(String gemeente) {
        return jdbc.sql("""
                        select p.aanbieder_id, a.naam, p.soort, p.leerroute, p.prijs_centen
                        from aanbieder_contractprijs p join aanbieder a on a.id = p.aanbieder_id
                        where p.gemeentecode = :g order by a.naam, p.soort, p.leerroute""")
                .param("g", gemeente)
                .query((rs, n) -> new Contractprijs(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        Deelnamesoort.valueOf(rs.getString(3)),
                        rs.getString(4).isEmpty() ? Optional.empty() : Optional.of(Leerroute.valueOf(rs.getString(4))),
                        rs.getLong(5)))
                .list();
    }

    public void bewaar(String gemeente, Contractprijs prijs, String door) {
        jdbc.sql("""
                        insert into aanbieder_contractprijs
                            (gemeentecode, aanbieder_id, soort, leerroute, prijs_centen, gewijzigd_door)
                        values (:g, :a, :s, :r, :p, :door)
                        on conflict (gemeentecode, aanbieder_id, soort, leerroute)
                        do update set prijs_centen = excluded.prijs_centen, gewijzigd_door = excluded.gewijzigd_door,
                                      gewijzigd_op = now()""")
                .param("g", gemeente)
                .param("a", prijs.aanbiederId())
                .param("s", prijs.soort().name())
                .param("r", prijs.leerroute().map(Enum::name).orElse(""))
                .param("p", prijs.prijsInCenten())
                .param("door", door)
                .update();
    }

    public List<DeelnameStart> starts(String gemeente, LocalDate vanaf, LocalDate tot) {
        return jdbc.sql("""
                        select id, inburgeraar_id, aanbieder_id, soort, startdatum from deelname
                        where gemeentecode = :g and startdatum >= :vanaf and startdatum < :tot
                          and soort <> 'LEERROUTE_ZELFBETAALD'
                        order by startdatum, id""")
                .param("g", gemeente)
                .param("vanaf", vanaf)
                .param("tot", tot)
                .query((rs, n) -> new DeelnameStart(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        Deelnamesoort.valueOf(rs.getString(4)),
                        rs.getObject(5, LocalDate.class)))
                .list();
    }
}
