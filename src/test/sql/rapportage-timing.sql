-- The statements GET /api/v1/rapportages/uren-per-cohort runs (through InburgeraarBeheer.termijnfeiten,
-- UrenOverzicht.totalen, ZrouteBeheer.afgerond), timed in psql as the app role (docs/performance.md):
--   psql … -U openinburgering_app openinburgering -v gemeente=7001 -f src/test/sql/rapportage-timing.sql
\pset pager off
\o /dev/null
select set_config('openinburgering.gemeentecode', :'gemeente', false), set_config('openinburgering.aanbieder', '', false);
select '{' || string_agg(id::text, ',') || '}' as alle from inburgeraar where gemeentecode = :'gemeente' and actief \gset
\timing on
\o
\echo -- informatieverzoek, termijnverlenging, inburgeraar (termijnfeiten)
\o /dev/null
select inburgeraar_id, volgnummer, gemeentecode, derde, omschrijving, aangevraagd_op, ontvangen_op from informatieverzoek where gemeentecode = :'gemeente';
select inburgeraar_id, volgnummer, gemeentecode, datum_besluit, nieuwe_einddatum, reden from termijnverlenging where gemeentecode = :'gemeente';
select id, bsn, voornamen, geslachtsnaam, geboortedatum, doelgroep, datum_start_termijn_vaststelling_leerroute,
       datum_start_inburgeringstermijn from inburgeraar where gemeentecode = :'gemeente' and actief;
\o
\echo -- hour totals from the running totals (V75; the app binds the ids as one uuid[] parameter)
\o /dev/null
select inburgeraar_id, soort, sum(uren) from urentotaal
where gemeentecode = :'gemeente' and inburgeraar_id = any(cast(:'alle' as uuid[])) group by inburgeraar_id, soort;
\o
\echo -- zroute_afronding
\o /dev/null
select inburgeraar_id from zroute_afronding where gemeentecode = :'gemeente' and inburgeraar_id = any(cast(:'alle' as uuid[]));
\o
