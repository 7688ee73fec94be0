package nl.openinburgering.begroting.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.openinburgering.begroting.Prognose;
import nl.openinburgering.begroting.SpukPrijzen;
import nl.openinburgering.begroting.Tolkinzet;

/** The begroting's settings and the interpreter register of a gemeente; every query names the gemeente (RLS too). */
@Repository
public class BegrotingOpslag {

    private final JdbcClient jdbc;

    BegrotingOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Prognose> prognoses(String gemeente) {
        return jdbc.sql("""
                        select jaar, huisvestingstaakstelling, gezinsmigranten, factor_procent
                        from spuk_prognose where gemeentecode = ? order by jaar""")
                .param(gemeente)
                .query((rs, n) -> new Prognose(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getBigDecimal(4)))
                .list();
    }

    public void bewaar(String gemeente, Prognose p, String door) {
        jdbc.sql("""
                        insert into spuk_prognose (gemeentecode, jaar, huisvestingstaakstelling, gezinsmigranten,
                                                   factor_procent, gewijzigd_door)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (gemeentecode, jaar) do update set
                            huisvestingstaakstelling = excluded.huisvestingstaakstelling,
                            gezinsmigranten = excluded.gezinsmigranten, factor_procent = excluded.factor_procent,
                            gewijzigd_door = excluded.gewijzigd_door, gewijzigd_op = now()""")
                .params(gemeente, p.jaar(), p.huisvestingstaakstelling(), p.gezinsmigranten(), p.factorProcent(), door)
                .update();
    }

    public int verwijderPrognose(String gemeente, int jaar) {
        return jdbc.sql("delete from spuk_prognose where gemeentecode = ? and jaar = ?")
                .params(gemeente, jaar)
                .update();
    }

    public List<SpukPrijzen> prijzen(String gemeente) {
        return jdbc.sql("""
                        select jaar, asielstatushouder_t, asielstatushouder_t1, asielstatushouder_t2, gezinsmigrant
                        from spuk_prijs where gemeentecode = ? order by jaar""")
                .param(gemeente)
                .query((rs, n) ->
                        new SpukPrijzen(rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), true))
                .list();
    }

    public void bewaar(String gemeente, SpukPrijzen p, String door) {
        jdbc.sql("""
                        insert into spuk_prijs (gemeentecode, jaar, asielstatushouder_t, asielstatushouder_t1,
                                                asielstatushouder_t2, gezinsmigrant, gewijzigd_door)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (gemeentecode, jaar) do update set
                            asielstatushouder_t = excluded.asielstatushouder_t,
                            asielstatushouder_t1 = excluded.asielstatushouder_t1,
                            asielstatushouder_t2 = excluded.asielstatushouder_t2,
                            gezinsmigrant = excluded.gezinsmigrant,
                            gewijzigd_door = excluded.gewijzigd_door, gewijzigd_op = now()""")
                .params(
                        gemeente,
                        p.jaar(),
                        p.asielstatushouderJaarT(),
                        p.asielstatushouderJaarT1(),
                        p.asielstatushouderJaarT2(),
                        p.gezinsmigrant(),
                        door)
                .update();
    }

    public Optional<Long> uitvoeringsbudget(String gemeente, int jaar) {
        return jdbc.sql("select bedrag_centen from uitvoeringsbudget where gemeentecode = ? and jaar = ?")
                .params(gemeente, jaar)
                .query(Long.class)
                .optional();
    }

    public void bewaarUitvoeringsbudget(String gemeente, int jaar, long centen, String door) {
        jdbc.sql("""
                        insert into uitvoeringsbudget (gemeentecode, jaar, bedrag_centen, gewijzigd_door)
                        values (?, ?, ?, ?)
                        on conflict (gemeentecode, jaar) do update set bedrag_centen = excluded.bedrag_centen,
                            gewijzigd_door = excluded.gewijzigd_door, gewijzigd_op = now()""").params(gemeente, jaar, centen, door).update();
    }

    public Optional<Long> ontzorgingPerBetaling(String gemeente) {
        return jdbc.sql("select ontzorging_per_betaling_centen from begroting_instelling where gemeentecode = ?")
                .param(gemeente)
                .query(Long.class)
                .optional();
    }

    public void bewaarOntzorgingPerBetaling(String gemeente, long centen, String door) {
        jdbc.sql("""
                        insert into begroting_instelling (gemeentecode, ontzorging_per_betaling_centen, gewijzigd_door)
                        values (?, ?, ?)
                        on conflict (gemeentecode) do update set
                            ontzorging_per_betaling_centen = excluded.ontzorging_per_betaling_centen,
                            gewijzigd_door = excluded.gewijzigd_door, gewijzigd_op = now()""").params(gemeente, centen, door).update();
    }

    public List<Tolkinzet> tolken(String gemeente, LocalDate vanaf, LocalDate tot) {
        return jdbc.sql("""
                        select id, datum, omschrijving, bedrag_centen from tolkinzet
                        where gemeentecode = ? and datum >= ? and datum < ? order by datum desc, id""")
                .params(gemeente, vanaf, tot)
                .query((rs, n) -> new Tolkinzet(
                        rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getLong(4)))
                .list();
    }

    public void bewaar(String gemeente, Tolkinzet t, String door) {
        jdbc.sql("""
                        insert into tolkinzet (id, gemeentecode, datum, omschrijving, bedrag_centen, ingevoerd_door)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(t.id(), gemeente, t.datum(), t.omschrijving(), t.bedragInCenten(), door)
                .update();
    }

    public int verwijderTolk(String gemeente, UUID id) {
        return jdbc.sql("delete from tolkinzet where gemeentecode = ? and id = ?")
                .params(gemeente, id)
                .update();
    }
}
