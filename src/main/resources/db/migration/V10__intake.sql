-- Warme overdracht (R12.2, R12.4, R12.5) and brede intake (R2.1, R2.2, R2.4, R1.10): one row per person.
create table intake (
    id                           uuid primary key,
    gemeentecode                 char(4) not null references gemeente(code),
    inburgeraar_id               uuid not null unique references inburgeraar(id),
    koppelingsdatum              date,
    azc_locatie                  text,
    coa_contactpersoon           text,
    coa_telefoon                 text,
    coa_email                    text,
    scenario                     text check (scenario in ('SNELLE_START', 'GECOMBINEERDE_AANPAK', 'START_NA_VERHUIZING')),
    onderwijs                    text,
    opleidingsniveau             text check (opleidingsniveau in ('GEEN', 'BASIS', 'VO', 'MBO', 'HBO_WO')),
    werkervaring                 text,
    gezondheid                   text,
    persoonlijke_omstandigheden  text,
    taalniveau                   text,
    digitale_vaardigheden        text,
    diplomawaardering            text,
    financien                    text,
    sociaal_netwerk              text,
    hoofddoel                    text check (hoofddoel in ('WERK', 'ONDERWIJS', 'PARTICIPATIE')),
    ontwikkelwensen              text,
    aandachtspunten              text,
    lbt_aanmeldingsdatum         date,
    lbt_resultaat                text check (lbt_resultaat in ('B1_ROUTE_HAALBAAR', 'B1_ROUTE_NIET_HAALBAAR', 'ONBEKEND')),
    lbt_behaalde_score           numeric(5, 2) check (lbt_behaalde_score between 0 and 999.99),
    lbt_benodigde_score          numeric(5, 2) check (lbt_benodigde_score between 0 and 999.99),
    lbt_ontheffing               text check (lbt_ontheffing in ('VISUELE_BEPERKING', 'AUDITIEVE_BEPERKING')),
    lbt_ontheffing_reden         text,
    gekozen_leerroute            text check (gekozen_leerroute in ('B1_ROUTE', 'ONDERWIJSROUTE', 'Z_ROUTE')),
    keuze_reden                  text,
    versie                       bigint not null,
    -- R1.10: an exemption from the LBT and a result of the LBT exclude each other.
    constraint intake_lbt_of_ontheffing check (lbt_resultaat is null or lbt_ontheffing is null)
);
create index intake_gemeente_idx on intake (gemeentecode, inburgeraar_id);

-- Kennismakingsgesprekken (R12.6) and intake conversations (R2.1).
create table intake_gesprek (
    intake_id     uuid not null references intake(id),
    volgnummer    int not null,
    gemeentecode  char(4) not null references gemeente(code),
    soort         text not null check (soort in ('KENNISMAKINGSGESPREK', 'INTAKEGESPREK')),
    datum         date not null,
    deelnemers    text not null,
    tolk          boolean not null,
    tolk_taal     text,
    notities      text,
    primary key (intake_id, volgnummer)
);

-- Not appearing at an intake appointment, kept for enforcement later.
create table intake_niet_verschenen (
    intake_id      uuid not null references intake(id),
    volgnummer     int not null,
    gemeentecode   char(4) not null references gemeente(code),
    datum          date not null,
    afspraak       text not null check (afspraak in ('KENNISMAKINGSGESPREK', 'INTAKEGESPREK', 'LEERBAARHEIDSTOETS')),
    geldige_reden  boolean not null,
    toelichting    text,
    primary key (intake_id, volgnummer)
);

alter table intake enable row level security;
create policy intake_per_gemeente on intake
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));
alter table intake_gesprek enable row level security;
create policy intake_gesprek_per_gemeente on intake_gesprek
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));
alter table intake_niet_verschenen enable row level security;
create policy intake_niet_verschenen_per_gemeente on intake_niet_verschenen
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));

grant select, insert, update on intake to ${approl};
-- Spring Data JDBC rewrites an aggregate's child rows on every save: delete and insert.
grant select, insert, delete on intake_gesprek to ${approl};
grant select, insert, delete on intake_niet_verschenen to ${approl};
