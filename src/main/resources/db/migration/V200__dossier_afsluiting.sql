-- R1.11: a file can be closed with a reason and reopened; the history of both, and the current reason on the file.
alter table inburgeraar add column afsluitreden text
    check (afsluitreden in ('PLICHT_VOLDAAN', 'AOW_LEEFTIJD', 'VERHUISD', 'OVERLEDEN', 'VRIJSTELLING', 'ONTHEFFING',
                            'VERTROKKEN_UIT_NEDERLAND'));
alter table inburgeraar add constraint inburgeraar_afsluitreden_alleen_afgesloten
    check (afsluitreden is null or not actief);

create table dossier_afsluiting (
    inburgeraar_id   uuid not null references inburgeraar(id),
    volgnummer       int not null,
    gemeentecode     char(4) not null references gemeente(code),
    soort            text not null check (soort in ('AFGESLOTEN', 'HEROPEND')),
    afsluitreden     text check (afsluitreden in ('PLICHT_VOLDAAN', 'AOW_LEEFTIJD', 'VERHUISD', 'OVERLEDEN',
                                                  'VRIJSTELLING', 'ONTHEFFING', 'VERTROKKEN_UIT_NEDERLAND')),
    datum            date not null,
    toelichting      text not null check (length(toelichting) between 1 and 1000),
    door             text not null,
    op               timestamptz not null,
    primary key (inburgeraar_id, volgnummer),
    check ((soort = 'AFGESLOTEN') = (afsluitreden is not null))
);

alter table dossier_afsluiting enable row level security;
create policy dossier_afsluiting_per_gemeente on dossier_afsluiting
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));

-- Spring Data JDBC rewrites an aggregate's child rows on every save, so it needs delete as well.
grant select, insert, update, delete on dossier_afsluiting to ${approl};

-- R1.11 with R3.12: every report counts a person once. A closed file stays in its cohort (plicht voldaan, AOW age,
-- ...), except a file closed because the person moved: the new gemeente's file counts them.
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
    left join (select inburgeraar_id, gemeentecode, sum(uren) as uren
               from urentotaal
               where soort = 'TAALLES_KNM'
               group by inburgeraar_id, gemeentecode) u
           on u.inburgeraar_id = i.id and u.gemeentecode = i.gemeentecode
    left join zroute_afronding z on z.inburgeraar_id = i.id and z.gemeentecode = i.gemeentecode
    where (i.actief or i.afsluitreden <> 'VERHUISD')
    group by 1
    order by 1 nulls last
$$;
