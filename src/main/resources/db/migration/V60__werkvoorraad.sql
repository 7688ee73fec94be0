-- Werkvoorraad. Signals are computed from the data on every request and never stored; what is stored here is
-- what no other module knows: who is responsible for a person, the history of that, and the
-- voortgangsgesprekken held (D9).

-- The responsible consulent of each person: one row per person, replaced on reassignment.
create table toewijzing (
    inburgeraar_id  uuid primary key references inburgeraar(id),
    gemeentecode    char(4) not null references gemeente(code),
    consulent       text not null,
    sinds           timestamptz not null default now()
);
-- "Mijn werkvoorraad" and the caseload per consulent read by (gemeente, consulent).
create index toewijzing_consulent_idx on toewijzing (gemeentecode, consulent, inburgeraar_id);

-- Who assigned whom to whom, when and why. Append-only: the app may only add lines.
create table toewijzing_historie (
    id               bigint generated always as identity primary key,
    inburgeraar_id   uuid not null references inburgeraar(id),
    gemeentecode     char(4) not null references gemeente(code),
    van_consulent    text,
    naar_consulent   text not null,
    door             text not null,
    tijdstip         timestamptz not null default now(),
    reden            text not null check (length(reden) between 1 and 500)
);
create index toewijzing_historie_idx on toewijzing_historie (gemeentecode, inburgeraar_id, tijdstip desc);

-- D9: a voortgangsgesprek counts as held once recorded here.
create table voortgangsgesprek (
    id               bigint generated always as identity primary key,
    inburgeraar_id   uuid not null references inburgeraar(id),
    gemeentecode     char(4) not null references gemeente(code),
    datum            date not null,
    gevoerd_door     text not null,
    vastgelegd_op    timestamptz not null default now()
);
create index voortgangsgesprek_idx on voortgangsgesprek (gemeentecode, inburgeraar_id);

alter table toewijzing enable row level security;
create policy toewijzing_per_gemeente on toewijzing
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));
alter table toewijzing_historie enable row level security;
create policy toewijzing_historie_per_gemeente on toewijzing_historie
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));
alter table voortgangsgesprek enable row level security;
create policy voortgangsgesprek_per_gemeente on voortgangsgesprek
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));

grant select, insert, update on toewijzing to ${approl};
grant select, insert on toewijzing_historie, voortgangsgesprek to ${approl};
