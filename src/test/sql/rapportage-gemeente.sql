-- The per-gemeente report "uren per cohort" (GET /api/v1/rapportages/uren-per-cohort): the statement of
-- rapportage.internal.GemeenteCohorten word for word (GemeenteCohortenTests checks it), to time it in psql against
-- the app (issue 7). Run it as the APP role, under row-level security as the app runs it:
--   psql -h 127.0.0.1 -p <port> -U openinburgering_app openinburgering -v gemeente=7001 -f src/test/sql/rapportage-gemeente.sql
-- The statement three times (first run cold), then the plan.
\pset pager off
\o /dev/null
select set_config('openinburgering.gemeentecode', :'gemeente', false), set_config('openinburgering.aanbieder', '', false);
\o
\timing on
\echo -- the statement, three runs
\o /dev/null
select extract(year from i.datum_start_inburgeringstermijn)::integer as jaar,
       count(*) as personen,
       coalesce(sum(u.uren), 0) as gevolgde_uren_taalles_knm,
       count(*) filter (where exists (select from zroute_afronding z
                                      where z.inburgeraar_id = i.id and z.gemeentecode = i.gemeentecode))
           as zroutes_afgerond
from inburgeraar i
left join lateral (select sum(t.uren_telbaar) as uren
                   from urentotaal t
                   where t.inburgeraar_id = i.id and t.gemeentecode = i.gemeentecode
                     and t.soort = 'TAALLES_KNM') u on true
where (i.actief or i.afsluitreden <> 'VERHUISD') and i.gemeentecode = :'gemeente'
group by 1
order by 1 nulls last
\g
\g
\g
\o
\timing off
\echo -- the plan
explain (analyze, buffers)
select extract(year from i.datum_start_inburgeringstermijn)::integer as jaar,
       count(*) as personen,
       coalesce(sum(u.uren), 0) as gevolgde_uren_taalles_knm,
       count(*) filter (where exists (select from zroute_afronding z
                                      where z.inburgeraar_id = i.id and z.gemeentecode = i.gemeentecode))
           as zroutes_afgerond
from inburgeraar i
left join lateral (select sum(t.uren_telbaar) as uren
                   from urentotaal t
                   where t.inburgeraar_id = i.id and t.gemeentecode = i.gemeentecode
                     and t.soort = 'TAALLES_KNM') u on true
where (i.actief or i.afsluitreden <> 'VERHUISD') and i.gemeentecode = :'gemeente'
group by 1
order by 1 nulls last;
