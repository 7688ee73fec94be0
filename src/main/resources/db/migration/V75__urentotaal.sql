-- Running totals of the attended hours per person, kind and provider, kept by the database on every insert of
-- hour lines (docs/performance.md, "Werkvoorraad"). The worklist's Z-route pace (R4.5), the detail page's
-- totals (R3.11, R4.7) and the reports read these few rows instead of summing every hour line: for the 156
-- Z-route persons of one team that was 30,000 index entries (25 ms) on every worklist request.
--
-- Why a trigger and not application code: hour lines arrive through the API, the demo data, the tests and
-- COPY (the national dataset); a statement-level trigger with a transition table keeps the totals right on
-- every path, once per statement (not per line), in the same transaction as the lines. Hour lines are never
-- changed or deleted (the app role may only insert them), so adding is all the trigger has to do.
create table urentotaal (
    gemeentecode    char(4) not null,
    inburgeraar_id  uuid not null,
    soort           text not null,
    aanbieder_id    uuid not null,
    uren            numeric(12, 2) not null,
    primary key (gemeentecode, inburgeraar_id, soort, aanbieder_id)
);

-- Same rule as urenregel: the gemeente of the row or the provider of the row. The provider is part of the key,
-- so a provider's upsert only ever meets its own rows.
alter table urentotaal enable row level security;
create policy urentotaal_per_gemeente_of_aanbieder on urentotaal
    using (gemeentecode = current_setting('openinburgering.gemeentecode', true)
           or aanbieder_id::text = current_setting('openinburgering.aanbieder', true))
    with check (gemeentecode = current_setting('openinburgering.gemeentecode', true)
           or aanbieder_id::text = current_setting('openinburgering.aanbieder', true));
grant select, insert, update on urentotaal to ${approl};

-- Runs as the role that inserts the lines (not security definer): row-level security applies to it as well.
create function urentotaal_bijwerken() returns trigger
    language plpgsql
as $$
begin
    insert into urentotaal (gemeentecode, inburgeraar_id, soort, aanbieder_id, uren)
    select gemeentecode, inburgeraar_id, soort, aanbieder_id, sum(uren)
    from nieuwe_regels
    where aanwezig
    group by gemeentecode, inburgeraar_id, soort, aanbieder_id
    on conflict (gemeentecode, inburgeraar_id, soort, aanbieder_id)
        do update set uren = urentotaal.uren + excluded.uren;
    return null;
end
$$;

create trigger urenregel_totaal after insert on urenregel
    referencing new table as nieuwe_regels
    for each statement execute function urentotaal_bijwerken();

-- The lines that exist already.
insert into urentotaal (gemeentecode, inburgeraar_id, soort, aanbieder_id, uren)
select gemeentecode, inburgeraar_id, soort, aanbieder_id, sum(uren)
from urenregel
where aanwezig
group by gemeentecode, inburgeraar_id, soort, aanbieder_id;
