package nl.openinburgering.rapportage.internal;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Issue 17 point 4 (R10.8): the monitoring set per person of a cohort (the year the plicht started) and the
 * cohort monitoring, read as report read models (ADR 0007, ADR 0014) under row-level security. The BSN is read
 * only to be hashed by the caller; the definitions of every column are in {@code docs/monitoringset.md}.
 */
@Repository
public class MonitoringLezer {

    static final String PERSONEN = """
            select i.bsn, i.doelgroep, i.datum_start_inburgeringsplicht, i.datum_vestiging_gemeente,
                   k.opleidingsniveau, k.lbt_resultaat, i.datum_start_termijn_vaststelling_leerroute,
                   p.eerste, p.eerste_route, p.huidige_route, p.huidig_niveau, p.schakelingen, p.afgeschaald,
                   o.datum as pvt, m.datum_eindgesprek as map, m.voldoende as map_voldoende, z.datum_eindgesprek as zroute,
                   e.geslaagd, e.gezakt, u.soort as uitstroom_soort, u.datum as uitstroom_datum, i.actief
            from inburgeraar i
            left join intake k on k.inburgeraar_id = i.id and k.gemeentecode = i.gemeentecode
            left join lateral (
                select min(v.dagtekening) as eerste,
                       (array_agg(v.leerroute order by v.dagtekening, v.opgesteld_op))[1] as eerste_route,
                       (array_agg(v.leerroute order by v.dagtekening desc, v.opgesteld_op desc))[1] as huidige_route,
                       (array_agg(v.niveau order by v.dagtekening desc, v.opgesteld_op desc))[1] as huidig_niveau,
                       count(*) filter (where v.vorige is not null and v.vorige <> v.leerroute) as schakelingen,
                       bool_or(v.vorig_niveau = 'B1' and v.leerroute = 'B1_ROUTE' and v.niveau = 'A2') as afgeschaald
                from (select q.dagtekening, q.opgesteld_op, q.leerroute, q.niveau,
                             lag(q.leerroute) over w as vorige, lag(q.niveau) over w as vorig_niveau
                      from pip q
                      where q.inburgeraar_id = i.id and q.gemeentecode = i.gemeentecode
                        and q.status in ('VASTGESTELD', 'VERVANGEN') and q.dagtekening is not null
                      window w as (order by q.dagtekening, q.opgesteld_op)) v) p on true
            left join pvt_ondertekening o on o.inburgeraar_id = i.id and o.gemeentecode = i.gemeentecode
            left join map_traject m on m.inburgeraar_id = i.id and m.gemeentecode = i.gemeentecode
            left join zroute_afronding z on z.inburgeraar_id = i.id and z.gemeentecode = i.gemeentecode
            left join lateral (
                select count(*) filter (where x.resultaat = 'GESLAAGD') as geslaagd,
                       count(*) filter (where x.resultaat = 'GEZAKT') as gezakt
                from examenresultaat x where x.inburgeraar_id = i.id and x.gemeentecode = i.gemeentecode) e on true
            left join lateral (
                select y.soort, y.datum from uitstroom y
                where y.inburgeraar_id = i.id and y.gemeentecode = i.gemeentecode
                order by y.datum limit 1) u on true
            where i.gemeentecode = :gemeente
              and i.datum_start_inburgeringsplicht >= :vanaf and i.datum_start_inburgeringsplicht < :tot
            order by i.datum_start_inburgeringsplicht, i.id""";

    /**
     * Where each cohort (year the plicht started) is now, each person counted once in the furthest stage reached:
     * closed (file no longer active), completed (Z-route completed, or all five exam parts passed), in a route (a
     * fixed PIP), in the intake (an intake row); the rest is registered only.
     */
    static final String COHORTEN = """
            select extract(year from i.datum_start_inburgeringsplicht)::integer as cohort,
                   count(*) as personen,
                   count(*) filter (where not i.actief) as afgesloten,
                   count(*) filter (where i.actief and (z.inburgeraar_id is not null or g.onderdelen = 5)) as afgerond,
                   count(*) filter (where i.actief and z.inburgeraar_id is null and coalesce(g.onderdelen, 0) < 5
                                    and exists (select from pip p where p.inburgeraar_id = i.id and p.gemeentecode = i.gemeentecode
                                                and p.status in ('VASTGESTELD', 'VERVANGEN'))) as in_route,
                   count(*) filter (where i.actief and z.inburgeraar_id is null and coalesce(g.onderdelen, 0) < 5
                                    and not exists (select from pip p where p.inburgeraar_id = i.id and p.gemeentecode = i.gemeentecode
                                                    and p.status in ('VASTGESTELD', 'VERVANGEN'))
                                    and exists (select from intake k where k.inburgeraar_id = i.id and k.gemeentecode = i.gemeentecode))
                       as in_intake
            from inburgeraar i
            left join zroute_afronding z on z.inburgeraar_id = i.id and z.gemeentecode = i.gemeentecode
            left join lateral (select count(distinct x.onderdeel) as onderdelen from examenresultaat x
                               where x.inburgeraar_id = i.id and x.gemeentecode = i.gemeentecode
                                 and x.resultaat = 'GESLAAGD') g on true
            where i.gemeentecode = :gemeente
            group by 1 order by 1""";

    private final JdbcClient jdbc;
    private final SecureRandom toeval = new SecureRandom();

    MonitoringLezer(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One row per person of the cohort, the BSN first (to be hashed, never written out), then the columns. */
    public List<@Nullable Object[]> personen(String gemeente, int cohort) {
        return jdbc.sql(PERSONEN)
                .param("gemeente", gemeente)
                .param("vanaf", LocalDate.of(cohort, 1, 1))
                .param("tot", LocalDate.of(cohort + 1, 1, 1))
                .query((rij, n) -> {
                    Object[] waarden = new Object[rij.getMetaData().getColumnCount()];
                    for (int k = 0; k < waarden.length; k++) {
                        waarden[k] = rij.getObject(k + 1);
                    }
                    return waarden;
                })
                .list();
    }

    /** Per cohort: persons, closed, completed, in a route, in the intake (the rest is registered only). */
    public List<long[]> cohorten(String gemeente) {
        return jdbc.sql(COHORTEN)
                .param("gemeente", gemeente)
                .query((rij, n) -> new long[] {
                    rij.getLong(1), rij.getLong(2), rij.getLong(3), rij.getLong(4), rij.getLong(5), rij.getLong(6)
                })
                .list();
    }

    /** The gemeente's secret for the pseudonyms, made (32 random bytes) at the first use. */
    public byte[] sleutel(String gemeente) {
        byte[] nieuw = new byte[32];
        toeval.nextBytes(nieuw);
        jdbc.sql("insert into monitoring_sleutel (gemeentecode, sleutel) values (?, ?) on conflict do nothing")
                .params(gemeente, nieuw)
                .update();
        return jdbc.sql("select sleutel from monitoring_sleutel where gemeentecode = ?")
                .param(gemeente)
                .query(byte[].class)
                .single();
    }
}
