-- Covering index for the registry's deadline facts of a whole gemeente (InburgeraarBeheer.termijnfeiten, read
-- once per worklist request of a teamleider and per dashboard view; docs/performance.md, "Werkvoorraad").
-- Measured on the national dataset (gemeente 7132, 1,024 active files): a bitmap heap scan over 796 scattered
-- pages, 3.6 ms; with the columns it reads in the index it is an index-only scan. The row-level security
-- policies of inburgeraar read gemeentecode and id, both in the index.
-- "if not exists"/"if exists": the national dataset was measured with it built by hand first.
create index if not exists inburgeraar_termijnfeiten_idx on inburgeraar (gemeentecode, id)
    include (bsn, voornamen, geslachtsnaam, geboortedatum, doelgroep,
             datum_start_termijn_vaststelling_leerroute, datum_start_inburgeringstermijn)
    where actief;
-- Replaced: same key and condition, fewer columns.
drop index if exists inburgeraar_actief_gemeente_idx;
