package nl.openinburgering.begeleiding.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.openinburgering.begeleiding.Onderwerp;
import nl.openinburgering.begeleiding.Subsidie;

/**
 * The aggregates of the accountability per partner: counts and sums over a period, never a person (a report
 * read model; row-level security keeps it within the gemeente).
 */
@Repository
public class VerantwoordingOpslag {

    private final JdbcClient jdbc;

    VerantwoordingOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Trajecten of the partner that ran during part of {@code [vanaf, tot)}. */
    public long begeleid(String gemeente, UUID partner, LocalDate vanaf, LocalDate tot) {
        return jdbc.sql("""
                select count(*) from begeleidingstraject
                where gemeentecode = ? and partner_id = ? and startdatum < ?
                  and (afgesloten_op is null or afgesloten_op >= ?)""")
                .params(gemeente, partner, tot, vanaf)
                .query(Long.class)
                .single();
    }

    /** Trajecten of the partner that started in {@code [vanaf, tot)}. */
    public long gestart(String gemeente, UUID partner, LocalDate vanaf, LocalDate tot) {
        return jdbc.sql("""
                select count(*) from begeleidingstraject
                where gemeentecode = ? and partner_id = ? and startdatum >= ? and startdatum < ?""")
                .params(gemeente, partner, vanaf, tot)
                .query(Long.class)
                .single();
    }

    /** Per subject the number of contact moments and their hours in {@code [vanaf, tot)}. */
    public Map<Onderwerp, Map.Entry<Long, BigDecimal>> perOnderwerp(
            String gemeente, UUID partner, LocalDate vanaf, LocalDate tot) {
        Map<Onderwerp, Map.Entry<Long, BigDecimal>> per = new EnumMap<>(Onderwerp.class);
        jdbc.sql("""
                select c.onderwerp, count(*), sum(c.uren)
                from contactmoment c join begeleidingstraject t on t.id = c.traject_id and t.gemeentecode = c.gemeentecode
                where c.gemeentecode = ? and t.partner_id = ? and c.datum >= ? and c.datum < ?
                group by c.onderwerp""").params(gemeente, partner, vanaf, tot).query(rij -> {
            per.put(Onderwerp.valueOf(rij.getString(1)), Map.entry(rij.getLong(2), rij.getBigDecimal(3)));
        });
        return per;
    }

    public Optional<Subsidie> subsidie(String gemeente, UUID partner, int jaar) {
        return jdbc.sql("""
                select bedrag, bedrag_per_traject from begeleiding_subsidie
                where gemeentecode = ? and partner_id = ? and jaar = ?""")
                .params(gemeente, partner, jaar)
                .query((rij, n) -> new Subsidie(rij.getBigDecimal(1), rij.getBigDecimal(2)))
                .optional();
    }

    public void stelSubsidieIn(String gemeente, UUID partner, int jaar, Subsidie subsidie, String door) {
        jdbc.sql("""
                insert into begeleiding_subsidie (gemeentecode, partner_id, jaar, bedrag, bedrag_per_traject, gewijzigd_door)
                values (?, ?, ?, ?, ?, ?)
                on conflict (partner_id, jaar) do update set bedrag = excluded.bedrag,
                    bedrag_per_traject = excluded.bedrag_per_traject, gewijzigd_door = excluded.gewijzigd_door,
                    gewijzigd_op = now()""")
                .params(gemeente, partner, jaar, subsidie.bedrag(), subsidie.bedragPerTraject(), door)
                .update();
    }
}
