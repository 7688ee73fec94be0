-- R2.8: every change of the start of the 10-week term after registration, with its reason (the history line).
create table termijnstart_wijziging (
    inburgeraar_id   uuid not null references inburgeraar(id),
    volgnummer       int not null,
    gemeentecode     char(4) not null references gemeente(code),
    oude_start       date not null,
    nieuwe_start     date,
    reden            text not null,
    gewijzigd_door   text not null,
    gewijzigd_op     timestamptz not null,
    primary key (inburgeraar_id, volgnummer)
);

alter table termijnstart_wijziging enable row level security;
create policy termijnstart_wijziging_per_gemeente on termijnstart_wijziging
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));

-- Spring Data JDBC rewrites an aggregate's child rows on every save, so it needs delete as well.
grant select, insert, update, delete on termijnstart_wijziging to ${approl};
