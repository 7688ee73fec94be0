-- Handhaving (R9.x, D1): a handhavingszaak per person and ground, from the conversation to the boetebeschikking
-- or the decision not to fine; the evidence it links (ids of the provider's hour lines or of a missed intake
-- appointment, never retyped); the gemeente's fine policy (D1, a setting); referrals to the inkomensconsulent
-- under the Participatiewet (R9.4). Every table carries gemeentecode with a row-level-security policy.

create table handhavingszaak (
    id                          uuid primary key,
    gemeentecode                char(4) not null references gemeente(code),
    inburgeraar_id              uuid not null references inburgeraar(id),
    grond                       text not null check (grond in ('INTAKE', 'PIP')),
    pip_id                      uuid,
    afspraak                    text,
    overtredingsdatums          date[] not null,
    stap                        text not null,
    stap_sinds                  date not null,
    geopend_op                  date not null,
    geopend_door                text not null,
    gesprek_datum               date,
    gesprek_notities            text,
    gesprek_verschoonbaar       boolean,
    waarschuwing_datum          date,
    waarschuwing_termijn_einde  date,
    evenredigheid_motivering    text,
    eerder_geprobeerd           text,
    voornemen_datum             date,
    zienswijze_termijn_einde    date,
    herhaling                   int,
    verwijtbaarheid             text,
    trede                       numeric(8, 2),
    procent                     int,
    berekend_bedrag             numeric(8, 2),
    zienswijze_datum            date,
    zienswijze_vorm             text,
    zienswijze_inhoud           text,
    voorstel_datum              date,
    voorgesteld_door            text,
    motivering                  text,
    matiging_grond              text,
    matiging_reden              text,
    matiging_bedrag             numeric(8, 2),
    bedrag                      numeric(8, 2) check (bedrag is null or (bedrag >= 0 and bedrag <= 800)),
    besluit_datum               date,
    besloten_door               text,
    geen_boete_reden            text,
    betaalstatus                text,
    betaalstatus_sinds          date,
    versie                      bigint not null default 0
);
create index handhavingszaak_persoon_idx on handhavingszaak (gemeentecode, inburgeraar_id);
create index handhavingszaak_stap_idx on handhavingszaak (gemeentecode, stap, stap_sinds);

create table handhaving_bewijs (
    zaak_id       uuid not null references handhavingszaak(id),
    gemeentecode  char(4) not null references gemeente(code),
    soort         text not null check (soort in ('URENREGEL', 'NIET_VERSCHENEN')),
    verwijzing    text not null,
    datum         date not null,
    omschrijving  text not null,
    verschoonbaar boolean not null,
    primary key (zaak_id, soort, verwijzing)
);

create table handhaving_beleid (
    gemeentecode              char(4) primary key references gemeente(code),
    eerste_boete              numeric(8, 2) not null check (eerste_boete > 0 and eerste_boete <= 800),
    hoogste_trede             numeric(8, 2) not null check (hoogste_trede > 0 and hoogste_trede <= 800),
    procent_verminderd        int not null check (procent_verminderd between 1 and 100),
    procent_normaal           int not null check (procent_normaal between 1 and 100),
    procent_grove_schuld      int not null check (procent_grove_schuld between 1 and 100),
    procent_opzet             int not null check (procent_opzet between 1 and 100),
    waarschuwingstermijn_dagen int not null check (waarschuwingstermijn_dagen between 1 and 365),
    zienswijzetermijn_dagen   int not null check (zienswijzetermijn_dagen between 1 and 365),
    beslistermijn_dagen       int not null check (beslistermijn_dagen between 1 and 365),
    verrekenen_toegestaan     boolean not null,
    gewijzigd_door            text not null,
    gewijzigd_op              timestamptz not null default now()
);

create table pw_verwijzing (
    id              uuid primary key,
    gemeentecode    char(4) not null references gemeente(code),
    inburgeraar_id  uuid not null references inburgeraar(id),
    afspraak        text not null,
    feiten          text not null check (length(trim(feiten)) > 0),
    datum           date not null,
    verwezen_door   text not null,
    opgepakt        boolean not null default false
);
create index pw_verwijzing_persoon_idx on pw_verwijzing (gemeentecode, inburgeraar_id);

alter table handhavingszaak enable row level security;
alter table handhaving_bewijs enable row level security;
alter table handhaving_beleid enable row level security;
alter table pw_verwijzing enable row level security;
create policy handhavingszaak_per_gemeente on handhavingszaak
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));
create policy handhaving_bewijs_per_gemeente on handhaving_bewijs
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));
create policy handhaving_beleid_per_gemeente on handhaving_beleid
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));
create policy pw_verwijzing_per_gemeente on pw_verwijzing
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));

grant select, insert, update on handhavingszaak to ${approl};
grant select, insert on handhaving_bewijs to ${approl};
grant select, insert, update on handhaving_beleid to ${approl};
grant select, insert, update on pw_verwijzing to ${approl};
