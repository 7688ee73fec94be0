-- R3.11 needs the NT2/KNM hours a person followed. Until providers report them (the provider module), the
-- consulent registers them from the provider's report; brede-intake hours are kept apart (R2.10).
create table pip_gevolgde_uren (
    id              bigint generated always as identity primary key,
    inburgeraar_id  uuid not null references inburgeraar(id),
    gemeentecode    char(4) not null references gemeente(code),
    tot_en_met      date not null,
    soort           text not null check (soort in ('TAALLES_KNM', 'TAALLES_KNM_BREDE_INTAKE')),
    uren            numeric(6, 1) not null check (uren > 0 and uren <= 2000),
    bron            text not null,
    geregistreerd_door text not null,
    geregistreerd_op timestamptz not null default now()
);
create index pip_gevolgde_uren_idx on pip_gevolgde_uren (gemeentecode, inburgeraar_id);

alter table pip_gevolgde_uren enable row level security;
create policy pip_gevolgde_uren_per_gemeente on pip_gevolgde_uren
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));

grant select, insert on pip_gevolgde_uren to ${approl};
