-- The letterhead of a gemeente's letters (beschikking PIP), kept by its functioneel beheerder. No personal
-- data, but per gemeente: row-level security like every gemeente table, so one gemeente never edits another's.
create table gemeente_huisstijl (
    gemeentecode    char(4) primary key references gemeente(code),
    officiele_naam  text not null check (length(officiele_naam) between 1 and 200),
    bezoekadres     text check (length(bezoekadres) <= 200),
    postadres       text not null check (length(postadres) between 1 and 200),
    telefoon        text check (length(telefoon) <= 200),
    website         text check (length(website) <= 200),
    email           text check (length(email) <= 200),
    bezwaaradres    text not null check (length(bezwaaradres) between 1 and 200),
    -- PNG only: the letter renderer embeds it as is; at most 200 kB (checked in the app as well).
    logo_png        bytea check (octet_length(logo_png) <= 204800),
    gewijzigd_door  text,
    gewijzigd_op    timestamptz not null default now()
);

alter table gemeente_huisstijl enable row level security;
create policy gemeente_huisstijl_per_gemeente on gemeente_huisstijl
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));

grant select, insert, update on gemeente_huisstijl to ${approl};
