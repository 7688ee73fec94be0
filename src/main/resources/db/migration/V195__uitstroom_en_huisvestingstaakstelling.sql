-- D10: the half-year report to the raad needs two facts the system did not hold yet.
--
-- 1. Module inburgeraar: the outflow of a person to work or study, recorded per person with its date and kind
--    (the registry holds the person's file, so it holds this fact too; rapportage only counts it).
create table uitstroom (
    id                  uuid primary key,
    gemeentecode        char(4) not null references gemeente(code),
    inburgeraar_id      uuid not null references inburgeraar(id),
    soort               text not null check (soort in ('WERK', 'EIGEN_ONDERNEMING', 'STUDIE')),
    datum               date not null,
    toelichting         text check (length(toelichting) <= 500),
    geregistreerd_door  text not null,
    geregistreerd_op    timestamptz not null default now()
);
create index uitstroom_persoon_idx on uitstroom (gemeentecode, inburgeraar_id);
create index uitstroom_datum_idx on uitstroom (gemeentecode, datum);

alter table uitstroom enable row level security;
create policy uitstroom_per_gemeente on uitstroom
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));

grant select, insert, delete on uitstroom to ${approl};

-- 2. Module rapportage: the huisvestingstaakstelling per half year (the number of asielstatushouders the
--    gemeente must house, set by the Rijk per half year), a setting the beleidsmedewerker types in.
create table huisvestingstaakstelling (
    gemeentecode    char(4) not null references gemeente(code),
    jaar            int not null check (jaar between 2000 and 2100),
    helft           int not null check (helft in (1, 2)),
    aantal          int not null check (aantal between 0 and 100000),
    gewijzigd_door  text not null,
    gewijzigd_op    timestamptz not null default now(),
    primary key (gemeentecode, jaar, helft)
);

alter table huisvestingstaakstelling enable row level security;
create policy huisvestingstaakstelling_per_gemeente on huisvestingstaakstelling
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));

grant select, insert, update on huisvestingstaakstelling to ${approl};
