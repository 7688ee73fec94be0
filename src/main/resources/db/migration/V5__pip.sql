-- The PIP (Plan Inburgering en Participatie), a beschikking once vastgesteld (R3.2). One row per version.
create table pip (
    id                               uuid primary key,
    gemeentecode                     char(4) not null references gemeente(code),
    inburgeraar_id                   uuid not null references inburgeraar(id),
    status                           text not null check (status in ('CONCEPT', 'VASTGESTELD', 'VERVANGEN')),
    leerroute                        text not null check (leerroute in ('B1_ROUTE', 'ONDERWIJSROUTE', 'Z_ROUTE')),
    niveau                           text check (niveau in ('A2', 'B1')),
    geschatte_intensiteit_b1_route   int check (geschatte_intensiteit_b1_route between 1 and 9999),
    alfabetisering                   text not null check (alfabetisering in ('ANALFABEET', 'ANDERS_GEALFABETISEERD', 'NVT')),
    indicatie_mag_opleiding_afmaken  boolean not null,
    begeleiding                      text,
    afspraken_pvt                    text,
    afspraken_map                    text,
    aantal_voortgangsgesprekken      int check (aantal_voortgangsgesprekken between 0 and 99),
    reden                            text,
    opgesteld_door                   text not null,
    opgesteld_op                     timestamptz not null,
    dagtekening                      date,
    vastgesteld_door                 text,
    versie                           bigint not null
);
create index pip_inburgeraar_idx on pip (gemeentecode, inburgeraar_id, opgesteld_op desc);
-- At most one concept per person: a second draft would make "which one counts" a guess.
create unique index pip_een_concept_uk on pip (inburgeraar_id) where status = 'CONCEPT';

alter table pip enable row level security;
create policy pip_per_gemeente on pip
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));

-- Municipal policy (beleidsregel): whether a PIP needs a second pair of eyes. No row: the default, yes.
create table pip_beleid (
    gemeentecode  char(4) primary key references gemeente(code),
    vier_ogen     boolean not null
);

grant select, insert, update on pip to ${approl};
grant select on pip_beleid to ${approl};
