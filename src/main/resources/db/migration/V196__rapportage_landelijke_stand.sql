-- Issue 17 point 7 (ADR 0014): the national report is materialised once a day instead of recomputed on every
-- page view, with the moment it was computed. Point 6: the same stand keeps every gemeente's own totals of
-- that moment, so that small-cell suppression can compare the national figure with the viewer's own figure of
-- the same moment (national minus own must not reveal another gemeente's small cohort).
--
-- rapportage_stand_gemeente: per gemeente and cohort the totals of V80's definitions (active files, attended
--   TAALLES_KNM hours, completed Z-routes). Aggregates, but of one gemeente, some of them small: row-level
--   security per gemeente, like every table of a gemeente.
-- rapportage_stand_landelijk: per cohort the sum over all gemeenten (no gemeente, no person): readable by the app.
-- rapportage_stand: when the stand was computed (one row).
create table rapportage_stand_gemeente (
    gemeentecode               char(4) not null references gemeente(code),
    jaar                       integer,
    personen                   bigint not null,
    gevolgde_uren_taalles_knm  numeric not null,
    zroutes_afgerond           bigint not null
);
create unique index rapportage_stand_gemeente_uk on rapportage_stand_gemeente (gemeentecode, coalesce(jaar, 0));

create table rapportage_stand_landelijk (
    jaar                       integer,
    personen                   bigint not null,
    gevolgde_uren_taalles_knm  numeric not null,
    zroutes_afgerond           bigint not null
);

create table rapportage_stand (
    id           boolean primary key default true check (id),
    berekend_op  timestamptz not null
);

alter table rapportage_stand_gemeente enable row level security;
create policy rapportage_stand_gemeente_per_gemeente on rapportage_stand_gemeente
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));

grant select on rapportage_stand_gemeente, rapportage_stand_landelijk, rapportage_stand to ${approl};

-- Recomputes the stand in one transaction: per gemeente with V80's definitions, then the national rows as their
-- sum (so national = sum of the gemeenten by construction). Security definer as V80 (ADR 0007): the only writer
-- of these tables; takes no argument; the app role may only execute it. Concurrent callers wait on the lock,
-- and the second finds a fresh stand and returns without recomputing when asked for a stand of today.
create function rapportage_stand_vernieuwen(alleen_als_ouder_dan timestamptz)
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
    where i.actief
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

comment on function rapportage_stand_vernieuwen(timestamptz) is
    'Dagelijkse stand van de landelijke rapportage: totalen per gemeente (onder RLS) en landelijk (ADR 0014).';

revoke execute on function rapportage_stand_vernieuwen(timestamptz) from public;
grant execute on function rapportage_stand_vernieuwen(timestamptz) to ${approl};
