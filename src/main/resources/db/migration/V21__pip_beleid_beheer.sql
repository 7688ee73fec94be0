-- The functioneel beheerder sets the gemeente's four-eyes policy for PIPs; each gemeente only its own.
alter table pip_beleid enable row level security;
create policy pip_beleid_per_gemeente on pip_beleid
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true));
grant insert, update on pip_beleid to ${approl};
