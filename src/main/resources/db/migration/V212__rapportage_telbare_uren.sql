-- R3.11, R4.5, R4.7 with V210: the reports count the hours that count. V210 made the facade's totals (the worklist,
-- afschalen, the Z-route) read only the lines that count toward the thresholds: an hour kind that fits its
-- deelname and, for language/KNM, a provider whose keurmerk was valid on the line's date. The gemeente's report
-- (GemeenteCohorten), the national report and its daily stand read the same total, uren_telbaar, so that a report
-- never shows hours that the file itself does not count. Grants stay as V196 and V200 gave them.
create or replace function rapportage_uren_per_cohort_landelijk()
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
    left join (select inburgeraar_id, gemeentecode, sum(uren_telbaar) as uren
               from urentotaal
               where soort = 'TAALLES_KNM'
               group by inburgeraar_id, gemeentecode) u
           on u.inburgeraar_id = i.id and u.gemeentecode = i.gemeentecode
    left join zroute_afronding z on z.inburgeraar_id = i.id and z.gemeentecode = i.gemeentecode
    where (i.actief or i.afsluitreden <> 'VERHUISD')
    group by 1
    order by 1 nulls last
$$;

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
    left join (select inburgeraar_id, gemeentecode, sum(uren_telbaar) as uren
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
