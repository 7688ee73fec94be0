package nl.openinburgering.inburgeraar.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.openinburgering.inburgeraar.Doelgroep;
import nl.openinburgering.inburgeraar.Instroom;

/** Counts the files per year of the start of the inburgeringsplicht and doelgroep, in one query. */
@Component
public class InstroomTeller {

    private final JdbcClient jdbc;

    InstroomTeller(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Instroom> tel(String gemeente, int vanJaar, int totEnMetJaar) {
        return jdbc.sql("""
                        select extract(year from datum_start_inburgeringsplicht)::int, doelgroep, count(*)
                        from inburgeraar
                        where gemeentecode = :g
                          and datum_start_inburgeringsplicht >= make_date(:van, 1, 1)
                          and datum_start_inburgeringsplicht < make_date(:tot + 1, 1, 1)
                        group by 1, 2 order by 1, 2""")
                .param("g", gemeente)
                .param("van", vanJaar)
                .param("tot", totEnMetJaar)
                .query((rs, n) -> new Instroom(rs.getInt(1), Doelgroep.valueOf(rs.getString(2)), rs.getLong(3)))
                .list();
    }
}
