create table inburgeraar (
    id                                          uuid primary key,
    gemeentecode                                char(4) not null references gemeente(code),
    bsn                                         char(9) not null,
    voornamen                                   text not null,
    geslachtsnaam                               text not null,
    geboortedatum                               date not null,
    doelgroep                                   text not null
        check (doelgroep in ('ASIELSTATUSHOUDER', 'GEZINSMIGRANT_OF_OVERIGE_MIGRANT')),
    datum_start_inburgeringsplicht              date not null,
    datum_vestiging_gemeente                    date,
    datum_start_termijn_vaststelling_leerroute  date,
    actief                                      boolean not null default true,
    geregistreerd_op                            timestamptz not null default now(),
    versie                                      bigint not null
);
-- One active file per person per gemeente; after a move the new gemeente opens its own.
create unique index inburgeraar_bsn_actief_uk on inburgeraar (gemeentecode, bsn) where actief;
create index inburgeraar_naam_idx on inburgeraar (gemeentecode, geslachtsnaam, voornamen);

alter table inburgeraar enable row level security;
create policy inburgeraar_per_gemeente on inburgeraar
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));

grant select, insert, update on inburgeraar to ${approl};
