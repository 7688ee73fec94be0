-- The national report "uren per cohort" (ADR 0007): the only path across row-level security.
--
-- Why a function: the app role (${approl}) sees one gemeente per transaction (RLS on inburgeraar, urenregel and
-- zroute_afronding), so it cannot sum over all gemeenten. This function runs as its owner, the role that
-- migrates and owns the tables (RLS is enabled, not forced, so the owner is not subject to it), and gives the
-- app exactly one thing: per cohort (year the inburgeringstermijn started, R3.4; null = no termijn yet) the
-- number of persons, their attended taalles/KNM hours (R4.7) and the completed Z-routes (R4.5), summed over
-- all gemeenten. It returns no row smaller than a cohort of the whole country, no gemeente, no id, no BSN,
-- no name: no personal data leaves it, and it takes no argument that could narrow it down.
--
-- The definitions are those of the per-gemeente report (RapportageBeheer.urenPerCohort), per gemeente:
--   persons: the active files (inburgeraar.actief), as InburgeraarBeheer.termijnfeiten();
--   hours:   the running totals of attended hours (urentotaal, V75) of the person in the person's gemeente,
--            kind TAALLES_KNM only (the brede intake's TAALLES_KNM_BREDE_INTAKE apart), as
--            UrenOverzicht.totalen(ids) -> Urentotalen.taallesKnm(); 250,000 rows instead of 27.6 million lines;
--   Z-route: a zroute_afronding row of the person in the person's gemeente, as ZrouteBeheer.afgerond(ids).
-- One set-based statement (no loop per gemeente). The same statement, to time it in psql as the owner, is in
-- src/test/sql/rapportage-landelijk.sql.
--
-- search_path is pinned (the schema Flyway migrates, then pg_temp last) so that a caller cannot make this
-- SECURITY DEFINER function resolve a table or operator to an object of its own. Only the app role may run it.
create function rapportage_uren_per_cohort_landelijk()
    returns table (jaar integer, personen bigint, gevolgde_uren_taalles_knm numeric, zroutes_afgerond bigint)
    language sql
    stable
    security definer
    set search_path = ${flyway:defaultSchema}, pg_temp
as $$
    select extract(year from i.datum_start_inburgeringstermijn)::integer as jaar,
           count(*) as personen,
           coalesce(sum(u.uren), 0) as gevolgde_uren_taalles_knm,
           count(z.inburgeraar_id) as zroutes_afgerond
    from inburgeraar i
    left join (select inburgeraar_id, gemeentecode, sum(uren) as uren
               from urentotaal
               where soort = 'TAALLES_KNM'
               group by inburgeraar_id, gemeentecode) u
           on u.inburgeraar_id = i.id and u.gemeentecode = i.gemeentecode
    left join zroute_afronding z on z.inburgeraar_id = i.id and z.gemeentecode = i.gemeentecode
    where i.actief
    group by 1
    order by 1 nulls last
$$;

comment on function rapportage_uren_per_cohort_landelijk() is
    'Landelijke rapportage uren per cohort: alleen totalen per cohort, geen persoonsgegevens (ADR 0007).';

revoke execute on function rapportage_uren_per_cohort_landelijk() from public;
grant execute on function rapportage_uren_per_cohort_landelijk() to ${approl};
