-- Query plans of the hot paths on the national dataset (docs/performance.md, "Query plans"), as the app role
-- with row-level security, the tenant set as the app sets it. Run against the running embedded database:
--   psql -h 127.0.0.1 -p $(sed -n 4p data/nationaal/postmaster.pid) -U openinburgering_app openinburgering \
--        -v gemeente=7001 -v consulent=consulent.7001.001 -v peildatum=2026-11-28 -f src/test/sql/plannen.sql
\pset pager off
select set_config('openinburgering.gemeentecode', :'gemeente', false), set_config('openinburgering.aanbieder', '', false); -- as the app sets both
-- The scope: the consulent's files (query 1) as one array literal, as the app binds it.
select '{' || string_agg(inburgeraar_id::text, ',') || '}' as ids, count(*) as aantal
from toewijzing where gemeentecode = :'gemeente' and consulent = :'consulent' \gset
select '{' || string_agg(id::text, ',') || '}' as alle, count(*) as allen
from inburgeraar where gemeentecode = :'gemeente' and actief \gset
\echo scope consulent :aantal files, gemeente :allen files

\echo '== 1a toewijzing, whole gemeente (teamleider)'
explain (analyze, buffers, costs off) select inburgeraar_id, consulent from toewijzing where gemeentecode = :'gemeente';
\echo '== 1b toewijzing, one consulent'
explain (analyze, buffers, costs off) select inburgeraar_id from toewijzing where gemeentecode = :'gemeente' and consulent = :'consulent';
\echo '== 2a termijnfeiten: inburgeraar, whole gemeente'
explain (analyze, buffers, costs off) select id, bsn, voornamen, geslachtsnaam, geboortedatum, doelgroep,
       datum_start_termijn_vaststelling_leerroute, datum_start_inburgeringstermijn
from inburgeraar where gemeentecode = :'gemeente' and actief;
\echo '== 2b termijnfeiten: inburgeraar, consulent scope'
explain (analyze, buffers, costs off) select id, bsn, voornamen, geslachtsnaam, geboortedatum, doelgroep,
       datum_start_termijn_vaststelling_leerroute, datum_start_inburgeringstermijn
from inburgeraar where gemeentecode = :'gemeente' and actief and id = any(cast(:'ids' as uuid[]));
\echo '== 3 informatieverzoek + termijnverlenging, consulent scope'
explain (analyze, buffers, costs off) select inburgeraar_id, volgnummer, gemeentecode, derde, omschrijving, aangevraagd_op, ontvangen_op
from informatieverzoek where gemeentecode = :'gemeente' and inburgeraar_id = any(cast(:'ids' as uuid[]));
explain (analyze, buffers, costs off) select inburgeraar_id, volgnummer, gemeentecode, datum_besluit, nieuwe_einddatum, reden
from termijnverlenging where gemeentecode = :'gemeente' and inburgeraar_id = any(cast(:'ids' as uuid[]));
\echo '== 4a PipStand, whole gemeente'
explain (analyze, buffers, costs off) select p.inburgeraar_id, p.leerroute, p.dagtekening, p.aantal_voortgangsgesprekken,
       (select min(e.dagtekening) from pip e where e.gemeentecode = p.gemeentecode and e.inburgeraar_id = p.inburgeraar_id
          and e.status <> 'CONCEPT') as eerste
from pip p where p.gemeentecode = :'gemeente' and p.status = 'VASTGESTELD';
\echo '== 4b PipStand, consulent scope'
explain (analyze, buffers, costs off) select p.inburgeraar_id, p.leerroute, p.dagtekening, p.aantal_voortgangsgesprekken,
       (select min(e.dagtekening) from pip e where e.gemeentecode = p.gemeentecode and e.inburgeraar_id = p.inburgeraar_id
          and e.status <> 'CONCEPT') as eerste
from pip p where p.gemeentecode = :'gemeente' and p.status = 'VASTGESTELD' and p.inburgeraar_id = any(cast(:'ids' as uuid[]));
\echo '== 5 voortgangsgesprek, consulent scope'
explain (analyze, buffers, costs off) select inburgeraar_id, count(*) from voortgangsgesprek
where gemeentecode = :'gemeente' and datum <= :'peildatum' and inburgeraar_id = any(cast(:'ids' as uuid[])) group by 1;
\echo '== 6a urenregel totals per person (Z-route tempo, report), consulent scope'
explain (analyze, buffers, costs off) select inburgeraar_id, soort, sum(uren) from urenregel
where gemeentecode = :'gemeente' and inburgeraar_id = any(cast(:'ids' as uuid[])) and aanwezig group by inburgeraar_id, soort;
\echo '== 6b urenregel totals per person, whole gemeente (the report)'
explain (analyze, buffers, costs off) select inburgeraar_id, soort, sum(uren) from urenregel
where gemeentecode = :'gemeente' and inburgeraar_id = any(cast(:'alle' as uuid[])) and aanwezig group by inburgeraar_id, soort;
\echo '== 7 attendance per deelname, last four weeks, whole gemeente (VERZUIM)'
explain (analyze, buffers, costs off) select deelname_id, inburgeraar_id, coalesce(sum(uren) filter (where aanwezig), 0), sum(uren)
from urenregel where gemeentecode = :'gemeente' and datum >= cast(:'peildatum' as date) - 28 and datum < cast(:'peildatum' as date) + 1
  and (cast(null as uuid) is null or inburgeraar_id = cast(null as uuid))
group by deelname_id, inburgeraar_id;
\echo '== 8 completed Z-routes, whole gemeente (report)'
explain (analyze, buffers, costs off) select inburgeraar_id from zroute_afronding
where gemeentecode = :'gemeente' and inburgeraar_id = any(cast(:'alle' as uuid[]));
\echo '== 9 the report as one SQL statement (reference)'
explain (analyze, buffers, costs off)
select extract(year from i.datum_start_inburgeringstermijn) as jaar, count(*) as personen,
       coalesce(sum(u.uren), 0) as uren, count(z.inburgeraar_id) as zroutes
from inburgeraar i
left join (select inburgeraar_id, sum(uren) as uren from urenregel
           where gemeentecode = :'gemeente' and aanwezig and soort = 'TAALLES_KNM' group by 1) u on u.inburgeraar_id = i.id
left join zroute_afronding z on z.inburgeraar_id = i.id and z.gemeentecode = :'gemeente'
where i.gemeentecode = :'gemeente' and i.actief group by 1 order by 1;
