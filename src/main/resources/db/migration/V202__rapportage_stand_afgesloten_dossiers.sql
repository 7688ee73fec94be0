-- R1.11 with R3.12 in the national report's daily stand (ADR 0014): V196 computed the stand with V80's
-- definitions (only open files), and V200, made at the same time on another branch, changed those definitions to
-- count a closed file once: it stays in its cohort, except a file closed because the person moved, whom the new
-- gemeente's file counts. This brings the stand in line with V200; grants stay as V196 gave them.
create or replace function rapportage_stand_vernieuwen(alleen_als_ouder_dan timestamptz)
    returns timestamptz
    language plpgsql
    volatile
    security definer
    set search_path = ${flyway:defaultSchema}, pg_temp
as $$
declare
    stand timestamptz;
begin
    lock table rapportage_stand in exclusive mode;
    select berekend_op into stand from rapportage_stand;
    if stand is not null and stand >= alleen_als_ouder_dan then
        return stand;
    end if;
    delete from rapportage_stand_gemeente;
    delete from rapportage_stand_landelijk;
    insert into rapportage_stand_gemeente (gemeentecode, jaar, personen, gevolgde_uren_taalles_knm, zroutes_afgerond)
    select i.gemeentecode,
           extract(year from i.datum_start_inburgeringstermijn)::integer,
           count(*),
           coalesce(sum(u.uren), 0),
           count(z.inburgeraar_id)
    from inburgeraar i
    left join (select inburgeraar_id, gemeentecode, sum(uren) as uren
               from urentotaal
               where soort = 'TAALLES_KNM'
               group by inburgeraar_id, gemeentecode) u
           on u.inburgeraar_id = i.id and u.gemeentecode = i.gemeentecode
    left join zroute_afronding z on z.inburgeraar_id = i.id and z.gemeentecode = i.gemeentecode
    where (i.actief or i.afsluitreden <> 'VERHUISD')
    group by 1, 2;
    insert into rapportage_stand_landelijk (jaar, personen, gevolgde_uren_taalles_knm, zroutes_afgerond)
    select jaar, sum(personen), sum(gevolgde_uren_taalles_knm), sum(zroutes_afgerond)
    from rapportage_stand_gemeente
    group by jaar;
    insert into rapportage_stand (id, berekend_op) values (true, now())
    on conflict (id) do update set berekend_op = excluded.berekend_op;
    return now();
end
$$;
