-- The person's file shows each hours upload that holds lines of that person (provider, moment, lines and hours of
-- that person only). An upload row holds no personal data, yet until now only its provider could read it; the
-- gemeente may now read an upload that carries at least one line of its own gemeente. The policy looks into
-- urenregel, whose own policy does not look back into urenupload: no recursion. Reading only; the provider's
-- policy keeps the insert.
create policy urenupload_voor_gemeente on urenupload for select
    using (current_setting('openinburgering.gemeentecode', true) <> ''
           and exists (select 1 from urenregel r
                       where r.upload_id = urenupload.id
                         and r.gemeentecode = current_setting('openinburgering.gemeentecode', true)));
