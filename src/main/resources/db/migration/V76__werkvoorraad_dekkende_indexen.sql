-- Covering indexes for the two reads a teamleider's worklist makes over a whole gemeente on every request
-- (docs/performance.md, "Werkvoorraad"). Measured on the national dataset (gemeente 7132, 1,024 files) both
-- were bitmap heap scans over hundreds of scattered pages: the PIP state (all of a person's PIPs, for the
-- current one and the first dagtekening, R2.8) 7 ms, the voortgangsgesprekken held (D9) 3 ms. With every
-- column they read in the index, both become index-only scans in index order, so the window over each
-- person's PIPs needs no sort either. The policies of both tables read only gemeentecode, which is the key.
-- "if not exists"/"if exists": the national dataset was measured with these built by hand first.
create index if not exists pip_stand_idx on pip (gemeentecode, inburgeraar_id)
    include (status, leerroute, dagtekening, aantal_voortgangsgesprekken);
-- Replaced: the PIP state now reads every PIP of the person, not only the vastgesteld one.
drop index if exists pip_vastgesteld_gemeente_idx;

create index if not exists voortgangsgesprek_persoon_datum_idx on voortgangsgesprek (gemeentecode, inburgeraar_id, datum);
-- Replaced: the new index has the same leading columns (and serves a person's list, newest first, too).
drop index if exists voortgangsgesprek_idx;
