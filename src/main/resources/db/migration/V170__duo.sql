-- Module duo (issue 14): the machine-to-machine exchange with DUO over Digikoppeling REST.
--  * duo_instelling: per gemeente its OIN and whether it has an M2M connection (no personal data: an OIN is
--    public, so no row-level security; the Notificatie endpoint must find the gemeente by the doel-OIN before
--    it knows any tenant).
--  * duo_notificatie: the inbox. Stored first, idempotent on DUO's berichtId, processed after.
--  * duo_uitgaand: the outbox. Written in the deciding transaction, delivered after, once per berichtId.
--  * duo_gegeven: what a raadpleging returned (marked "van DUO"; never edited by hand).

create table duo_instelling (
    gemeentecode  char(4) primary key references gemeente(code),
    oin           char(20) not null unique check (oin ~ '^[0-9]{20}$'),
    m2m           boolean not null default true,
    gewijzigd_door text not null,
    gewijzigd_op   timestamptz not null default now()
);

create table duo_notificatie (
    bericht_id          uuid primary key,
    gemeentecode        char(4) not null references gemeente(code),
    bron                char(20) not null,
    bsn                 char(9),
    gebeurtenis         text not null,
    registratie         timestamptz not null,
    ontvangen_op        timestamptz not null default now(),
    status              text not null check (status in ('ONTVANGEN', 'VERWERKT', 'WACHT')),
    pogingen            int not null default 0,
    volgende_poging     timestamptz not null default now(),
    laatste_fout        text,
    verwerkt_op         timestamptz,
    inburgeraar_id      uuid
);
create index duo_notificatie_te_doen_idx on duo_notificatie (gemeentecode, status, volgende_poging);

create table duo_uitgaand (
    id                  uuid primary key,
    bericht_id          uuid not null unique,
    gemeentecode        char(4) not null references gemeente(code),
    inburgeraar_id      uuid not null,
    soort               text not null,
    api                 text not null,
    methode             text not null,
    pad                 text not null,
    inhoud              text,
    kanaal              text not null check (kanaal in ('M2M', 'PORTAAL')),
    status              text not null check (status in ('WACHT', 'VERZONDEN', 'GEWEIGERD', 'GEREGISTREERD_IN_PORTAAL')),
    aangemaakt_op       timestamptz not null default now(),
    pogingen            int not null default 0,
    volgende_poging     timestamptz not null default now(),
    laatste_fout        text,
    weigering           text,
    afgehandeld_op      timestamptz,
    afgehandeld_door    text
);
create index duo_uitgaand_te_doen_idx on duo_uitgaand (gemeentecode, status, volgende_poging);
create index duo_uitgaand_persoon_idx on duo_uitgaand (gemeentecode, inburgeraar_id);

-- A new inburgeringsplichtige DUO announced (SS101/SS128/SS139/SS129/SS120/SS121) without a file here yet: DUO
-- gives no name or date of birth (those come from the BRP), so the consulent completes and registers it.
create table duo_aanmelding (
    bericht_id          uuid primary key references duo_notificatie(bericht_id),
    gemeentecode        char(4) not null references gemeente(code),
    bsn                 char(9) not null,
    gebeurtenis         text not null,
    doelgroep           text not null,
    begindatum_plicht   date not null,
    kennisgeving        date,
    ontvangen_op        timestamptz not null default now(),
    inburgeraar_id      uuid
);
create index duo_aanmelding_open_idx on duo_aanmelding (gemeentecode, ontvangen_op) where inburgeraar_id is null;

create table duo_gegeven (
    gemeentecode        char(4) not null references gemeente(code),
    inburgeraar_id      uuid not null,
    soort               text not null,
    inhoud              text not null,
    opgehaald_op        timestamptz not null,
    primary key (gemeentecode, inburgeraar_id, soort)
);

alter table duo_notificatie enable row level security;
alter table duo_uitgaand enable row level security;
alter table duo_gegeven enable row level security;
alter table duo_aanmelding enable row level security;
create policy duo_aanmelding_per_gemeente on duo_aanmelding
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));
create policy duo_notificatie_per_gemeente on duo_notificatie
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));
create policy duo_uitgaand_per_gemeente on duo_uitgaand
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));
create policy duo_gegeven_per_gemeente on duo_gegeven
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));

grant select, insert, update on duo_instelling to ${approl};
grant select, insert, update on duo_notificatie to ${approl};
grant select, insert, update on duo_uitgaand to ${approl};
grant select, insert, update, delete on duo_gegeven to ${approl};
grant select, insert, update on duo_aanmelding to ${approl};

-- The DUO simulator (profile demo and the tests only): DUO's side of the exchange, in tables of its own. It
-- stands in for DUO's administration, not the gemeente's, and is reached without a gemeente; fictitious data.
create table duosim_persoon (
    bsn                  char(9) primary key,
    gemeentecode         char(4) not null,
    doelgroep            text not null,
    begindatum_plicht    date not null,
    kennisgeving         date not null,
    termijn_start        date,
    termijn_einde        date
);
create table duosim_pip (
    bericht_id           uuid primary key,
    bsn                  char(9) not null,
    bron                 char(20) not null,
    inhoud               text not null,
    ontvangen_op         timestamptz not null default now()
);
create table duosim_verzoek (
    id                   bigserial primary key,
    methode              text not null,
    pad                  text not null,
    bericht_id           text,
    status               int not null,
    ontvangen_op         timestamptz not null default now()
);
grant select, insert, update, delete on duosim_persoon, duosim_pip, duosim_verzoek to ${approl};
grant usage on sequence duosim_verzoek_id_seq to ${approl};
