-- R3.12: after a move the new gemeente records the previous gemeente's PIP (from the handover or DUO), so
-- that its first PIP keeps that leerroute and the inburgeringstermijn keeps its start (R3.4).
create table pip_herkomst (
    inburgeraar_id           uuid primary key references inburgeraar(id),
    gemeentecode             char(4) not null references gemeente(code),
    vorige_gemeentecode      char(4) not null check (vorige_gemeentecode ~ '^[0-9]{4}$'),
    leerroute                text not null check (leerroute in ('B1_ROUTE', 'ONDERWIJSROUTE', 'Z_ROUTE')),
    niveau                   text check (niveau in ('A2', 'B1')),
    dagtekening_eerste_pip   date not null,
    dagtekening_huidige_pip  date not null,
    check (dagtekening_eerste_pip <= dagtekening_huidige_pip),
    check (vorige_gemeentecode <> gemeentecode)
);

alter table pip_herkomst enable row level security;
create policy pip_herkomst_per_gemeente on pip_herkomst
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));

grant select, insert, update on pip_herkomst to ${approl};
