-- Financieel ontzorgen (R7.x, D3): per asielstatushouder with bijstand the machtiging, the fixed costs the
-- gemeente pays from the bijstand (cost items with the creditor's IBAN), the hand-back per item and the history;
-- per gemeente the monthly payment runs with their lines, and the gemeente's own account (the debtor of the
-- SEPA file).

create table ontzorging_instelling (
    gemeentecode    char(4) primary key references gemeente(code),
    debiteur_naam   text not null check (length(debiteur_naam) between 1 and 70),
    debiteur_iban   text not null,
    debiteur_bic    text not null,
    gewijzigd_door  text not null,
    gewijzigd_op    timestamptz not null default now()
);

create table ontzorging (
    inburgeraar_id     uuid primary key references inburgeraar(id),
    gemeentecode       char(4) not null references gemeente(code),
    vergunning         text not null check (vergunning in ('ASIEL', 'REGULIER_BIJ_ASIELSTATUSHOUDER')),
    start_bijstand     date not null,
    machtiging         text not null default 'ONBEKEND' check (machtiging in ('ONBEKEND', 'GETEKEND', 'GEWEIGERD')),
    machtiging_datum   date,
    verlengd_tot       date,
    verlenging_reden   text,
    einddatum          date,
    bijstand_beeindigd boolean not null default false,
    -- R7.1: only for the asylum permit (also a dependent one).
    check (vergunning = 'ASIEL'),
    check ((machtiging = 'ONBEKEND') = (machtiging_datum is null)),
    -- R7.3, D3: longer than six months only with a reason.
    check (verlengd_tot is null or length(trim(coalesce(verlenging_reden, ''))) > 0)
);
create index ontzorging_idx on ontzorging (gemeentecode, inburgeraar_id);

create table ontzorging_kostenpost (
    id                  uuid primary key,
    inburgeraar_id      uuid not null references ontzorging(inburgeraar_id),
    gemeentecode        char(4) not null references gemeente(code),
    soort               text not null check (soort in ('HUUR', 'ENERGIE', 'WATER', 'ZORGVERZEKERING',
        'GEMEENTELIJKE_BELASTINGEN', 'OVERIG')),
    crediteur_naam      text not null check (length(crediteur_naam) between 1 and 70),
    iban                text not null,
    kenmerk             text check (length(kenmerk) <= 140),
    bedrag_centen       bigint not null check (bedrag_centen > 0),
    startmaand          date not null check (extract(day from startmaand) = 1),
    eindmaand           date check (extract(day from eindmaand) = 1),
    overgedragen_vanaf  date check (extract(day from overgedragen_vanaf) = 1),
    beoordeling         text,
    budgetcursus        text,
    gewijzigd_op        timestamptz not null default now(),
    check (eindmaand is null or eindmaand >= startmaand),
    -- R7.6: the hand-back records the assessment and the training.
    check (overgedragen_vanaf is null or (length(trim(coalesce(beoordeling, ''))) > 0
        and length(trim(coalesce(budgetcursus, ''))) > 0))
);
create index ontzorging_kostenpost_idx on ontzorging_kostenpost (gemeentecode, inburgeraar_id);

create table ontzorging_historie (
    id              bigint generated always as identity primary key,
    inburgeraar_id  uuid not null references ontzorging(inburgeraar_id),
    gemeentecode    char(4) not null references gemeente(code),
    tijdstip        timestamptz not null default now(),
    stap            text not null,
    omschrijving    text not null,
    door            text not null
);
create index ontzorging_historie_idx on ontzorging_historie (gemeentecode, inburgeraar_id, id);

create table betaalronde (
    id               uuid primary key,
    gemeentecode     char(4) not null references gemeente(code),
    maand            date not null check (extract(day from maand) = 1),
    vastgesteld_door text not null,
    vastgesteld_op   timestamptz not null default now(),
    geexporteerd_op  timestamptz,
    -- A month is paid once per gemeente: a second run for it is the same run.
    unique (gemeentecode, maand)
);

create table betaalronde_regel (
    id              uuid primary key,
    betaalronde_id  uuid not null references betaalronde(id),
    gemeentecode    char(4) not null references gemeente(code),
    kostenpost_id   uuid not null references ontzorging_kostenpost(id),
    inburgeraar_id  uuid not null references ontzorging(inburgeraar_id),
    maand           date not null check (extract(day from maand) = 1),
    soort           text not null check (soort in ('REGULIER', 'CORRECTIE')),
    bedrag_centen   bigint not null check (bedrag_centen <> 0),
    crediteur_naam  text not null,
    iban            text not null,
    kenmerk         text,
    check (soort = 'CORRECTIE' or bedrag_centen > 0),
    unique (betaalronde_id, kostenpost_id, maand, soort)
);
-- Never paid twice: one regular payment per cost item and month, whatever run it is in.
create unique index betaalronde_regel_eenmaal on betaalronde_regel (kostenpost_id, maand) where soort = 'REGULIER';
create index betaalronde_regel_idx on betaalronde_regel (gemeentecode, betaalronde_id);

alter table ontzorging_instelling enable row level security;
alter table ontzorging enable row level security;
alter table ontzorging_kostenpost enable row level security;
alter table ontzorging_historie enable row level security;
alter table betaalronde enable row level security;
alter table betaalronde_regel enable row level security;
create policy ontzorging_instelling_per_gemeente on ontzorging_instelling
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));
create policy ontzorging_per_gemeente on ontzorging
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));
create policy ontzorging_kostenpost_per_gemeente on ontzorging_kostenpost
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));
create policy ontzorging_historie_per_gemeente on ontzorging_historie
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));
create policy betaalronde_per_gemeente on betaalronde
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));
create policy betaalronde_regel_per_gemeente on betaalronde_regel
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));

grant select, insert, update on ontzorging_instelling to ${approl};
grant select, insert, update on ontzorging to ${approl};
grant select, insert, update on ontzorging_kostenpost to ${approl};
grant select, insert on ontzorging_historie to ${approl};
grant select, insert, update on betaalronde to ${approl};
grant select, insert on betaalronde_regel to ${approl};
