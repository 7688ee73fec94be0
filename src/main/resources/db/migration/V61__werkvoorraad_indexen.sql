-- Indexes for the set-based bulk reads behind the werkvoorraad (docs/performance.md, "Werkvoorraad"): the
-- registry's and the PIP's facades read all files of one gemeente at once. Without these, the reads by
-- gemeente scan the national tables.
create index inburgeraar_actief_gemeente_idx on inburgeraar (gemeentecode, id) where actief;
create index informatieverzoek_gemeente_idx on informatieverzoek (gemeentecode, inburgeraar_id);
create index termijnverlenging_gemeente_idx on termijnverlenging (gemeentecode, inburgeraar_id);
create index pip_vastgesteld_gemeente_idx on pip (gemeentecode, inburgeraar_id) where status = 'VASTGESTELD';
