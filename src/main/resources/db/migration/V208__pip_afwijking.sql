-- R3.1, R2.1, R2.4: a teamleider may fix a PIP without the minimum content or without a held brede intake only
-- with a recorded reason; the reason and the rule IDs deviated from are kept with the beschikking.
alter table pip add column reden_afwijking text;
alter table pip add column afgeweken_van text;
