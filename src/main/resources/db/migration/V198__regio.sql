-- Issue 17 point 5 (ADR 0014): the regional view. A gemeente shares its figures in a region (a setting of the
-- gemeente: the region's name); a beleidsmedewerker of a sharing gemeente sees the combined totals per cohort of the
-- gemeenten sharing in the same region, never persons and never one other gemeente's figures.
create table regio_deelname (
    gemeentecode    char(4) primary key references gemeente(code),
    regio           text not null check (length(trim(regio)) between 1 and 80),
    gewijzigd_door  text not null,
    gewijzigd_op    timestamptz not null default now()
);

alter table regio_deelname enable row level security;
create policy regio_deelname_per_gemeente on regio_deelname
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));

grant select, insert, update, delete on regio_deelname to ${approl};

-- The region of the transaction's gemeente, from the daily stand (V196): per cohort the sums over the gemeenten
-- sharing in that region, and how many gemeenten share. It takes no argument: the caller's gemeente (the tenant
-- setting of the transaction) decides the region, so a gemeente that does not share sees nothing. The app applies
-- small-cell suppression (Kleinecellen) with the caller's own figure of the same stand.
create function rapportage_regio_stand()
    returns table (regio text, gemeenten bigint, jaar integer, personen numeric, gevolgde_uren_taalles_knm numeric,
                   zroutes_afgerond numeric)
    language sql
    stable
    security definer
    set search_path = ${flyway:defaultSchema}, pg_temp
as $$
    with mijn as (select r.regio from regio_deelname r
                  where r.gemeentecode = current_setting('openinburgering.gemeentecode', true)),
         leden as (select r.gemeentecode, r.regio from regio_deelname r join mijn m on m.regio = r.regio)
    select l.regio, (select count(*) from leden), s.jaar, sum(s.personen), sum(s.gevolgde_uren_taalles_knm),
           sum(s.zroutes_afgerond)
    from rapportage_stand_gemeente s join leden l on l.gemeentecode = s.gemeentecode
    group by l.regio, s.jaar
    order by s.jaar nulls last
$$;

revoke execute on function rapportage_regio_stand() from public;
grant execute on function rapportage_regio_stand() to ${approl};
