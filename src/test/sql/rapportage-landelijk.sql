-- The national report "uren per cohort": the statement of rapportage_uren_per_cohort_landelijk() (migration V80,
-- ADR 0007), word for word, to time it in psql against GET /api/v1/rapportages/uren-per-cohort?niveau=LANDELIJK
-- (docs/performance.md). Run it as the OWNER role: the app role is bound to one gemeente by row-level security
-- and would see no rows here (it may only call the function):
--   psql -h 127.0.0.1 -p <port> -U openinburgering_eigenaar openinburgering -f src/test/sql/rapportage-landelijk.sql
-- The statement three times (first run cold), then the function as the app calls it, and the plan.
\pset pager off
\timing on
\echo -- the statement, three runs
\o /dev/null
select extract(year from i.datum_start_inburgeringstermijn)::integer as jaar,
       count(*) as personen,
       coalesce(sum(u.uren), 0) as gevolgde_uren_taalles_knm,
       count(z.inburgeraar_id) as zroutes_afgerond
from inburgeraar i
left join (select inburgeraar_id, gemeentecode, sum(uren_telbaar) as uren
           from urentotaal
           where soort = 'TAALLES_KNM'
           group by inburgeraar_id, gemeentecode) u
       on u.inburgeraar_id = i.id and u.gemeentecode = i.gemeentecode
left join zroute_afronding z on z.inburgeraar_id = i.id and z.gemeentecode = i.gemeentecode
where (i.actief or i.afsluitreden <> 'VERHUISD')
group by 1
order by 1 nulls last
\g
\g
\g
\o
\echo -- the function, as the app calls it (LandelijkeCohorten)
select jaar, personen, gevolgde_uren_taalles_knm, zroutes_afgerond
from rapportage_uren_per_cohort_landelijk() order by jaar nulls last;
\timing off
\echo -- the plan
explain (analyze, buffers)
select extract(year from i.datum_start_inburgeringstermijn)::integer as jaar,
       count(*) as personen,
       coalesce(sum(u.uren), 0) as gevolgde_uren_taalles_knm,
       count(z.inburgeraar_id) as zroutes_afgerond
from inburgeraar i
left join (select inburgeraar_id, gemeentecode, sum(uren_telbaar) as uren
           from urentotaal
           where soort = 'TAALLES_KNM'
           group by inburgeraar_id, gemeentecode) u
       on u.inburgeraar_id = i.id and u.gemeentecode = i.gemeentecode
left join zroute_afronding z on z.inburgeraar_id = i.id and z.gemeentecode = i.gemeentecode
where (i.actief or i.afsluitreden <> 'VERHUISD')
group by 1
order by 1 nulls last;
