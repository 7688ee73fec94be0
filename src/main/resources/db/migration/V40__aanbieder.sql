-- Providers (module aanbieder): what a provider offers, its keurmerk and TST recognition (R4.8), the
-- enrolments (deelnames) of people at a provider, and the hour lines providers report (R4.7, R2.10).
--
-- Provider tenancy (docs/adr/0005): a provider account has no gemeente; the transaction manager sets
-- openinburgering.aanbieder to its provider id. Each table with personal data is visible to the gemeente of
-- the row OR to the provider of the row; the queries filter on gemeente or provider as well (two walls).

alter table aanbieder
    add column keurmerk_soort text check (keurmerk_soort in ('BLIK_OP_WERK')),
    add column keurmerk_geldig_tot date,
    add column taalschakelinstelling boolean not null default false,
    add constraint aanbieder_keurmerk_compleet check ((keurmerk_soort is null) = (keurmerk_geldig_tot is null));

create table aanbieder_soort (
    aanbieder_id uuid not null references aanbieder(id),
    soort        text not null check (soort in ('TAAL', 'MAP', 'PVT', 'PARTICIPATIE')),
    primary key (aanbieder_id, soort)
);
grant select on aanbieder_soort to ${approl};

-- An enrolment of a person at a provider. The unique key over id and its owners lets every hour line prove,
-- through one foreign key, that its provider, person and gemeente are those of its deelname.
create table deelname (
    id              uuid primary key,
    gemeentecode    char(4) not null references gemeente(code),
    aanbieder_id    uuid not null references aanbieder(id),
    inburgeraar_id  uuid not null references inburgeraar(id),
    soort           text not null check (soort in ('LEERROUTE', 'PVT', 'MAP', 'PARTICIPATIE')),
    startdatum      date not null,
    einddatum       date,
    ingeschreven_door text not null,
    ingeschreven_op timestamptz not null default now(),
    versie          bigint not null,
    constraint deelname_periode check (einddatum is null or einddatum > startdatum),
    constraint deelname_eigenaren_uk unique (id, aanbieder_id, inburgeraar_id, gemeentecode)
);
create index deelname_inburgeraar_idx on deelname (gemeentecode, inburgeraar_id);
create index deelname_aanbieder_idx on deelname (aanbieder_id, startdatum desc, id);
-- For the provider's select policy on inburgeraar below.
create index deelname_aanbieder_inburgeraar_idx on deelname (inburgeraar_id, aanbieder_id);

alter table deelname enable row level security;
create policy deelname_per_gemeente_of_aanbieder on deelname
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true)
           or aanbieder_id::text = current_setting('openinburgering.aanbieder', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true)
           or aanbieder_id::text = current_setting('openinburgering.aanbieder', true));
grant select, insert, update on deelname to ${approl};

-- One accepted batch of hour lines. The idempotency key is unique per provider; the hash of the lines tells
-- a retry (same lines: the same answer) from a mistake (other lines: 409). No personal data: no gemeente.
create table urenupload (
    id                  uuid primary key,
    aanbieder_id        uuid not null references aanbieder(id),
    idempotentiesleutel uuid not null,
    inhoud_hash         char(64) not null,
    aantal_regels       int not null check (aantal_regels > 0),
    ingediend_door      text not null,
    ingediend_op        timestamptz not null default now(),
    constraint urenupload_sleutel_uk unique (aanbieder_id, idempotentiesleutel)
);
create index urenupload_aanbieder_idx on urenupload (aanbieder_id, ingediend_op desc);

alter table urenupload enable row level security;
create policy urenupload_per_aanbieder on urenupload
    using (aanbieder_id::text = current_setting('openinburgering.aanbieder', true))
    with check (aanbieder_id::text = current_setting('openinburgering.aanbieder', true));
grant select, insert on urenupload to ${approl};

-- Hour lines as the provider reports them (one per deelname per day and kind, typically). At most 24 hours
-- a line: a line is one day. Attended lines count for the totals; absent lines carry a reason.
create table urenregel (
    id              bigint generated always as identity primary key,
    gemeentecode    char(4) not null,
    aanbieder_id    uuid not null,
    deelname_id     uuid not null,
    inburgeraar_id  uuid not null,
    datum           date not null,
    soort           text not null check (soort in ('TAALLES_KNM', 'PARTICIPATIE', 'TAALLES_KNM_BREDE_INTAKE',
                        'PARTICIPATIE_BREDE_INTAKE', 'MAP_PRAKTIJK', 'MAP_THEMA', 'PVT')),
    uren            numeric(6, 2) not null check (uren > 0 and uren <= 24),
    aanwezig        boolean not null,
    verzuimreden    text check (verzuimreden in ('ZIEK', 'AFGEMELD', 'ONGEOORLOOFD', 'OVERIG')),
    upload_id       uuid not null references urenupload(id),
    constraint urenregel_verzuimreden check (aanwezig = (verzuimreden is null)),
    constraint urenregel_deelname_fk foreign key (deelname_id, aanbieder_id, inburgeraar_id, gemeentecode)
        references deelname (id, aanbieder_id, inburgeraar_id, gemeentecode)
);
-- Totals per person (attended only) and attendance per deelname over a date window.
create index urenregel_totalen_idx on urenregel (gemeentecode, inburgeraar_id, soort) include (uren) where aanwezig;
create index urenregel_aanwezigheid_idx on urenregel (deelname_id, datum) include (uren, aanwezig);
create index urenregel_gemeente_datum_idx on urenregel (gemeentecode, datum);
create index urenregel_upload_idx on urenregel (upload_id);

alter table urenregel enable row level security;
create policy urenregel_per_gemeente_of_aanbieder on urenregel
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true)
           or aanbieder_id::text = current_setting('openinburgering.aanbieder', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true)
           or aanbieder_id::text = current_setting('openinburgering.aanbieder', true));
grant select, insert on urenregel to ${approl};

-- A provider reads (never changes) the people enrolled with it. The policy looks into deelname, whose own
-- policy does not look back into inburgeraar: no recursion. The first condition spares staff the lookup.
create policy inburgeraar_voor_aanbieder on inburgeraar for select
    using (current_setting('openinburgering.aanbieder', true) <> ''
           and exists (select 1 from deelname d
                       where d.inburgeraar_id = inburgeraar.id
                         and d.aanbieder_id::text = current_setting('openinburgering.aanbieder', true)));

-- A provider's reads and writes of personal data are logged under the gemeente of the person, and only for
-- a gemeente that contracts the provider.
create policy verwerking_door_aanbieder on verwerking for insert
    with check (exists (select 1 from aanbieder_contract c
                        where c.gemeentecode = verwerking.gemeentecode
                          and c.aanbieder_id::text = current_setting('openinburgering.aanbieder', true)));

-- The gemeente's attendance policy: below this percentage over four weeks the consulent gets a signal.
create table aanwezigheidsbeleid (
    gemeentecode    char(4) primary key references gemeente(code),
    drempel_procent int not null check (drempel_procent between 1 and 100),
    gewijzigd_door  text not null,
    gewijzigd_op    timestamptz not null default now()
);
alter table aanwezigheidsbeleid enable row level security;
create policy aanwezigheidsbeleid_per_gemeente on aanwezigheidsbeleid
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));
grant select, insert, update on aanwezigheidsbeleid to ${approl};
