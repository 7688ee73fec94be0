-- Covering indexes for urenregel under row-level security (docs/performance.md, "Query plans").
-- The policy of urenregel reads gemeentecode AND aanbieder_id (gemeente or provider may see a line). An index
-- without aanbieder_id cannot answer a query by itself: PostgreSQL must visit the heap for every row to
-- evaluate the policy. On the national dataset (27.6 million lines) that made the hour totals of gemeente 7001
-- a bitmap heap scan of 841,118 rows (3.1 s) and the four-week attendance (VERZUIM, run on every worklist
-- request) a heap scan of 4,159 pages; with aanbieder_id in the index both are index-only scans
-- (0.8 s and a few ms; numbers in docs/performance.md). The new indexes replace the two they cover.
-- "if not exists"/"if exists": the national dataset was measured with these indexes built by hand first.
create index if not exists urenregel_totalen_rls_idx on urenregel (gemeentecode, inburgeraar_id, soort)
    include (uren, aanbieder_id) where aanwezig;
drop index if exists urenregel_totalen_idx;
create index if not exists urenregel_gemeente_datum_rls_idx on urenregel (gemeentecode, datum)
    include (deelname_id, inburgeraar_id, aanbieder_id, uren, aanwezig);
drop index if exists urenregel_gemeente_datum_idx;
