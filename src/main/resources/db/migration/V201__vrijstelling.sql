-- R1.7 and R1.9: DUO's vrijstellingen and ontheffingen of a person, whole, partial (per exam part) or temporary.
create table vrijstelling (
    inburgeraar_id   uuid not null references inburgeraar(id),
    volgnummer       int not null,
    gemeentecode     char(4) not null references gemeente(code),
    soort            text not null check (soort in ('VRIJSTELLING', 'ONTHEFFING')),
    omvang           text not null check (omvang in ('GEHEEL', 'GEDEELTELIJK', 'TIJDELIJK')),
    grond            text not null check (grond in ('AVI', 'DIP', 'DOC', 'GED', 'INB', 'INS', 'OPL', 'MED', 'BIO')),
    datum_besluit    date not null,
    onderdelen       text not null default '' check (onderdelen ~ '^((LE|LU|SC|SP|KNM)(,(LE|LU|SC|SP|KNM))*)?$'),
    vastgelegd_door  text not null,
    vastgelegd_op    timestamptz not null,
    primary key (inburgeraar_id, volgnummer),
    check ((omvang = 'GEDEELTELIJK') = (onderdelen <> ''))
);

alter table vrijstelling enable row level security;
create policy vrijstelling_per_gemeente on vrijstelling
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));

-- Spring Data JDBC rewrites an aggregate's child rows on every save, so it needs delete as well.
grant select, insert, update, delete on vrijstelling to ${approl};
