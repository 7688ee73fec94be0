-- PVT (participatieverklaringstraject, R5.x) and the planning of group meetings for PVT and MAP theme sessions:
-- the gemeente's programme (D2), its declaration text, groups, sessions, attendance and the ondertekening.
-- Every table carries gemeentecode with a row-level-security policy; every query also names the gemeente.

create table pvt_instelling (
    gemeentecode      char(4) primary key references gemeente(code),
    verklaringstekst  text not null check (length(trim(verklaringstekst)) > 0),
    gewijzigd_door    text not null,
    gewijzigd_op      timestamptz not null default now()
);

create table pvt_programma_onderdeel (
    id            uuid primary key,
    gemeentecode  char(4) not null references gemeente(code),
    volgorde      int not null,
    naam          text not null check (length(trim(naam)) > 0),
    uren          numeric(4, 1) not null check (uren > 0 and uren <= 24),
    activiteit    boolean not null default false
);
create index pvt_programma_onderdeel_idx on pvt_programma_onderdeel (gemeentecode, volgorde);

create table pvt_groep (
    id             uuid primary key,
    gemeentecode   char(4) not null references gemeente(code),
    naam           text not null check (length(trim(naam)) > 0),
    programma      text not null check (programma in ('PVT', 'MAP')),
    aangemaakt_door text not null,
    aangemaakt_op  timestamptz not null default now()
);
create index pvt_groep_idx on pvt_groep (gemeentecode, aangemaakt_op desc);

create table pvt_groepslid (
    groep_id        uuid not null references pvt_groep(id),
    inburgeraar_id  uuid not null references inburgeraar(id),
    gemeentecode    char(4) not null references gemeente(code),
    uitgenodigd_op  date not null,
    primary key (groep_id, inburgeraar_id)
);
create index pvt_groepslid_persoon_idx on pvt_groepslid (gemeentecode, inburgeraar_id);

create table pvt_bijeenkomst (
    id             uuid primary key,
    gemeentecode   char(4) not null references gemeente(code),
    groep_id       uuid not null references pvt_groep(id),
    datum          date not null,
    begintijd      time not null,
    eindtijd       time not null check (eindtijd > begintijd),
    plaats         text not null,
    onderwerp      text not null,
    uren           numeric(4, 1) not null check (uren > 0 and uren <= 12),
    activiteit     boolean not null default false,
    map_thema      text check (map_thema in ('BEROEPENORIENTATIE', 'WERKNEMERSCOMPETENTIES', 'REALISTISCH_BEROEPSBEELD',
        'BEROEPSKANSEN', 'BEROEPSCOMPETENTIES_VERWERVEN', 'NETWERK_OPBOUWEN', 'WERK_VINDEN', 'WERKCULTUUR')),
    aanbieder_id   uuid references aanbieder(id),
    aanwezigheid_geregistreerd boolean not null default false
);
create index pvt_bijeenkomst_groep_idx on pvt_bijeenkomst (gemeentecode, groep_id, datum);
create index pvt_bijeenkomst_datum_idx on pvt_bijeenkomst (gemeentecode, datum);

create table pvt_aanwezigheid (
    bijeenkomst_id     uuid not null references pvt_bijeenkomst(id),
    inburgeraar_id     uuid not null references inburgeraar(id),
    gemeentecode       char(4) not null references gemeente(code),
    aanwezig           boolean not null,
    geregistreerd_door text not null,
    geregistreerd_op   timestamptz not null default now(),
    primary key (bijeenkomst_id, inburgeraar_id)
);
create index pvt_aanwezigheid_persoon_idx on pvt_aanwezigheid (gemeentecode, inburgeraar_id);

create table pvt_ondertekening (
    inburgeraar_id     uuid primary key references inburgeraar(id),
    gemeentecode       char(4) not null references gemeente(code),
    datum              date not null,
    verwijtbaar        text check (verwijtbaar in ('JA', 'NEE')),
    verklaringstekst   text not null,
    uren               numeric(6, 1) not null,
    geregistreerd_door text not null,
    geregistreerd_op   timestamptz not null default now()
);
create index pvt_ondertekening_idx on pvt_ondertekening (gemeentecode, inburgeraar_id);

alter table pvt_instelling enable row level security;
alter table pvt_programma_onderdeel enable row level security;
alter table pvt_groep enable row level security;
alter table pvt_groepslid enable row level security;
alter table pvt_bijeenkomst enable row level security;
alter table pvt_aanwezigheid enable row level security;
alter table pvt_ondertekening enable row level security;
create policy pvt_instelling_per_gemeente on pvt_instelling
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));
create policy pvt_programma_onderdeel_per_gemeente on pvt_programma_onderdeel
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));
create policy pvt_groep_per_gemeente on pvt_groep
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));
create policy pvt_groepslid_per_gemeente on pvt_groepslid
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));
create policy pvt_bijeenkomst_per_gemeente on pvt_bijeenkomst
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));
create policy pvt_aanwezigheid_per_gemeente on pvt_aanwezigheid
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));
create policy pvt_ondertekening_per_gemeente on pvt_ondertekening
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));

grant select, insert, update on pvt_instelling to ${approl};
grant select, insert, delete on pvt_programma_onderdeel to ${approl};
grant select, insert on pvt_groep, pvt_groepslid to ${approl};
grant select, insert, update on pvt_bijeenkomst to ${approl};
grant select, insert, update on pvt_aanwezigheid to ${approl};
grant select, insert on pvt_ondertekening to ${approl};
