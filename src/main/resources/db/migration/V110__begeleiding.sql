-- Maatschappelijke begeleiding (module begeleiding, R8.x, D7): the partner organisations of a gemeente
-- (VluchtelingenWerk and the like), the accounts of their begeleiders, one begeleidingstraject per
-- asielstatushouder with its contact moments, the gemeente's agreed duration (R8.4) and the subsidy per partner
-- per year for the accountability report.

create table begeleidingspartner (
    id            uuid primary key,
    gemeentecode  char(4) not null references gemeente(code),
    naam          text not null,
    constraint begeleidingspartner_naam_uk unique (gemeentecode, naam),
    constraint begeleidingspartner_eigenaar_uk unique (id, gemeentecode)
);

-- Which account guides for which partner: a begeleider sees only the trajecten of their own partner.
create table begeleider (
    gebruikersnaam text primary key,
    gemeentecode   char(4) not null,
    partner_id     uuid not null,
    constraint begeleider_partner_fk foreign key (partner_id, gemeentecode)
        references begeleidingspartner (id, gemeentecode)
);

create table begeleidingstraject (
    id              uuid primary key,
    gemeentecode    char(4) not null,
    inburgeraar_id  uuid not null references inburgeraar(id),
    partner_id      uuid not null,
    startdatum      date not null,
    einddatum       date not null,
    gestart_door    text not null,
    gestart_op      timestamptz not null default now(),
    afgesloten_op   date,
    samenvatting    text,
    afgesloten_door text,
    constraint begeleidingstraject_periode check (einddatum > startdatum),
    constraint begeleidingstraject_afsluiting check ((afgesloten_op is null) = (samenvatting is null)),
    constraint begeleidingstraject_partner_fk foreign key (partner_id, gemeentecode)
        references begeleidingspartner (id, gemeentecode),
    -- R8.1: one traject per person.
    constraint begeleidingstraject_persoon_uk unique (gemeentecode, inburgeraar_id),
    constraint begeleidingstraject_eigenaren_uk unique (id, gemeentecode, inburgeraar_id)
);
create index begeleidingstraject_partner_idx on begeleidingstraject (gemeentecode, partner_id, startdatum desc, id);

create table contactmoment (
    id              uuid primary key,
    traject_id      uuid not null,
    gemeentecode    char(4) not null,
    inburgeraar_id  uuid not null,
    datum           date not null,
    onderwerp       text not null check (onderwerp in ('HUISVESTING', 'INKOMEN', 'ZORG', 'WERK', 'ONDERWIJS',
                        'VERZEKERINGEN', 'GEZINSHERENIGING', 'OVERIG')),
    uren            numeric(5, 2) not null check (uren > 0 and uren <= 24),
    notitie         text not null,
    praktische_hulp text,
    vastgelegd_door text not null,
    vastgelegd_op   timestamptz not null default now(),
    constraint contactmoment_traject_fk foreign key (traject_id, gemeentecode, inburgeraar_id)
        references begeleidingstraject (id, gemeentecode, inburgeraar_id)
);
create index contactmoment_traject_idx on contactmoment (traject_id, datum desc);
-- R8.3: the participation hours per person, summed for the Z-route.
create index contactmoment_persoon_idx on contactmoment (gemeentecode, inburgeraar_id) include (uren);

-- R8.4: the agreed duration in months (default 12 when the gemeente has no row).
create table begeleiding_instelling (
    gemeentecode    char(4) primary key references gemeente(code),
    duur_maanden    int not null check (duur_maanden between 1 and 60),
    gewijzigd_door  text not null,
    gewijzigd_op    timestamptz not null default now()
);

-- The subsidy per partner per year (R8.2: the gemeente pays from the SPUK) and the amount per traject that
-- the cost is counted with.
create table begeleiding_subsidie (
    gemeentecode        char(4) not null,
    partner_id          uuid not null,
    jaar                int not null check (jaar between 2021 and 2100),
    bedrag              numeric(12, 2) not null check (bedrag >= 0),
    bedrag_per_traject  numeric(10, 2) not null check (bedrag_per_traject >= 0),
    gewijzigd_door      text not null,
    gewijzigd_op        timestamptz not null default now(),
    primary key (partner_id, jaar),
    constraint begeleiding_subsidie_partner_fk foreign key (partner_id, gemeentecode)
        references begeleidingspartner (id, gemeentecode)
);

alter table begeleidingspartner enable row level security;
alter table begeleider enable row level security;
alter table begeleidingstraject enable row level security;
alter table contactmoment enable row level security;
alter table begeleiding_instelling enable row level security;
alter table begeleiding_subsidie enable row level security;

create policy begeleidingspartner_per_gemeente on begeleidingspartner
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));
create policy begeleider_per_gemeente on begeleider
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));
create policy begeleidingstraject_per_gemeente on begeleidingstraject
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));
create policy contactmoment_per_gemeente on contactmoment
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));
create policy begeleiding_instelling_per_gemeente on begeleiding_instelling
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));
create policy begeleiding_subsidie_per_gemeente on begeleiding_subsidie
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));

grant select on begeleidingspartner, begeleider to ${approl};
grant select, insert, update on begeleidingstraject to ${approl};
grant select, insert on contactmoment to ${approl};
grant select, insert, update on begeleiding_instelling, begeleiding_subsidie to ${approl};
