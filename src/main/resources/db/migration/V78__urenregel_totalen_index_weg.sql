-- Since V75 every read of hour totals (the worklist's Z-route pace, the detail page, R3.11, both reports) reads
-- the running totals in urentotaal; nothing reads urenregel by (gemeentecode, inburgeraar_id, soort) any more.
-- The index V70 built for that is dropped: it was still written on every insert of hour lines (27.6 million
-- lines nationally), which is cost without use for ingestion.
drop index if exists urenregel_totalen_rls_idx;
