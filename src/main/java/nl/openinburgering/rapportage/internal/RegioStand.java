package nl.openinburgering.rapportage.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.openinburgering.rapportage.Cohortregel;

/** The regional view (V198, ADR 0014): the setting per gemeente and the region's totals of the daily stand. */
@Repository
public class RegioStand {

    private final JdbcClient jdbc;

    RegioStand(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> regio(String gemeente) {
        return jdbc.sql("select regio from regio_deelname where gemeentecode = ?")
                .param(gemeente)
                .query(String.class)
                .optional();
    }

    public void deel(String gemeente, String regio, String door) {
        jdbc.sql("""
                insert into regio_deelname (gemeentecode, regio, gewijzigd_door) values (?, ?, ?)
                on conflict (gemeentecode) do update set regio = excluded.regio, gewijzigd_door = excluded.gewijzigd_door,
                  gewijzigd_op = now()""").params(gemeente, regio, door).update();
    }

    public void deelNiet(String gemeente) {
        jdbc.sql("delete from regio_deelname where gemeentecode = ?")
                .param(gemeente)
                .update();
    }

    /** The number of sharing gemeenten and the region's cohorts (empty when the gemeente does not share). */
    public Regiocijfers cijfers() {
        List<Object[]> rijen = jdbc.sql(
                        "select gemeenten, jaar, personen, gevolgde_uren_taalles_knm, zroutes_afgerond from rapportage_regio_stand()")
                .query((rij, n) -> new Object[] {
                    rij.getLong(1),
                    new Cohortregel(
                            rij.getObject(2, Integer.class), rij.getLong(3), rij.getBigDecimal(4), rij.getLong(5))
                })
                .list();
        long gemeenten = rijen.isEmpty() ? 0 : (Long) rijen.getFirst()[0];
        return new Regiocijfers(
                gemeenten, rijen.stream().map(r -> (Cohortregel) r[1]).toList());
    }

    public record Regiocijfers(long gemeenten, List<Cohortregel> cohorten) {}
}
