-- Module leerroute: the inburgeringsaanbod (R4.8), exam results (R4.1) and progress reports from providers,
-- and the completion of the Z-route (R4.4, R4.5). Deelnames and hours belong to module aanbieder; the
-- deelname_id here is that module's id, without a foreign key: modules do not reach into each other's tables.

-- R4.8: one aanbod per person and provider; a new submission for the same provider overwrites the earlier one.
create table inburgeringsaanbod (
    gemeentecode        char(4) not null references gemeente(code),
    inburgeraar_id      uuid not null references inburgeraar(id),
    aanbieder_id        uuid not null references aanbieder(id),
    startdatum          date not null,
    einddatum           date not null check (einddatum >= startdatum),
    geregistreerd_door  text not null,
    geregistreerd_op    timestamptz not null default now(),
    primary key (inburgeraar_id, aanbieder_id)
);
create index inburgeringsaanbod_gemeente_idx on inburgeringsaanbod (gemeentecode, inburgeraar_id);

alter table inburgeringsaanbod enable row level security;
create policy inburgeringsaanbod_per_gemeente on inburgeringsaanbod
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));

-- R4.1: one row per exam attempt, reported by the provider of the deelname. A provider account has no
-- gemeente: the policy admits it through its own aanbieder id (ADR 0005), the gemeente through its code.
create table examenresultaat (
    id              uuid primary key,
    gemeentecode    char(4) not null references gemeente(code),
    inburgeraar_id  uuid not null references inburgeraar(id),
    deelname_id     uuid not null,
    aanbieder_id    uuid not null references aanbieder(id),
    onderdeel       text not null check (onderdeel in ('LE', 'LU', 'SC', 'SP', 'KNM')),
    niveau          text check (niveau in ('A2', 'B1', 'B2')),
    resultaat       text not null check (resultaat in ('GESLAAGD', 'GEZAKT', 'GEEN')),
    reden           text check (reden in ('VERWIJTBAAR', 'NIET_VERWIJTBAAR', 'AFGEMELD', 'ABSENT')),
    datum           date not null,
    gemeld_door     text not null,
    gemeld_op       timestamptz not null default now(),
    check ((resultaat = 'GEEN') = (reden is not null)),
    check ((onderdeel = 'KNM') = (niveau is null))
);
create index examenresultaat_inburgeraar_idx on examenresultaat (gemeentecode, inburgeraar_id, datum desc);
create index examenresultaat_deelname_idx on examenresultaat (aanbieder_id, deelname_id);

alter table examenresultaat enable row level security;
create policy examenresultaat_per_gemeente_of_aanbieder on examenresultaat
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true)
           or aanbieder_id::text = current_setting('openinburgering.aanbieder', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true)
           or aanbieder_id::text = current_setting('openinburgering.aanbieder', true));

-- A provider's progress report: the estimated level per skill (any may be open) and the mentor's remarks.
create table voortgangsrapportage (
    id              uuid primary key,
    gemeentecode    char(4) not null references gemeente(code),
    inburgeraar_id  uuid not null references inburgeraar(id),
    deelname_id     uuid not null,
    aanbieder_id    uuid not null references aanbieder(id),
    datum           date not null,
    niveau_lezen    text check (niveau_lezen in ('A1', 'A2', 'B1', 'B2')),
    niveau_luisteren text check (niveau_luisteren in ('A1', 'A2', 'B1', 'B2')),
    niveau_schrijven text check (niveau_schrijven in ('A1', 'A2', 'B1', 'B2')),
    niveau_spreken  text check (niveau_spreken in ('A1', 'A2', 'B1', 'B2')),
    niveau_knm      text check (niveau_knm in ('A1', 'A2', 'B1', 'B2')),
    opmerkingen     text check (length(opmerkingen) <= 4000),
    gemeld_door     text not null,
    gemeld_op       timestamptz not null default now()
);
create index voortgangsrapportage_inburgeraar_idx on voortgangsrapportage (gemeentecode, inburgeraar_id, datum desc);
create index voortgangsrapportage_deelname_idx on voortgangsrapportage (aanbieder_id, deelname_id);

alter table voortgangsrapportage enable row level security;
create policy voortgangsrapportage_per_gemeente_of_aanbieder on voortgangsrapportage
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true)
           or aanbieder_id::text = current_setting('openinburgering.aanbieder', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true)
           or aanbieder_id::text = current_setting('openinburgering.aanbieder', true));

-- R4.4: the Z-route completed by the eindgesprek; datum_eindgesprek is the datumAfrondingZroute for DUO.
-- The hours counted at that moment are kept with it (R4.5). Completed once: the primary key says so.
create table zroute_afronding (
    inburgeraar_id    uuid primary key references inburgeraar(id),
    gemeentecode      char(4) not null references gemeente(code),
    pip_id            uuid not null,
    datum_eindgesprek date not null,
    cursusuren        numeric(7, 2) not null,
    participatieuren  numeric(7, 2),
    afgerond_door     text not null,
    afgerond_op       timestamptz not null default now()
);

alter table zroute_afronding enable row level security;
create policy zroute_afronding_per_gemeente on zroute_afronding
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));

grant select, insert, update on inburgeringsaanbod to ${approl};
grant select, insert on examenresultaat, voortgangsrapportage, zroute_afronding to ${approl};
