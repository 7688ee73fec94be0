-- R2.8: the 10-week term for the PIP may be extended only while the gemeente waits for information from a
-- third party, up to two weeks after it arrives. The requests are recorded; the extension is derived.
create table informatieverzoek (
    inburgeraar_id  uuid not null references inburgeraar(id),
    gemeentecode    char(4) not null references gemeente(code),
    volgnummer      int not null,
    derde           text not null,
    omschrijving    text not null,
    aangevraagd_op  date not null,
    ontvangen_op    date,
    primary key (inburgeraar_id, volgnummer),
    check (ontvangen_op is null or ontvangen_op >= aangevraagd_op)
);

alter table informatieverzoek enable row level security;
create policy informatieverzoek_per_gemeente on informatieverzoek
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));

-- Spring Data JDBC rewrites an aggregate's children on save, hence delete.
grant select, insert, update, delete on informatieverzoek to ${approl};
