package nl.openinburgering.duo.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.openinburgering.duo.DuoInstelling;
import nl.openinburgering.duo.Oin;

/** Table {@code duo_instelling}: per gemeente its OIN and whether it has M2M (no personal data, no RLS). */
@Repository
public class DuoInstellingen {

    private final JdbcClient jdbc;

    DuoInstellingen(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<DuoInstelling> van(String gemeentecode) {
        return jdbc.sql("select gemeentecode, oin, m2m from duo_instelling where gemeentecode = ?")
                .param(gemeentecode)
                .query((rs, i) -> new DuoInstelling(rs.getString(1), new Oin(rs.getString(2)), rs.getBoolean(3)))
                .optional();
    }

    public Optional<DuoInstelling> metOin(Oin oin) {
        return jdbc.sql("select gemeentecode, oin, m2m from duo_instelling where oin = ?")
                .param(oin.waarde())
                .query((rs, i) -> new DuoInstelling(rs.getString(1), new Oin(rs.getString(2)), rs.getBoolean(3)))
                .optional();
    }

    public List<String> gemeenten() {
        return jdbc.sql("select gemeentecode from duo_instelling order by gemeentecode")
                .query(String.class)
                .list();
    }

    public void sla(DuoInstelling instelling, String door) {
        jdbc.sql("""
                        insert into duo_instelling (gemeentecode, oin, m2m, gewijzigd_door) values (?, ?, ?, ?)
                        on conflict (gemeentecode) do update
                        set oin = excluded.oin, m2m = excluded.m2m, gewijzigd_door = excluded.gewijzigd_door,
                            gewijzigd_op = now()""")
                .params(instelling.gemeentecode(), instelling.oin().waarde(), instelling.m2m(), door)
                .update();
    }
}
