package nl.openinburgering.rapportage.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * D10: the half-year report to the raad as one set-based statement, a report read model as ADR 0007 allows: it
 * reads the tables of {@code inburgeraar} (files, {@code uitstroom}), {@code pip}, {@code pvt}, {@code map} and
 * {@code leerroute} in SQL, as the app role under row-level security (the second wall behind {@code :gemeente}).
 * <p>
 * Definitions, for the half year {@code [:vanaf, :tot)}:
 * <ul>
 *   <li>housed: asielstatushouders whose date of settlement in the gemeente ({@code datum_vestiging_gemeente},
 *       without it the start of the plicht) lies in the half year, active or closed since, except persons who
 *       moved in from another gemeente with a PIP ({@code pip_herkomst}): they were housed by the first gemeente
 *       and count for its taakstelling;</li>
 *   <li>outflow: asielstatushouders with an {@code uitstroom} row dated in the half year, counted once per kind;</li>
 *   <li>new inburgeringsplichtigen: files whose plicht started in the half year, per doelgroep, again except
 *       persons who moved in with a PIP (they are new to the gemeente, not to the plicht);</li>
 *   <li>PIPs fixed: the first fixed PIP of a person in this gemeente (no earlier fixed version) with its
 *       dagtekening in the half year; within ten weeks (R2.8) when that dagtekening is at most 70 days after the
 *       start of the term; its leerroute for the route shares (D5);</li>
 *   <li>afschalen (R3.11): a later fixed version at A2 in the B1-route after a version at B1; schakelen: a later
 *       fixed version with another leerroute that is not an afschaling; both by dagtekening in the half year;</li>
 *   <li>PVT completed: signed ({@code pvt_ondertekening.datum}); MAP completed: eindgesprek held
 *       ({@code map_traject.datum_eindgesprek}); Z-route completed: eindgesprek ({@code zroute_afronding});</li>
 *   <li>exams: passed exam parts ({@code examenresultaat}, GESLAAGD) and all attempts, by exam date.</li>
 * </ul>
 */
@Repository
public class HalfjaarLezer {

    /** The statement, with {@code :gemeente}, {@code :vanaf} and {@code :tot}. */
    static final String SQL = """
            with versies as (
                select p.inburgeraar_id, p.dagtekening, p.leerroute, p.niveau,
                       lag(p.leerroute) over w as vorige_route, lag(p.niveau) over w as vorig_niveau
                from pip p
                where p.gemeentecode = :gemeente and p.status in ('VASTGESTELD', 'VERVANGEN') and p.dagtekening is not null
                window w as (partition by p.inburgeraar_id order by p.dagtekening, p.opgesteld_op)),
            in_periode as (
                select v.*, (v.vorig_niveau = 'B1' and v.leerroute = 'B1_ROUTE' and v.niveau = 'A2') as afschaling
                from versies v where v.dagtekening >= :vanaf and v.dagtekening < :tot)
            select
                (select count(*) from inburgeraar i
                 where i.gemeentecode = :gemeente and i.doelgroep = 'ASIELSTATUSHOUDER'
                   and coalesce(i.datum_vestiging_gemeente, i.datum_start_inburgeringsplicht) >= :vanaf
                   and coalesce(i.datum_vestiging_gemeente, i.datum_start_inburgeringsplicht) < :tot
                   and not exists (select from pip_herkomst h where h.inburgeraar_id = i.id and h.gemeentecode = i.gemeentecode))
                    as gehuisvest,
                (select count(distinct u.inburgeraar_id) filter (where u.soort = 'WERK') from uitstroom u
                 join inburgeraar i on i.id = u.inburgeraar_id and i.gemeentecode = u.gemeentecode
                 where u.gemeentecode = :gemeente and i.doelgroep = 'ASIELSTATUSHOUDER' and u.datum >= :vanaf and u.datum < :tot)
                    as uitstroom_werk,
                (select count(distinct u.inburgeraar_id) filter (where u.soort = 'EIGEN_ONDERNEMING') from uitstroom u
                 join inburgeraar i on i.id = u.inburgeraar_id and i.gemeentecode = u.gemeentecode
                 where u.gemeentecode = :gemeente and i.doelgroep = 'ASIELSTATUSHOUDER' and u.datum >= :vanaf and u.datum < :tot)
                    as uitstroom_onderneming,
                (select count(distinct u.inburgeraar_id) filter (where u.soort = 'STUDIE') from uitstroom u
                 join inburgeraar i on i.id = u.inburgeraar_id and i.gemeentecode = u.gemeentecode
                 where u.gemeentecode = :gemeente and i.doelgroep = 'ASIELSTATUSHOUDER' and u.datum >= :vanaf and u.datum < :tot)
                    as uitstroom_studie,
                (select count(*) filter (where i.doelgroep = 'ASIELSTATUSHOUDER') from inburgeraar i
                 where i.gemeentecode = :gemeente and i.datum_start_inburgeringsplicht >= :vanaf and i.datum_start_inburgeringsplicht < :tot
                   and not exists (select from pip_herkomst h where h.inburgeraar_id = i.id and h.gemeentecode = i.gemeentecode))
                    as nieuw_ash,
                (select count(*) filter (where i.doelgroep <> 'ASIELSTATUSHOUDER') from inburgeraar i
                 where i.gemeentecode = :gemeente and i.datum_start_inburgeringsplicht >= :vanaf and i.datum_start_inburgeringsplicht < :tot
                   and not exists (select from pip_herkomst h where h.inburgeraar_id = i.id and h.gemeentecode = i.gemeentecode))
                    as nieuw_gzm,
                (select count(*) from in_periode where vorige_route is null) as pips,
                (select count(*) from in_periode v join inburgeraar i on i.id = v.inburgeraar_id
                 where v.vorige_route is null and i.datum_start_termijn_vaststelling_leerroute is not null
                   and v.dagtekening <= i.datum_start_termijn_vaststelling_leerroute + 70) as binnen_tien_weken,
                (select count(*) from in_periode where vorige_route is null and leerroute = 'B1_ROUTE') as route_b1,
                (select count(*) from in_periode where vorige_route is null and leerroute = 'ONDERWIJSROUTE') as route_onderwijs,
                (select count(*) from in_periode where vorige_route is null and leerroute = 'Z_ROUTE') as route_z,
                (select count(*) from in_periode where afschaling) as afschalingen,
                (select count(*) from in_periode where vorige_route is not null and vorige_route <> leerroute and not afschaling)
                    as schakelingen,
                (select count(*) from pvt_ondertekening o
                 where o.gemeentecode = :gemeente and o.datum >= :vanaf and o.datum < :tot) as pvt,
                (select count(*) from map_traject m
                 where m.gemeentecode = :gemeente and m.datum_eindgesprek >= :vanaf and m.datum_eindgesprek < :tot) as map,
                (select count(*) from zroute_afronding z
                 where z.gemeentecode = :gemeente and z.datum_eindgesprek >= :vanaf and z.datum_eindgesprek < :tot) as zroute,
                (select count(*) filter (where e.resultaat = 'GESLAAGD') from examenresultaat e
                 where e.gemeentecode = :gemeente and e.datum >= :vanaf and e.datum < :tot) as geslaagd,
                (select count(*) from examenresultaat e
                 where e.gemeentecode = :gemeente and e.datum >= :vanaf and e.datum < :tot) as pogingen""";

    private final JdbcClient jdbc;

    HalfjaarLezer(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The counts, in the order of {@link Tellingen}. */
    public Tellingen tellingen(String gemeente, LocalDate vanaf, LocalDate tot) {
        return jdbc.sql(SQL)
                .param("gemeente", gemeente)
                .param("vanaf", vanaf)
                .param("tot", tot)
                .query((rij, n) -> Tellingen.van(rij))
                .single();
    }

    /** The huisvestingstaakstelling set for the half year, if any. */
    public Optional<Integer> taakstelling(String gemeente, int jaar, int helft) {
        return jdbc.sql(
                        "select aantal from huisvestingstaakstelling where gemeentecode = :g and jaar = :j and helft = :h")
                .param("g", gemeente)
                .param("j", jaar)
                .param("h", helft)
                .query(Integer.class)
                .optional();
    }

    public void stelTaakstellingIn(String gemeente, int jaar, int helft, int aantal, String door) {
        jdbc.sql("""
                insert into huisvestingstaakstelling (gemeentecode, jaar, helft, aantal, gewijzigd_door)
                values (:g, :j, :h, :a, :door)
                on conflict (gemeentecode, jaar, helft)
                do update set aantal = excluded.aantal, gewijzigd_door = excluded.gewijzigd_door, gewijzigd_op = now()""")
                .param("g", gemeente)
                .param("j", jaar)
                .param("h", helft)
                .param("a", aantal)
                .param("door", door)
                .update();
    }

    /** The raw counts of one half year. */
    public record Tellingen(long[] waarden) {

        static Tellingen van(ResultSet rij) throws SQLException {
            long[] w = new long[rij.getMetaData().getColumnCount()];
            for (int i = 0; i < w.length; i++) {
                w[i] = rij.getLong(i + 1);
            }
            return new Tellingen(w);
        }

        public long get(int kolom) {
            return waarden[kolom];
        }
    }
}
