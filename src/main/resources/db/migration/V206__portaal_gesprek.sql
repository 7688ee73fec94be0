-- A conversation the consulent plans with the inburgeraar (issue 18, module portaal, ADR 0016): the intake, a
-- voortgangsgesprek or another appointment, with its moment (Dutch local time), the place (an address, or
-- "video" / "telefoon") and an optional note. The person sees it among the PVT/MAP sessions on /mijn and
-- confirms it or asks to move it (portaal_afspraakreactie, key GESPREK:<id>). Personal data: gemeentecode and
-- row-level security as every portal table.
create table portaal_gesprek (
    id              uuid primary key,
    gemeentecode    char(4) not null references gemeente(code),
    inburgeraar_id  uuid not null references inburgeraar(id),
    soort           text not null check (soort in ('INTAKE', 'VOORTGANGSGESPREK', 'ANDERS')),
    moment          timestamp not null,
    plaats          text not null check (length(plaats) between 1 and 200),
    notitie         text check (notitie is null or length(notitie) <= 500),
    gepland_door    text not null,
    gepland_op      timestamptz not null
);
create index portaal_gesprek_persoon_idx on portaal_gesprek (gemeentecode, inburgeraar_id, moment);

alter table portaal_gesprek enable row level security;
create policy portaal_gesprek_per_gemeente on portaal_gesprek
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));
grant select, insert on portaal_gesprek to ${approl};

-- A planned conversation is a cause of the "there is something new" e-mail.
alter table portaal_mail drop constraint portaal_mail_aanleiding_check;
alter table portaal_mail add constraint portaal_mail_aanleiding_check
    check (aanleiding in ('BRIEF', 'BERICHT', 'TERMIJN', 'AFSPRAAK'));
