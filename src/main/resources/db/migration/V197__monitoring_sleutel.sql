-- Issue 17 point 4 (R10.8, ADR 0014): the monitoring set for the ministry and CBS names a person by a keyed hash
-- (HMAC-SHA256 of the BSN) under a secret of the gemeente, never by the BSN. One secret per gemeente, made by the
-- app at the first export (32 random bytes), a setting the functioneel beheerder may replace; another
-- gemeente's secret is invisible (row-level security), so pseudonyms of two gemeenten cannot be linked by them.
create table monitoring_sleutel (
    gemeentecode  char(4) primary key references gemeente(code),
    sleutel       bytea not null check (length(sleutel) >= 32),
    aangemaakt_op timestamptz not null default now()
);

alter table monitoring_sleutel enable row level security;
create policy monitoring_sleutel_per_gemeente on monitoring_sleutel
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));

grant select, insert, update on monitoring_sleutel to ${approl};
