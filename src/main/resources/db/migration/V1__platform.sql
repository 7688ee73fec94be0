-- Platform tables: gemeenten, providers (aanbieders), accounts, and the processing log.
-- Flyway runs this as the owner role; the application connects as ${approl}, which owns nothing and is
-- no superuser, so the row-level security policies below apply to it.

create table gemeente (
    code  char(4) primary key check (code ~ '^[0-9]{4}$'),
    naam  text not null
);

create table aanbieder (
    id    uuid primary key,
    naam  text not null,
    kvk_nummer char(8) check (kvk_nummer ~ '^[0-9]{8}$')
);

-- Which gemeenten contract which provider (a regional provider serves several, D8).
create table aanbieder_contract (
    aanbieder_id uuid not null references aanbieder(id),
    gemeentecode char(4) not null references gemeente(code),
    primary key (aanbieder_id, gemeentecode)
);

-- Local accounts (profile demo). In productie the identity provider owns accounts; these rows then stay empty.
create table gebruiker (
    gebruikersnaam        text primary key,
    wachtwoord_hash       text not null,
    rol                   text not null,
    gemeentecode          char(4) references gemeente(code),
    aanbieder_id          uuid references aanbieder(id),
    mislukte_pogingen     int not null default 0,
    geblokkeerd_tot       timestamptz
);

-- Verwerkingenlogging, shaped after Logius "Logboek Dataverwerkingen": one row per data subject per
-- processing action. The subject is a keyed hash of the BSN (pseudonym), never the BSN itself.
create table verwerking (
    id               bigint generated always as identity primary key,
    tijdstip         timestamptz not null default now(),
    trace_id         char(32) not null,
    gebruiker        text not null,
    rol              text not null,
    gemeentecode     char(4) not null references gemeente(code),
    activiteit       text not null,
    handeling        text not null check (handeling in ('LEZEN', 'AANMAKEN', 'WIJZIGEN', 'VERWIJDEREN')),
    betrokkene       char(64) not null,
    uitkomst         text not null check (uitkomst in ('GELUKT', 'MISLUKT'))
);
create index verwerking_betrokkene_idx on verwerking (gemeentecode, betrokkene, tijdstip desc);

-- Append-only: the database itself refuses to change or remove a log line, whoever asks.
create function verwerking_is_onveranderlijk() returns trigger language plpgsql as $$
begin
    raise exception 'De verwerkingenlog is onveranderlijk: % is niet toegestaan', tg_op;
end;
$$;
create trigger verwerking_geen_wijziging before update or delete on verwerking
    for each row execute function verwerking_is_onveranderlijk();
create trigger verwerking_geen_truncate before truncate on verwerking
    for each statement execute function verwerking_is_onveranderlijk();

alter table verwerking enable row level security;
create policy verwerking_per_gemeente on verwerking
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));

-- Spring Modulith's event publication registry (the outbox), schema v2 of spring-modulith-events-jdbc.
create table event_publication (
    id                     uuid not null primary key,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
create table event_publication_archive (like event_publication including all);

grant select on gemeente, aanbieder, aanbieder_contract to ${approl};
grant select, update (mislukte_pogingen, geblokkeerd_tot) on gebruiker to ${approl};
grant select, insert on verwerking to ${approl};
grant select, insert, update, delete on event_publication, event_publication_archive to ${approl};
