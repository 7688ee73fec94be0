-- R3.6: extensions of the inburgeringstermijn are decided by DUO; the gemeente registers them.
create table termijnverlenging (
    inburgeraar_id   uuid not null references inburgeraar(id),
    gemeentecode     char(4) not null references gemeente(code),
    volgnummer       int not null,
    datum_besluit    date not null,
    nieuwe_einddatum date not null,
    reden            text not null,
    primary key (inburgeraar_id, volgnummer)
);

alter table termijnverlenging enable row level security;
create policy termijnverlenging_per_gemeente on termijnverlenging
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));

grant select, insert, update, delete on termijnverlenging to ${approl};
