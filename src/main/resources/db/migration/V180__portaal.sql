-- The inburgeraar's own portal (module portaal, ADR 0012): the link of a login account to exactly one person
-- of one gemeente, the messages between the person and the gemeente, the documents the person uploads, the
-- answers to appointments, and the outbox of the e-mail notifications (which carry no personal data: only
-- "there is something new, log in"). Every table carries gemeentecode with a row-level-security policy.

-- One account, one person: in the demo a local account, in productie the DigiD login whose BSN claim found the
-- person (then the row is made at the first login). The e-mail address is the person's own choice in the portal.
create table portaal_account (
    gebruikersnaam  text primary key,
    gemeentecode    char(4) not null references gemeente(code),
    inburgeraar_id  uuid not null references inburgeraar(id),
    email           text,
    gekoppeld_op    timestamptz not null default now(),
    constraint portaal_account_email check (email is null or email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$')
);
create index portaal_account_persoon_idx on portaal_account (gemeentecode, inburgeraar_id);

-- A message: from the person to the gemeente (VAN_INBURGERAAR) or the consulent's answer (VAN_GEMEENTE).
create table portaal_bericht (
    id              uuid primary key,
    gemeentecode    char(4) not null references gemeente(code),
    inburgeraar_id  uuid not null references inburgeraar(id),
    richting        text not null check (richting in ('VAN_INBURGERAAR', 'VAN_GEMEENTE')),
    onderwerp       text not null check (length(onderwerp) between 1 and 120),
    tekst           text not null check (length(tekst) between 1 and 4000),
    afzender        text not null,
    verzonden_op    timestamptz not null,
    afgehandeld_op  timestamptz,
    afgehandeld_door text
);
create index portaal_bericht_persoon_idx on portaal_bericht (gemeentecode, inburgeraar_id, verzonden_op desc);
create index portaal_bericht_open_idx on portaal_bericht (gemeentecode, inburgeraar_id)
    where richting = 'VAN_INBURGERAAR' and afgehandeld_op is null;

-- An uploaded document: only PDF, JPEG or PNG, at most 5 MB (checked in the domain, again here).
create table portaal_document (
    id              uuid primary key,
    gemeentecode    char(4) not null references gemeente(code),
    inburgeraar_id  uuid not null references inburgeraar(id),
    bestandsnaam    text not null,
    soort           text not null check (soort in ('application/pdf', 'image/jpeg', 'image/png')),
    grootte         int not null check (grootte > 0 and grootte <= 5242880),
    inhoud          bytea not null,
    omschrijving    text not null,
    geupload_op     timestamptz not null
);
create index portaal_document_persoon_idx on portaal_document (gemeentecode, inburgeraar_id, geupload_op desc);

-- The person's answer to an appointment: confirmed, or a request to move it (with the reason).
create table portaal_afspraakreactie (
    gemeentecode    char(4) not null references gemeente(code),
    inburgeraar_id  uuid not null references inburgeraar(id),
    afspraak        text not null,
    reactie         text not null check (reactie in ('BEVESTIGD', 'VERPLAATSEN')),
    toelichting     text,
    gegeven_op      timestamptz not null,
    primary key (gemeentecode, inburgeraar_id, afspraak)
);

-- The e-mail notifications: written in the transaction that caused them, sent after it (outbox). The address
-- is kept to send and to show the beheerder what went out; the text never holds personal data.
create table portaal_mail (
    id              uuid primary key,
    gemeentecode    char(4) not null references gemeente(code),
    inburgeraar_id  uuid not null references inburgeraar(id),
    aan             text not null,
    aanleiding      text not null check (aanleiding in ('BRIEF', 'BERICHT', 'TERMIJN')),
    aangemaakt_op   timestamptz not null,
    verzonden_op    timestamptz,
    fout            text
);
create index portaal_mail_tijd_idx on portaal_mail (gemeentecode, aangemaakt_op desc);

alter table portaal_account enable row level security;
alter table portaal_bericht enable row level security;
alter table portaal_document enable row level security;
alter table portaal_afspraakreactie enable row level security;
alter table portaal_mail enable row level security;
create policy portaal_account_per_gemeente on portaal_account
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));
create policy portaal_bericht_per_gemeente on portaal_bericht
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));
create policy portaal_document_per_gemeente on portaal_document
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));
create policy portaal_afspraakreactie_per_gemeente on portaal_afspraakreactie
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));
create policy portaal_mail_per_gemeente on portaal_mail
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));

grant select, insert, update (email) on portaal_account to ${approl};
grant select, insert, update (afgehandeld_op, afgehandeld_door) on portaal_bericht to ${approl};
grant select, insert on portaal_document to ${approl};
grant select, insert, update on portaal_afspraakreactie to ${approl};
grant select, insert, update (verzonden_op, fout) on portaal_mail to ${approl};
